/**
 * Who is calling. X's 401 body never says why it refused, so the simulator
 * decides here and hands the reason to the request log, where a test or a
 * person debugging a signature can read it.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { RequestInfo, UserCaller } from './context.js'
import { type OAuthFailure, verifyOAuth1 } from './oauth1.js'
import type { AccessLevel, SimApp, SimToken, SimulatorState } from './state.js'

/** What `x-access-level` says for an OAuth 2.0 token: its write and DM scopes. */
export function accessLevelOfScopes(scopes: readonly string[]): AccessLevel {
  if (!scopes.includes('tweet.write')) return 'read'
  return scopes.includes('dm.write') ? 'read-write-directmessages' : 'read-write'
}

export type AuthKind = 'oauth1' | 'bearer' | 'basic' | 'none'

export type Authenticated =
  | { ok: true; kind: 'user'; app: SimApp; caller: UserCaller }
  | { ok: true; kind: 'app'; app: SimApp }
  /** `userToken`: the bearer was an OAuth 2.0 user token, refused with that kind of 401. */
  | { ok: false; reason: string; userToken?: boolean }

export function authKindOf(header: string | undefined): AuthKind {
  if (!header) return 'none'
  if (/^OAuth\s/i.test(header)) return 'oauth1'
  if (/^Bearer\s/i.test(header)) return 'bearer'
  if (/^Basic\s/i.test(header)) return 'basic'
  return 'none'
}

function isFormBody(headers: IncomingHttpHeaders): boolean {
  return /^application\/x-www-form-urlencoded\b/i.test(headers['content-type'] ?? '')
}

export class Authenticator {
  private readonly nonces = new Map<string, number>()

  constructor(
    private readonly state: SimulatorState,
    private readonly now: () => number,
    /** The simulator's options, read on every request. */
    private readonly options: { clockSkewWindowSeconds?: number; refuseReplayedNonces?: boolean }
  ) {}

  authenticate(request: RequestInfo): Authenticated {
    const header = request.headers.authorization
    switch (authKindOf(header)) {
      case 'bearer': {
        const bearer = header!.replace(/^Bearer\s+/i, '').trim()
        const app = this.state.appByBearer(bearer)
        return app ? { ok: true, kind: 'app', app } : this.authenticateUserToken(bearer)
      }
      case 'oauth1':
        return this.authenticateOAuth1(request, header!)
      case 'basic':
        return { ok: false, reason: 'basic-auth-on-v2' }
      default:
        return { ok: false, reason: 'missing-authorization' }
    }
  }

  /** An OAuth 2.0 user access token: issued, not revoked, not expired, of a known App. */
  private authenticateUserToken(value: string): Authenticated {
    const token = this.state.userTokens.get(value)
    if (!token) return { ok: false, reason: 'unknown-bearer' }
    const refused = (reason: string): Authenticated => ({ ok: false, reason, userToken: true })
    if (token.kind !== 'access') return refused('refresh-token-as-bearer')
    if (token.revoked) return refused('revoked-user-token')
    if ((token.expiresAt ?? Infinity) <= this.now()) return refused('expired-user-token')
    const app = this.state.appOfUserToken(token)
    const account = this.state.accounts.get(token.userId)
    if (!app || !account) return refused('unknown-user-token')
    const view: SimToken = { token: token.value, secret: '', app: app.name, userId: account.id, accessLevel: accessLevelOfScopes(token.scopes) }
    return { ok: true, kind: 'user', app, caller: { app, token: view, account, scopes: token.scopes } }
  }

  forgetNonces(): void {
    this.nonces.clear()
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

  /** Tells apart what X lumps together as an unknown token. */
  private explainFailure(reason: OAuthFailure, token: string | undefined): string {
    if (reason !== 'unknown-token' || token === undefined) return reason
    const issued = this.state.tokens.get(token)
    if (!issued) return 'unknown-token'
    return issued.revoked ? 'revoked-token' : 'token-of-another-app'
  }

  /** False for a nonce already seen within twice the clock-skew window. */
  private rememberNonce(key: string, windowSeconds: number): boolean {
    const now = this.now()
    for (const [seen, expiry] of this.nonces) if (expiry <= now) this.nonces.delete(seen)
    if (this.nonces.has(key)) return false
    this.nonces.set(key, now + windowSeconds * 2000)
    return true
  }
}
