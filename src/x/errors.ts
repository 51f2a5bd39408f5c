/**
 * X's errors turned into the project's own type. Built from the status, the
 * problem type name, X's title and detail and a few headers only: the
 * library's error and request objects carry the Authorization header and are
 * never kept, printed or passed on. Every text in them comes from outside:
 * it is scrubbed whole, on arrival, before it is cut (io/outside.ts).
 */

import { isCertificateError, outsideText, type Scrub } from '../io/outside.js'

/** `tls`: the server's certificate was refused, so nothing was sent; another attempt cannot help. */
export type FailureKind = 'http' | 'network' | 'timeout' | 'malformed' | 'deadline' | 'tls'

export interface RateLimit {
  limit?: number
  remaining?: number
  /** Epoch seconds. */
  reset?: number
}

/** The response headers that matter to the action; nothing else is kept. */
export interface XHeaders {
  date?: string
  accessLevel?: string
  rateLimit?: RateLimit
  userDay?: RateLimit
  appDay?: RateLimit
}

export interface XErrorInfo {
  status?: number
  /** The problem name from `type` (`.../2/problems/<name>`), or X's `reason`, if any. */
  problem?: string
  title?: string
  detail?: string
  /** v1.1-style error code (e.g. 99 from /oauth2/token). */
  code?: number
  /** OAuth 2.0's `error` from POST /2/oauth2/token, e.g. `invalid_request`; its `error_description` is the detail. */
  oauthError?: string
  reason?: string
  /** A usage cap's period (`Monthly`, `Daily`) and scope (`Product`, `Account`), from a usage-capped body. */
  period?: string
  scope?: string
  headers: XHeaders
  attempts: number
  /** What the transport said, e.g. `ECONNRESET` or `Request timeout.` */
  cause?: string
  /** The body was an HTML page (a proxy's error page), not JSON. */
  html?: boolean
}

export class XApiError extends Error {
  constructor(
    /** `GET /2/users/me` */
    readonly endpoint: string,
    readonly kind: FailureKind,
    readonly info: XErrorInfo
  ) {
    super(describe(endpoint, kind, info))
    this.name = 'XApiError'
  }

  get status(): number | undefined {
    return this.info.status
  }

  /** The request may have reached X and been acted on: a post may exist. */
  get ambiguous(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'malformed' || (this.kind === 'http' && (this.info.status ?? 0) >= 500)
  }

  /** A retry may help: network trouble, timeouts, 5xx, HTML and unparsable pages. Never other 4xx. */
  get transient(): boolean {
    return this.ambiguous
  }

  isProblem(name: string): boolean {
    return this.info.problem === name || this.info.reason === name
  }

  get isDuplicate(): boolean {
    return this.info.status === 403 && /duplicate content/i.test(this.info.detail ?? '')
  }
}

