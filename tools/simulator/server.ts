/**
 * A loopback HTTP or HTTPS server that answers like the X API for the calls
 * the Action makes. Connections come through the network (network.ts: round
 * trips charged per connect and per TLS handshake); requests go through:
 * fault script → authentication → app standing (enrolment, credits) → rate
 * limits → the App's package and usage cap, the account's standing → route
 * handler. Everything it answers is logged, including scripted failures, and
 * so is every connection.
 */
import { randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import https from 'node:https'
import { gzipSync } from 'node:zlib'
import { type AuthKind, Authenticator, authKindOf } from './auth.js'
import type { HandlerContext, Reply, RequestInfo, Settings } from './context.js'
import { describeFault, FaultScript, type FaultStep, type Outcome, replacesAnswer, scriptedOutcome, scriptedRateLimit } from './faults.js'
import { hostileReply, type HostileOptions } from './hostile.js'
import * as problems from './problems.js'
import { type ConnectionLogEntry, Network } from './network.js'
import { type ForceOptions, RateLimits } from './rate-limits.js'
import { matchRoute, type RouteName, ROUTES } from './routes.js'
import {
  type AccessLevel,
  clientIdOf,
  type ExistingPost,
  type MediaRecord,
  type PostRecord,
  type SimAccount,
  type SimApp,
  type SimOAuth2Client,
  SimulatorState,
  type SimToken,
  type SimUserToken
} from './state.js'
import { testCertificates } from './tls.js'

export type { FaultStep } from './faults.js'
export type { ConnectionLogEntry } from './network.js'
export type { RateLimitScope } from './rate-limits.js'
export type { RouteName } from './routes.js'
export type { AccessLevel, ExistingPost, MediaRecord, MediaState, PostRecord, SimAccount, SimApp, SimOAuth2Client, SimToken, SimUserToken } from './state.js'
export type { ProblemHost } from './problems.js'
export type { HostileOptions } from './hostile.js'

export interface RequestLogEntry {
  route: RouteName | 'unknown'
  method: string
  /** Path and query as requested. */
  path: string
  /** null when the request was dropped or is hanging. */
  status: number | null
  startedAt: number
  endedAt: number | null
  authKind: AuthKind
  /** What the fault script or `rateLimit()` did to this request. */
  fault?: string
  /** Why authentication failed; X's 401 body never says, this log does. */
  authFailure?: string
  /** The id of the connection it arrived on (see `connections`). */
  connection?: number
}

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0: any free port. */
  port?: number
  /**
   * Serve HTTPS with a certificate for localhost, 127.0.0.1 and ::1, signed
   * by a CA made for this process: a client trusts it through
   * NODE_EXTRA_CA_CERTS=`sim.caFile` (see `act()` in the tests). Default false.
   */
  tls?: boolean
  /** Added before every response: one round trip per request. */
  latencyMs?: number
  /** Charged once per TCP connection, before the first byte sent on it is read: the TCP handshake's round trip. Default 0. */
  connectLatencyMs?: number
  /** Charged once per TLS handshake, on top of the connect: TLS 1.3's round trip. Default 0. */
  tlsHandshakeLatencyMs?: number
  /**
   * Handle one request at a time, queueing the rest in arrival order, so a
   * client's concurrent requests take as long as sequential ones. Default false.
   */
  serialize?: boolean
  /** Allowed distance between `oauth_timestamp` and the simulator clock. Default 300. X's is undocumented. */
  clockSkewWindowSeconds?: number
  /** Host in problem `type` URLs and `location` headers. Default api.x.com (2026 bodies); api.twitter.com for older ones. */
  problemHost?: problems.ProblemHost
  /** Epoch ms. Default Date.now. Drives the Date header, timestamp checks, ids and rate windows. */
  now?: () => number
  /** STATUS polls until processing ends; default 2: pending → in_progress → succeeded. */
  videoProcessingPolls?: number
  /**
   * Name of the id array in the 201 body of POST /2/tweets. X sends
   * `edit_history_tweet_ids`; spec 2.167 names it `edit_history_post_ids`
   * but does not require it, so the default is valid against the spec too.
   * null leaves it out, as bodies before September 2022 did.
   */
  editHistoryKey?: Settings['editHistoryKey']
  /** Refuse a second request with the same nonce (default false: X's replay rule is undocumented). */
  refuseReplayedNonces?: boolean
  /** The `api-version` header. Default 2.167 (the spec's); 2026 answers show 2.163 to 2.168. */
  apiVersion?: string
  /** How the `Date` header ends: X sends `GMT`, and at times `UTC` (seen on /2/users/me). Default GMT. */
  dateZone?: 'GMT' | 'UTC'
  /** Answer as a hostile server would (hostile.ts): echo the request into error bodies, inject commands and Markdown. Default: never. */
  hostile?: HostileOptions
}

