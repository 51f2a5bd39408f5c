/**
 * GitHub's errors turned into the project's own type: the status, GitHub's
 * `message`, the permission GitHub says it wanted, and what the transport
 * said. Octokit's error carries the request (with its authorization header,
 * redacted or not) and is never kept, printed or passed on. GitHub's words
 * come from outside: scrubbed whole, on arrival, before they are cut.
 */
import { isCertificateError, outsideText, type Scrub } from '../io/outside.js'

/** `tls`: GitHub's certificate was refused, so nothing was sent; another attempt cannot help. */
export type GitHubFailureKind = 'http' | 'network' | 'timeout' | 'deadline' | 'tls'

export interface GitHubErrorInfo {
  status?: number
  /** GitHub's own words, e.g. `Resource not accessible by integration`. */
  message?: string
  /** `x-accepted-github-permissions`, e.g. `secrets=write`. */
  acceptedPermissions?: string
  attempts: number
  cause?: string
}

export class GitHubApiError extends Error {
  constructor(
    /** `PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}` */
    readonly endpoint: string,
    readonly kind: GitHubFailureKind,
    readonly info: GitHubErrorInfo
  ) {
    super(describe(endpoint, kind, info))
    this.name = 'GitHubApiError'
  }

  get status(): number | undefined {
    return this.info.status
  }

  /** Worth another attempt: network trouble, timeouts, 5xx. Never other 4xx. */
  get transient(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.info.status ?? 0) >= 500)
  }
}

function describe(endpoint: string, kind: GitHubFailureKind, info: GitHubErrorInfo): string {
  const tries = info.attempts > 1 ? ` after ${info.attempts} attempts` : ''
  switch (kind) {
    case 'timeout':
      return `${endpoint}: GitHub did not answer in time${tries} (${info.cause ?? 'timeout'}).`
    case 'network':
      return `${endpoint}: the network failed${tries} (${info.cause ?? 'connection error'}).`
    case 'tls':
      return `${endpoint}: GitHub's TLS certificate was refused (${info.cause ?? 'certificate error'}); nothing was sent.`
    case 'deadline':
      return `${endpoint}: stopped at the step's overall deadline${tries}.`
    case 'http': {
      const said = info.message ? `: ${info.message}` : ''
      const sentence = `${endpoint}: GitHub answered HTTP ${info.status}${said}${tries}`
      return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`
    }
  }
}

/** `x-accepted-github-permissions` names permissions: `secrets=write; environments=read`. */
const PERMISSIONS = /^[a-z_]+=[a-z]+(\s*[;,]\s*[a-z_]+=[a-z]+)*$/

/** Turns whatever Octokit threw into a GitHubApiError, reading plain fields only, every text through `scrub` before it is cut. */
export function toGitHubApiError(endpoint: string, error: unknown, attempts: number, timedOut: boolean, scrub: Scrub): GitHubApiError {
  const text = (v: unknown, max = 300) => (typeof v === 'string' && v.trim() ? outsideText(v, scrub, max) || undefined : undefined)
  if (error instanceof GitHubApiError) return error
  if (timedOut) return new GitHubApiError(endpoint, 'timeout', { attempts, cause: 'no complete answer in time' })
  const e = (error ?? {}) as {
    status?: unknown
    response?: { status?: number; data?: unknown; headers?: Record<string, unknown> }
    message?: unknown
    cause?: unknown
  }
  if (e.response && typeof e.response.status === 'number') {
    const data = e.response.data as { message?: unknown } | string | undefined
    const message = typeof data === 'string' ? text(data) : text(data?.message)
    const accepted = e.response.headers?.['x-accepted-github-permissions']
    return new GitHubApiError(endpoint, 'http', {
      status: e.response.status,
      message,
      acceptedPermissions: typeof accepted === 'string' && PERMISSIONS.test(accepted) ? accepted : undefined,
      attempts
    })
  }
  const cause = e.cause as { code?: unknown; message?: unknown } | undefined
  const code = typeof cause?.code === 'string' ? cause.code : undefined
  const why = text(code, 120) || text(cause?.message, 120) || text(e.message, 120) || 'request failed'
  return new GitHubApiError(endpoint, isCertificateError(code) ? 'tls' : 'network', { attempts, cause: why })
}