function describe(endpoint: string, kind: FailureKind, info: XErrorInfo): string {
  const tries = info.attempts > 1 ? ` after ${info.attempts} attempts` : ''
  switch (kind) {
    case 'timeout':
      return `${endpoint}: timed out${tries} (${info.cause ?? 'no answer in time'}).`
    case 'network':
      return `${endpoint}: the network failed${tries} (${info.cause ?? 'connection error'}).`
    case 'tls':
      return `${endpoint}: the server's TLS certificate was refused (${info.cause ?? 'certificate error'}); nothing was sent.`
    case 'malformed':
      return `${endpoint}: X's answer${info.status ? ` (HTTP ${info.status})` : ''} could not be read${tries} (${info.cause ?? 'malformed body'}).`
    case 'deadline':
      return `${endpoint}: stopped at the step's overall deadline${tries}.`
    case 'http': {
      if (info.html) return `${endpoint}: X answered HTTP ${info.status} with an HTML error page instead of JSON${tries}.`
      const parts = [info.title, info.detail].filter((p, i, all): p is string => !!p && all.indexOf(p) === i)
      const text = parts.length ? `: ${parts.join(' — ')}` : ''
      const tags = [info.problem && `problem ${info.problem}`, info.code !== undefined && `code ${info.code}`, info.oauthError && `error ${info.oauthError}`]
        .filter(Boolean)
        .join(', ')
      const sentence = `${endpoint}: X answered HTTP ${info.status}${text}${tags ? ` (${tags})` : ''}${tries}`
      // X's detail mostly ends with its own full stop: do not print two.
      return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`
    }
  }
}

const PROBLEM = /\/2\/problems\/([A-Za-z0-9-]+)/

function asNumber(v: unknown): number | undefined {
  const n = Number(v)
  return v === undefined || v === '' || Number.isNaN(n) ? undefined : n
}

/** X's access levels have this shape; anything else in the header is not read. */
const ACCESS_LEVEL = /^[a-z]+(-[a-z]+){0,4}$/

function header(headers: Record<string, unknown> | undefined, name: string): string | undefined {
  const v = headers?.[name]
  return Array.isArray(v) ? String(v[0]) : typeof v === 'string' ? v : undefined
}

function limitFrom(headers: Record<string, unknown> | undefined, prefix: string): RateLimit | undefined {
  const limit = asNumber(header(headers, `${prefix}-limit`))
  const remaining = asNumber(header(headers, `${prefix}-remaining`))
  const reset = asNumber(header(headers, `${prefix}-reset`))
  return limit === undefined && remaining === undefined && reset === undefined ? undefined : { limit, remaining, reset }
}

/** Picks the headers the action uses. Header names from Node are lower-case already. */
export function pickHeaders(headers: Record<string, unknown> | undefined): XHeaders {
  return {
    date: header(headers, 'date'),
    accessLevel: accessLevel(header(headers, 'x-access-level')),
    rateLimit: limitFrom(headers, 'x-rate-limit'),
    userDay: limitFrom(headers, 'x-user-limit-24hour'),
    appDay: limitFrom(headers, 'x-app-limit-24hour')
  }
}

const accessLevel = (v: string | undefined) => (v !== undefined && ACCESS_LEVEL.test(v) ? v : undefined)

/** Reads X's error body: v2 problem (`type`/`title`/`detail`), v1.1 `errors[]`, or OAuth 2.0 `error`/`error_description`. */
function readErrorBody(
  data: unknown,
  scrub: Scrub
): Pick<XErrorInfo, 'problem' | 'title' | 'detail' | 'code' | 'reason' | 'period' | 'scope' | 'html' | 'oauthError'> {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? outsideText(v, scrub, 300) || undefined : undefined)
  if (typeof data === 'string') {
    return /<html|<!doctype/i.test(data) ? { html: true } : { detail: str(data) }
  }
  if (!data || typeof data !== 'object') return {}
  const body = data as Record<string, unknown>
  const type = typeof body.type === 'string' ? body.type : ''
  const listed = Array.isArray(body.errors) && body.errors[0] && typeof body.errors[0] === 'object' ? (body.errors[0] as Record<string, unknown>) : undefined
  // twitter-api-v2 adds `errors: [{ code: 131, message: <error> }]` to any body with `error` and no `errors` (its fix
  // for some v1.1 endpoints): X never sent that code, and an OAuth 2.0 error would read as "code 131".
  const invented =
    typeof body.error === 'string' && Array.isArray(body.errors) && body.errors.length === 1 && listed?.code === 131 && listed.message === body.error
  const first = invented ? undefined : listed
  return {
    problem: PROBLEM.exec(type)?.[1],
    title: str(body.title),
    detail: [str(body.detail), str(first?.message), str(body.error_description)].filter(Boolean).join(' ') || undefined,
    oauthError: str(body.error),
    code: asNumber(first?.code),
    reason: str(body.reason),
    period: str(body.period),
    scope: str(body.scope)
  }
}

/**
 * Turns whatever twitter-api-v2 threw into an XApiError, reading only plain
 * fields, every text through `scrub` before it is cut. Unknown throwables
 * become a network error with their class name.
 */
export function toXApiError(endpoint: string, error: unknown, attempts: number, scrub: Scrub): XApiError {
  if (error instanceof XApiError) return error
  const e = (error ?? {}) as Record<string, unknown>
  const type = e.type
  if (type === 'response') {
    const status = asNumber(e.code)
    return new XApiError(endpoint, 'http', { status, headers: pickHeaders(e.headers as Record<string, unknown>), attempts, ...readErrorBody(e.data, scrub) })
  }
  if (type === 'partial-response') {
    const response = e.response as { statusCode?: number; headers?: Record<string, unknown> } | undefined
    const aborted = typeof e.message === 'string' && e.message.includes('abruptly closed')
    return new XApiError(endpoint, aborted ? 'network' : 'malformed', {
      status: response?.statusCode,
      headers: pickHeaders(response?.headers),
      attempts,
      cause: aborted ? 'connection closed before the answer was complete' : 'the body is not valid JSON'
    })
  }
  if (type === 'request') {
    // twitter-api-v2 1.29 stores the transport error as `_options.error` while its
    // `requestError` getter reads `_options.requestError`; read both, code and message only.
    const options = e._options as { error?: unknown } | undefined
    const inner = (e.requestError ?? options?.error) as { message?: unknown; code?: unknown } | undefined
    const code = typeof inner?.code === 'string' ? inner.code : undefined
    const text = code ?? (typeof inner?.message === 'string' ? inner.message : 'request failed')
    const kind = isCertificateError(code) ? 'tls' : /timeout/i.test(text) ? 'timeout' : 'network'
    return new XApiError(endpoint, kind, { headers: {}, attempts, cause: outsideText(text, scrub, 120) })
  }
  const name = error instanceof Error ? error.name : typeof error
  return new XApiError(endpoint, 'network', { headers: {}, attempts, cause: name })
}