/** Headers X sends on every answer (values of `x-served-by` are not recorded; this one is made up). */
const EVERY_ANSWER: Record<string, string> = {
  'cache-control': 'no-cache, no-store, max-age=0',
  'content-disposition': 'attachment; filename=json.json',
  server: 'tsa_b',
  'strict-transport-security': 'max-age=631138519',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'x-served-by': 't4_a',
  'x-xss-protection': '0'
}

/** Every header the simulator sets on every answer, scripted ones included (a scripted header overrides its value). */
export const ANSWER_HEADERS: readonly string[] = [
  'content-type',
  'date',
  'api-version',
  ...Object.keys(EVERY_ANSWER),
  'x-response-time',
  'x-transaction-id',
  'content-length'
]

const MAX_BODY_BYTES = 64 * 1024 * 1024

export class XSimulator {
  requests: RequestLogEntry[] = []

  private readonly state: SimulatorState
  private readonly server: http.Server
  private readonly network: Network
  private readonly caPath?: string
  private readonly sleepers = new Set<{ timer: NodeJS.Timeout; wake: () => void }>()
  private readonly faults = new FaultScript()
  private readonly limits: RateLimits
  private readonly auth: Authenticator
  private readonly failingMedia = new Set<string>()
  private failAllProcessing = false
  private consentingUser?: string
  private hostile?: HostileOptions
  /** Each request's body, for a hostile echo. */
  private readonly bodies = new WeakMap<IncomingMessage, Buffer>()
  private latencyMs: number
  private serialize: boolean
  /** Settles when the request being handled in serial mode is answered. */
  private serialQueue: Promise<void> = Promise.resolve()
  private address = ''
  private closed = false
  private readonly now: () => number
  private readonly settings: Settings
  private readonly apiVersion: string
  private readonly dateZone: 'GMT' | 'UTC'

  static async start(options: SimulatorOptions = {}): Promise<XSimulator> {
    const certificates = options.tls ? await testCertificates() : undefined
    const simulator = new XSimulator(options, certificates && { key: certificates.keyPem, cert: certificates.certPem, caFile: certificates.caFile })
    await simulator.listen(options.host ?? '127.0.0.1', options.port ?? 0)
    return simulator
  }

  private constructor(options: SimulatorOptions, tls?: { key: string; cert: string; caFile: string }) {
    this.now = options.now ?? Date.now
    this.latencyMs = options.latencyMs ?? 0
    this.serialize = options.serialize ?? false
    this.apiVersion = options.apiVersion ?? '2.167'
    this.dateZone = options.dateZone ?? 'GMT'
    this.hostile = options.hostile
    this.state = new SimulatorState(this.now)
    this.limits = new RateLimits(this.now)
    this.auth = new Authenticator(this.state, this.now, options)
    this.settings = {
      problemHost: options.problemHost ?? 'api.x.com',
      editHistoryKey: options.editHistoryKey === undefined ? 'edit_history_tweet_ids' : options.editHistoryKey,
      videoProcessingPolls: options.videoProcessingPolls ?? 2,
      now: this.now,
      shouldFailProcessing: (id) => this.failAllProcessing || this.failingMedia.has(id),
      consentingUserId: () => this.consentingUser
    }
    const onRequest = (req: IncomingMessage, res: ServerResponse) => {
      const handle = () => this.handle(req, res).catch(() => void req.socket.destroy())
      if (this.serialize) this.serialQueue = this.serialQueue.then(handle)
      else void handle()
    }
    this.server = tls ? https.createServer({ key: tls.key, cert: tls.cert }, onRequest) : http.createServer(onRequest)
    this.caPath = tls?.caFile
    this.network = new Network(this.server, !!tls, {
      connectLatencyMs: options.connectLatencyMs,
      tlsHandshakeLatencyMs: options.tlsHandshakeLatencyMs,
      now: this.now
    })
  }

