/**
 * A loopback HTTP server that answers like the X API for the calls the
 * Action makes. Requests go through: fault script → authentication → app
 * standing (enrolment, credits) → rate limits → route handler. Everything it
 * answers is logged, including scripted failures.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { HandlerContext, Reply, RequestInfo, Settings, UserCaller } from './context.js'
import { type OAuthFailure, verifyOAuth1 } from './oauth1.js'
import * as problems from './problems.js'
import { matchRoute, type RouteName, ROUTES } from './routes.js'
import {
  type AccessLevel,
  clientIdOf,
  type ExistingPost,
  type MediaRecord,
  type PostRecord,
  type SimAccount,
  type SimApp,
  SimulatorState,
  type SimToken
} from './state.js'

export type { RouteName } from './routes.js'
export type { AccessLevel, ExistingPost, MediaRecord, MediaState, PostRecord, SimAccount, SimApp, SimToken } from './state.js'
export type { ProblemHost } from './problems.js'

export interface FaultStep {
  /** Answer with this status... */
  status?: number
  /** ...and this JSON body (object) or raw string. */
  body?: unknown
  headers?: Record<string, string>
  /** Wait before answering (then answer normally, or as scripted). */
  delayMs?: number
  /** Accept the request and never answer (until `close()`). */
  hang?: boolean
  /** Destroy the socket without any response. */
  drop?: boolean
  /** Answer `status` (default 502) with an HTML proxy error page. */
  html?: boolean
  /** Status 200 (or `status`), JSON content type, truncated JSON body. */
  malformedJson?: boolean
  /**
   * Run the real handler first (the post IS recorded, the chunk IS stored),
   * then apply this fault to its response: the "ambiguous post" case.
   */
  afterHandling?: boolean
  /**
   * Answer 429 Too Many Requests with that window exhausted, its reset
   * `resetInSeconds` after this request (not after scripting it, as
   * `rateLimit()` does), so a client's start-up time does not eat the wait.
   */
  tooManyRequests?: { resetInSeconds: number; scope?: RateLimitScope }
}

export interface RequestLogEntry {
  route: RouteName | 'unknown'
  method: string
  /** Path and query as requested. */
  path: string
  /** null when the request was dropped or is hanging. */
  status: number | null
  startedAt: number
  endedAt: number | null
  authKind: 'oauth1' | 'bearer' | 'basic' | 'none'
  /** What the fault script or `rateLimit()` did to this request. */
  fault?: string
  /** Why authentication failed; X's 401 body never says, this log does. */
  authFailure?: string
}

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0: any free port. */
  port?: number
  /** Added before every response. */
  latencyMs?: number
  /**
   * Handle one request at a time, queueing the rest in arrival order, so a
   * client's concurrent requests take as long as sequential ones. Default false.
   */
  serialize?: boolean
  /** Allowed distance between `oauth_timestamp` and the simulator clock. Default 300. X's is undocumented. */
  clockSkewWindowSeconds?: number
  /** Host in problem `type` URLs. Default api.x.com (2026 bodies); api.twitter.com for older ones. */
  problemHost?: problems.ProblemHost
  /** Epoch ms. Default Date.now. Drives the Date header, timestamp checks, ids and rate windows. */
  now?: () => number
  /** STATUS polls until processing ends; default 2: pending → in_progress → succeeded. */
  videoProcessingPolls?: number
  /**
   * Name of the id array in the 201 body of POST /2/tweets. X sends
   * `edit_history_tweet_ids`; spec 2.167 names it `edit_history_post_ids`
   * but does not require it, so the default is valid against the spec too.
   */
  editHistoryKey?: Settings['editHistoryKey']
  /** Refuse a second request with the same nonce (default false: X's replay rule is undocumented). */
  refuseReplayedNonces?: boolean
}

export type RateLimitScope = '15min' | 'user24h' | 'app24h'

type AuthKind = RequestLogEntry['authKind']
type Authenticated = { ok: true; kind: 'user'; app: SimApp; caller: UserCaller } | { ok: true; kind: 'app'; app: SimApp } | { ok: false; reason: string }

type Outcome = { kind: 'reply'; reply: Reply; html?: boolean } | { kind: 'drop' } | { kind: 'hang' }

const WINDOW_MS = 15 * 60 * 1000
const MAX_BODY_BYTES = 64 * 1024 * 1024
/** 24-hour caps for the 24h headers (current X table; user cap from the legacy Basic tier). */
const DAILY_LIMITS: Partial<Record<RouteName, { user: number; app: number }>> = {
  tweets: { user: 100, app: 10_000 },
  'media/initialize': { user: 180_000, app: 180_000 },
  'media/append': { user: 180_000, app: 180_000 },
  'media/finalize': { user: 180_000, app: 180_000 },
  'media/status': { user: 100_000, app: 100_000 },
  'media/metadata': { user: 50_000, app: 50_000 }
}