  private async listen(host: string, port: number): Promise<void> {
    const address = await this.network.listen(host, port)
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
    this.address = `${this.caPath ? 'https' : 'http'}://${shownHost}:${address.port}`
  }

  /** Base URL, e.g. `http://127.0.0.1:43211`, or `https://127.0.0.1:43211` with `tls`. */
  get url(): string {
    return this.address
  }

  /**
   * With `tls`: the PEM file of the CA that signed the simulator's
   * certificate, for NODE_EXTRA_CA_CERTS. Undefined over plain HTTP.
   */
  get caFile(): string | undefined {
    return this.caPath
  }

  /** Every connection accepted since the last `clearLog()`/`reset()`, oldest first. */
  get connections(): ConnectionLogEntry[] {
    return this.network.connections
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

  /** The next post or media created gets this id (e.g. one from a recorded answer); later ones are as usual. */
  reserveNextId(id: string): void {
    this.state.reservedId = id
  }

  /** A post the account made before the test (by hand, or by an earlier run of a workflow), recorded as made now. */
  addPost(post: { authorId: string; text: string; replyTo?: string }): PostRecord {
    return this.state.addPost(post)
  }

  /** The app must already exist. */
  addOAuth2Client(client: SimOAuth2Client): void {
    this.state.addOAuth2Client(client)
  }

  /** By client id. */
  get oauth2Clients(): Map<string, SimOAuth2Client> {
    return this.state.oauth2Clients
  }

  /** Every OAuth 2.0 user token issued, by value; rotated refresh tokens stay, marked `used`. */
  get userTokens(): Map<string, SimUserToken> {
    return this.state.userTokens
  }

  /**
   * What a past consent left: an access token and, with `offline.access`, a
   * refresh token of `userId` for this client, as if authorised in a browser.
   */
  grantOAuth2(clientId: string, userId: string, scopes: string[]): { accessToken: string; refreshToken?: string } {
    const { access, refresh } = this.state.issueUserTokens(clientId, userId, scopes)
    return { accessToken: access.value, refreshToken: refresh?.value }
  }

  /** The account that consents on `/i/oauth2/authorize` (default: the first account added). */
  setConsentingUser(userId: string): void {
    this.consentingUser = userId
  }

  /** Steps are used one per request to `route`, in order; then behaviour is normal again. */
  fault(route: RouteName, steps: FaultStep[]): void {
    this.faults.add(route, steps)
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
  rateLimit(route: RouteName, opts: ForceOptions): void {
    this.limits.force(route, opts)
  }

  /** See `SimulatorOptions.hostile`; undefined ends it. Applies to answers sent from now on. */
  setHostile(options: HostileOptions | undefined): void {
    this.hostile = options
  }

  setLatency(ms: number): void {
    this.latencyMs = ms
  }

  /** See `SimulatorOptions.serialize`; applies to requests that arrive from now on. */
  setSerialize(on: boolean): void {
    this.serialize = on
  }

  /** Forgets the request and connection logs. */
  clearLog(): void {
    this.requests = []
    this.network.clearLog()
  }

  /** Forgets posts, media, faults, rate windows and the log; keeps apps, accounts, tokens and seeded posts. */
  reset(): void {
    this.state.clearActivity()
    this.faults.clear()
    this.limits.clear()
    this.auth.forgetNonces()
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
    await this.network.close()
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
    // The URL the client signed: this server's scheme, host and port as the client sent them.
    const url = new URL(req.url ?? '/', `${new URL(this.address).protocol}//${req.headers.host ?? new URL(this.address).host}`)
    const matched = matchRoute(method, url.pathname)
    const connection = this.network.connectionOf(req.socket)
    if (connection) connection.requests++
    const entry: RequestLogEntry = {
      route: matched?.name ?? 'unknown',
      method,
      path: req.url ?? '/',
      status: null,
      startedAt: this.now(),
      endedAt: null,
      authKind: authKindOf(req.headers.authorization),
      connection: connection?.id
    }
    this.requests.push(entry)

    const body = await readBody(req)
    if (body) this.bodies.set(req, body)
    if (this.closed) return
    if (body === null) {
      return this.send(req, res, entry, started, { kind: 'reply', reply: problems.genericProblem(413) })
    }

    const step = matched ? this.faults.next(matched.name) : undefined
    if (step) entry.fault = describeFault(step)
    if (step?.delayMs) await this.sleep(step.delayMs)
    if (this.closed) return

    if (step?.tooManyRequests) {
      return this.send(req, res, entry, started, { kind: 'reply', reply: scriptedRateLimit(step.tooManyRequests, this.now()) })
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

  private dispatch(name: RouteName, request: RequestInfo, entry: RequestLogEntry): Reply {
    const spec = ROUTES[name]
    const ctx: HandlerContext = { request, state: this.state, settings: this.settings }
    if (spec.auth === 'client') {
      if (this.limits.forced(name)) {
        entry.fault = 'rate limit'
        return problems.tooManyRequests()
      }
      return spec.handle(ctx)
    }
    if (spec.auth === 'basic') {
      if (this.limits.forced(name)) {
        entry.fault = 'rate limit'
        return problems.tokenEndpointRefused()
      }
      return spec.handle(ctx)
    }

    const auth = this.auth.authenticate(request)
    if (!auth.ok) {
      entry.authFailure = auth.reason
      return auth.userToken ? problems.unauthorizedUserToken() : problems.unauthorized()
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
    let missingScope = false
    if (spec.auth === 'user') {
      if (auth.kind !== 'user') return withLevel(problems.appOnlyForbidden(host))
      const { caller } = auth
      missingScope = !!caller.scopes && spec.scopes.some((scope) => !caller.scopes!.includes(scope))
      run = () => (caller.account.suspended ? problems.userSuspended(host) : spec.handle(ctx, caller))
    } else {
      if (auth.kind !== 'app') return withLevel(problems.userContextForbidden(host, auth.caller.scopes ? 'OAuth 2.0 User Context' : 'OAuth 1.0a User Context'))
      run = () => spec.handle(ctx, app)
    }
    // The usage endpoint reports the cap and the balance, so neither blocks it (a depleted App still gets 200 there).
    const reportsUsage = name === 'usage/tweets'
    if (app.credits === 'depleted' && !reportsUsage) return withLevel(problems.creditsDepleted(host))

    const subject = auth.kind === 'user' ? `user:${auth.caller.token.token}` : `app:${app.name}`
    const limits = this.limits.consume(name, app.windowLimit ?? spec.limit, subject)
    if (limits.fault) entry.fault = limits.fault
    if (limits.exceeded) return withLevel(problems.tooManyRequests(), limits.headers)
    // Refusals for the App's package and usage come after the window counted the request: they carry its headers.
    if (app.outsidePackage?.includes(name)) return withLevel(problems.endpointNotInPackage(host, clientIdOf(app)), limits.headers)
    if (app.usageCapped === 'all' && !reportsUsage) return withLevel(problems.usageCappedFor(host, app), limits.headers)
    if (missingScope) {
      entry.authFailure = 'missing-scope'
      return withLevel(problems.scopeForbidden(), limits.headers)
    }
    return withLevel(run(), limits.headers)
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
    const { html } = outcome
    const reply = this.hostile
      ? hostileReply(this.hostile, entry.route, { headers: req.headers, body: this.bodies.get(req) ?? Buffer.alloc(0) }, outcome.reply)
      : outcome.reply
    const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    // Like X, compress for a client that asks for gzip by name (twitter-api-v2 with compression off does not).
    const gzip = /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))
    const payload = gzip ? gzipSync(text) : Buffer.from(text)
    res.writeHead(reply.status, {
      'content-type': html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      date: new Date(this.now()).toUTCString().replace(/GMT$/, this.dateZone),
      'api-version': this.apiVersion,
      ...EVERY_ANSWER,
      'x-response-time': String(Math.round(performance.now() - started)),
      'x-served-by': 't4_a',
      'x-transaction-id': randomBytes(8).toString('hex'),
      ...reply.headers,
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': String(payload.length)
    })
    res.end(payload)
    entry.status = reply.status
    entry.endedAt = this.now()
  }
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