const PROXY_ERROR_PAGE = (status: number) => {
  const title = `${status} ${http.STATUS_CODES[status] ?? 'Error'}`
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>The upstream server did not answer in time.</p><hr><p>proxy</p></body></html>\n`
}

function authKindOf(header: string | undefined): AuthKind {
  if (!header) return 'none'
  if (/^OAuth\s/i.test(header)) return 'oauth1'
  if (/^Bearer\s/i.test(header)) return 'bearer'
  if (/^Basic\s/i.test(header)) return 'basic'
  return 'none'
}

function isFormBody(headers: IncomingHttpHeaders): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(headers['content-type'] ?? '')
}

function describeFault(step: FaultStep): string {
  const parts: string[] = []
  if (step.delayMs) parts.push(`delay ${step.delayMs}ms`)
  if (step.drop) parts.push('drop')
  else if (step.hang) parts.push('hang')
  else if (step.html) parts.push(`html ${step.status ?? 502}`)
  else if (step.malformedJson) parts.push('malformed json')
  else if (step.tooManyRequests) parts.push(`429, reset in ${step.tooManyRequests.resetInSeconds}s`)
  else if (step.status !== undefined || step.body !== undefined) parts.push(`status ${step.status ?? 200}`)
  return (step.afterHandling ? 'after handling: ' : '') + (parts.join(', ') || 'none')
}

/** Whether the step replaces the real answer rather than only delaying it. */
const replacesAnswer = (step: FaultStep) =>
  Boolean(step.drop || step.hang || step.html || step.malformedJson || step.status !== undefined || step.body !== undefined)

export class XSimulator {
  requests: RequestLogEntry[] = []

  private readonly state: SimulatorState
  private readonly server: http.Server
  private readonly sockets = new Set<Socket>()
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>()
  private readonly faults = new Map<RouteName, FaultStep[]>()
  private readonly forcedLimits = new Map<RouteName, { resetAt: number; scope: RateLimitScope }>()
  private readonly windows = new Map<string, { start: number; count: number }>()
  private readonly nonces = new Map<string, number>()
  private readonly failingMedia = new Set<string>()
  private failAllProcessing = false
  private latencyMs: number
  private serialize: boolean
  /** Settles when the request being handled in serial mode is answered. */
  private serialQueue: Promise<void> = Promise.resolve()
  private address = ''
  private closed = false
  private readonly now: () => number
  private readonly settings: Settings

  static async start(options: SimulatorOptions = {}): Promise<XSimulator> {
    const simulator = new XSimulator(options)
    await simulator.listen(options.host ?? '127.0.0.1', options.port ?? 0)
    return simulator
  }

  private constructor(private readonly options: SimulatorOptions) {
    this.now = options.now ?? Date.now
    this.latencyMs = options.latencyMs ?? 0
    this.serialize = options.serialize ?? false
    this.state = new SimulatorState(this.now)
    this.settings = {
      problemHost: options.problemHost ?? 'api.x.com',
      editHistoryKey: options.editHistoryKey ?? 'edit_history_tweet_ids',
      videoProcessingPolls: options.videoProcessingPolls ?? 2,
      now: this.now,
      shouldFailProcessing: (id) => this.failAllProcessing || this.failingMedia.has(id)
    }
    this.server = http.createServer((req, res) => {
      const handle = () => this.handle(req, res).catch(() => void req.socket.destroy())
      if (this.serialize) this.serialQueue = this.serialQueue.then(handle)
      else void handle()
    })
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  private listen(host: string, port: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(port, host, () => {
        const address = this.server.address()
        if (!address || typeof address === 'string') return reject(new Error('no TCP address'))
        const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
        this.address = `http://${shownHost}:${address.port}`
        resolve()
      })
    })
  }

  /** Base URL, e.g. `http://127.0.0.1:43211`. */
  get url(): string {
    return this.address
  }

  /** By app name. */
  get apps(): Map<string, SimApp> {
    return this.state.apps
  }

  /** By user id. */
  get accounts(): Map<string, SimAccount> {
    return this.state.accounts
  }

  /** By access token. */
  get tokens(): Map<string, SimToken> {
    return this.state.tokens
  }

  /** Posts created through the simulator, oldest first. */
  get posts(): PostRecord[] {
    return this.state.posts
  }

  /** By media id. */
  get media(): Map<string, MediaRecord> {
    return this.state.media
  }

  /** Seeded posts (targets for replies and quotes). */
  get existingPosts(): Map<string, ExistingPost> {
    return this.state.existingPosts
  }

  addApp(app: SimApp): void {
    this.state.addApp(app)
  }

  addAccount(account: SimAccount): void {
    this.state.addAccount(account)
  }

  /** The app and the account must already exist. */
  addToken(token: SimToken): void {
    this.state.addToken(token)
  }

  addExistingPost(post: { id: string; authorId: string; summonable?: boolean }): void {
    this.state.addExistingPost(post)
  }

  /** Steps are used one per request to `route`, in order; then behaviour is normal again. */
  fault(route: RouteName, steps: FaultStep[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...steps])
  }

  /** Processing of that media (or of all media, now and later) ends `failed`. */
  failVideoProcessing(mediaIdOrAll: string | true): void {
    if (mediaIdOrAll === true) this.failAllProcessing = true
    else this.failingMedia.add(mediaIdOrAll)
  }

  /**
   * Authenticated requests to `route` get 429 until the reset time passes on
   * the simulator clock. `POST /oauth2/token` throttles with its own 403 code 99.
   */
  rateLimit(route: RouteName, opts: { resetInSeconds: number; scope?: RateLimitScope }): void {
    this.forcedLimits.set(route, { resetAt: this.now() + opts.resetInSeconds * 1000, scope: opts.scope ?? '15min' })
  }

  setLatency(ms: number): void {
    this.latencyMs = ms
  }

  /** See `SimulatorOptions.serialize`; applies to requests that arrive from now on. */
  setSerialize(on: boolean): void {
    this.serialize = on
  }

  clearLog(): void {
    this.requests = []
  }

  /** Forgets posts, media, faults, rate windows and the log; keeps apps, accounts, tokens and seeded posts. */
  reset(): void {
    this.state.clearActivity()
    this.faults.clear()
    this.forcedLimits.clear()
    this.windows.clear()
    this.nonces.clear()
    this.failingMedia.clear()
    this.failAllProcessing = false
    this.clearLog()
  }

  /** Stops listening and ends every connection, hung ones included. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const sleeper of this.sleepers) {
      clearTimeout(sleeper.timer)
      sleeper.wake()
    }
    this.sleepers.clear()
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await stopped
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve()
    return new Promise((resolve) => {
      const sleeper = {
        wake: () => resolve(),
        timer: setTimeout(() => {
          this.sleepers.delete(sleeper)
          resolve()
        }, ms)
      }
      this.sleepers.add(sleeper)
    })
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now()
    const method = (req.method ?? 'GET').toUpperCase()
    // The URL the client signed: scheme http, host and port as it sent them.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? new URL(this.address).host}`)
    const matched = matchRoute(method, url.pathname)
    const entry: RequestLogEntry = {
      route: matched?.name ?? 'unknown',
      method,
      path: req.url ?? '/',
      status: null,
      startedAt: this.now(),
      endedAt: null,
      authKind: authKindOf(req.headers.authorization)
    }
    this.requests.push(entry)

    const body = await readBody(req)
    if (this.closed) return
    if (body === null) {
      return this.send(req, res, entry, started, { kind: 'reply', reply: problems.genericProblem(413) })
    }

    const step = matched ? this.faults.get(matched.name)?.shift() : undefined
    if (step) entry.fault = describeFault(step)
    if (step?.delayMs) await this.sleep(step.delayMs)
    if (this.closed) return

    if (step?.tooManyRequests) {
      return this.send(req, res, entry, started, { kind: 'reply', reply: this.scriptedRateLimit(step.tooManyRequests) })
    }
    if (step && !step.afterHandling && replacesAnswer(step)) {
      return this.send(req, res, entry, started, scriptedOutcome(step))
    }
    const request: RequestInfo = { method, url, headers: req.headers, body, params: matched?.params ?? {} }
    let reply: Reply
    try {
      reply = matched ? this.dispatch(matched.name, request, entry) : problems.notFound()
    } catch {
      reply = problems.genericProblem(500)
    }
    const outcome: Outcome = step?.afterHandling ? scriptedOutcome(step, reply) : { kind: 'reply', reply }
    return this.send(req, res, entry, started, outcome)
  }

  /** A 429 from the fault script; a 24-hour cap comes with the 15-minute window's headers too, not exhausted. */
  private scriptedRateLimit({ resetInSeconds, scope = '15min' }: { resetInSeconds: number; scope?: RateLimitScope }): Reply {
    const nowSeconds = this.now() / 1000
    const reset = String(Math.ceil(nowSeconds + resetInSeconds))
    const headers: Record<string, string> =
      scope === '15min'
        ? { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset }
        : { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '99', 'x-rate-limit-reset': String(Math.ceil(nowSeconds + WINDOW_MS / 1000)) }
    if (scope !== '15min') {
      const prefix = scope === 'user24h' ? 'x-user-limit-24hour' : 'x-app-limit-24hour'
      Object.assign(headers, { [`${prefix}-limit`]: '1000', [`${prefix}-remaining`]: '0', [`${prefix}-reset`]: reset })
    }
    return { ...problems.tooManyRequests(), headers }
  }

  private dispatch(name: RouteName, request: RequestInfo, entry: RequestLogEntry): Reply {
    const spec = ROUTES[name]
    const ctx: HandlerContext = { request, state: this.state, settings: this.settings }
    if (spec.auth === 'basic') {
      if (this.forcedLimitActive(name)) {
        entry.fault = 'rate limit'
        return problems.tokenEndpointRefused()
      }
      return spec.handle(ctx)
    }

    const auth = this.authenticate(request)
    if (!auth.ok) {
      entry.authFailure = auth.reason
      return problems.unauthorized()
    }
    const host = this.settings.problemHost
    const { app } = auth
    const accessLevel: AccessLevel = auth.kind === 'user' ? auth.caller.token.accessLevel : 'read'
    const withLevel = (reply: Reply, extra: Record<string, string> = {}): Reply => ({
      ...reply,
      headers: { 'x-access-level': accessLevel, ...extra, ...reply.headers }
    })

    if (app.enrolled === false) return withLevel(problems.clientNotEnrolled(host, clientIdOf(app)))
    let run: () => Reply
    if (spec.auth === 'user') {
      if (auth.kind !== 'user') return withLevel(problems.appOnlyForbidden(host))
      const { caller } = auth
      run = () => spec.handle(ctx, caller)
    } else {
      if (auth.kind !== 'app') return withLevel(problems.userContextForbidden(host))
      run = () => spec.handle(ctx, app)
    }
    if (app.credits === 'depleted') return withLevel(problems.creditsDepleted(host))

    const subject = auth.kind === 'user' ? `user:${auth.caller.token.token}` : `app:${app.name}`
    const limits = this.consumeRateLimit(name, spec.limit, subject, entry)
    if (limits.exceeded) return withLevel(problems.tooManyRequests(), limits.headers)
    return withLevel(run(), limits.headers)
  }

  private authenticate(request: RequestInfo): Authenticated {
    const header = request.headers.authorization
    switch (authKindOf(header)) {
      case 'bearer': {
        const app = this.state.appByBearer(header!.replace(/^Bearer\s+/i, '').trim())
        return app ? { ok: true, kind: 'app', app } : { ok: false, reason: 'unknown-bearer' }
      }
      case 'oauth1':
        return this.authenticateOAuth1(request, header!)
      case 'basic':
        return { ok: false, reason: 'basic-auth-on-v2' }
      default:
        return { ok: false, reason: 'missing-authorization' }
    }
  }

  private authenticateOAuth1(request: RequestInfo, header: string): Authenticated {
    const windowSeconds = this.options.clockSkewWindowSeconds ?? 300
    const verdict = verifyOAuth1(
      {
        method: request.method,
        url: request.url.href,
        authorization: header,
        formBody: isFormBody(request.headers) ? request.body.toString('utf8') : undefined
      },
      {
        nowSeconds: Math.floor(this.now() / 1000),
        windowSeconds,
        secretsFor: (consumerKey, token) => {
          const app = this.state.appByConsumerKey(consumerKey)
          if (!app) return null
          const issued = this.state.tokens.get(token)
          const usable = issued && !issued.revoked && issued.app === app.name
          return { consumerSecret: app.consumerSecret, tokenSecret: usable ? issued.secret : undefined }
        },
        rememberNonce: this.options.refuseReplayedNonces ? (key, token, nonce) => this.rememberNonce(`${key}|${token}|${nonce}`, windowSeconds) : undefined
      }
    )
    if (!verdict.ok) return { ok: false, reason: this.explainFailure(verdict.reason, verdict.token) }
    const token = this.state.tokens.get(verdict.token)!
    const app = this.state.apps.get(token.app)!
    const account = this.state.accounts.get(token.userId)!
    return { ok: true, kind: 'user', app, caller: { app, token, account } }
  }

  private explainFailure(reason: OAuthFailure, token: string | undefined): string {
    if (reason !== 'unknown-token' || token === undefined) return reason
    const issued = this.state.tokens.get(token)
    if (!issued) return 'unknown-token'
    return issued.revoked ? 'revoked-token' : 'token-of-another-app'
  }

  private rememberNonce(key: string, windowSeconds: number): boolean {
    const now = this.now()
    for (const [seen, expiry] of this.nonces) if (expiry <= now) this.nonces.delete(seen)
    if (this.nonces.has(key)) return false
    this.nonces.set(key, now + windowSeconds * 2000)
    return true
  }

  private forcedLimitActive(route: RouteName): { resetAt: number; scope: RateLimitScope } | undefined {
    const forced = this.forcedLimits.get(route)
    if (forced && this.now() >= forced.resetAt) this.forcedLimits.delete(route)
    return this.forcedLimits.get(route)
  }

  /** Counts the request in its 15-minute window and returns the headers to send. */
  private consumeRateLimit(route: RouteName, limit: number, subject: string, entry: RequestLogEntry): { exceeded: boolean; headers: Record<string, string> } {
    const now = this.now()
    const key = `${route}|${subject}`
    let window = this.windows.get(key)
    if (!window || now >= window.start + WINDOW_MS) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    const windowReset = String(Math.ceil((window.start + WINDOW_MS) / 1000))
    const forced = this.forcedLimitActive(route)
    if (forced) {
      entry.fault = `rate limit ${forced.scope}`
      const forcedReset = String(Math.ceil(forced.resetAt / 1000))
      if (forced.scope === '15min') {
        return {
          exceeded: true,
          headers: { 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': forcedReset }
        }
      }
      const prefix = forced.scope === 'user24h' ? 'x-user-limit-24hour' : 'x-app-limit-24hour'
      const daily = DAILY_LIMITS[route]?.[forced.scope === 'user24h' ? 'user' : 'app'] ?? limit * 96
      return {
        exceeded: true,
        headers: {
          'x-rate-limit-limit': String(limit),
          'x-rate-limit-remaining': String(Math.max(0, limit - window.count)),
          'x-rate-limit-reset': windowReset,
          [`${prefix}-limit`]: String(daily),
          [`${prefix}-remaining`]: '0',
          [`${prefix}-reset`]: forcedReset
        }
      }
    }
    window.count += 1
    const remaining = limit - window.count
    return {
      exceeded: remaining < 0,
      headers: {
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(Math.max(0, remaining)),
        'x-rate-limit-reset': windowReset
      }
    }
  }

  private async send(req: IncomingMessage, res: ServerResponse, entry: RequestLogEntry, started: number, outcome: Outcome): Promise<void> {
    if (outcome.kind === 'hang') return
    await this.sleep(this.latencyMs)
    if (this.closed || res.destroyed) return
    if (outcome.kind === 'drop') {
      req.socket.destroy()
      entry.endedAt = this.now()
      return
    }
    const { reply, html } = outcome
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    res.writeHead(reply.status, {
      'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      date: new Date(this.now()).toUTCString(),
      'api-version': '2.167',
      'cache-control': 'no-cache, no-store, max-age=0',
      'x-response-time': String(Math.round(performance.now() - started)),
      'content-length': String(Buffer.byteLength(text)),
      ...reply.headers
    })
    res.end(text)
    entry.status = reply.status
    entry.endedAt = this.now()
  }
}

/** The answer a fault step gives, optionally on top of the real handler's reply. */
function scriptedOutcome(step: FaultStep, real?: Reply): Outcome {
  if (step.drop) return { kind: 'drop' }
  if (step.hang) return { kind: 'hang' }
  if (step.html) {
    const status = step.status ?? 502
    return { kind: 'reply', html: true, reply: { status, body: PROXY_ERROR_PAGE(status), headers: step.headers } }
  }
  const status = step.status ?? real?.status ?? 200
  const headers = { ...real?.headers, ...step.headers }
  if (step.malformedJson) {
    const whole = JSON.stringify(step.body ?? real?.body ?? { data: { id: '0' } })
    return { kind: 'reply', reply: { status, headers, body: whole.slice(0, Math.max(1, Math.floor(whole.length / 2))) } }
  }
  if (step.status === undefined && step.body === undefined) return { kind: 'reply', reply: real ?? problems.notFound() }
  const body = step.body ?? (step.status !== undefined ? problems.genericProblem(status).body : real?.body)
  return { kind: 'reply', reply: { status, headers, body } }
}

/** The whole request body, or null when it is larger than the simulator accepts. */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks)))
    req.on('error', () => resolve(Buffer.concat(chunks)))
    req.on('close', () => resolve(Buffer.concat(chunks)))
  })
}
