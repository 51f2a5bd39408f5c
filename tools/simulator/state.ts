/**
 * What the simulated X knows: developer apps and their keys, accounts, the
 * access tokens linking them, and what those accounts created (posts, media).
 */
import { createHash, randomBytes } from 'node:crypto'

export type AccessLevel = 'read' | 'read-write' | 'read-write-directmessages'

export interface SimApp {
  name: string
  consumerKey: string
  consumerSecret: string
  bearerToken: string
  /** Default true; false → 403 client-forbidden on every v2 call with this app's keys or bearer (not attached to a Project). */
  enrolled?: boolean
  /**
   * Routes outside the package or environment the App sits in: 403
   * client-forbidden there, although the App is in a Project and its other
   * calls work (X sends the same body for both).
   */
  outsidePackage?: readonly string[]
  /** 'depleted' → 402 credits-depleted on every v2 call but GET /2/usage/tweets, which still answers 200 (and is not billed). */
  credits?: 'ok' | 'depleted'
  /** 429 usage-capped on POST /2/tweets ('posts'), or on every v2 call but GET /2/usage/tweets ('all': a cap blocks reads too). */
  usageCapped?: 'posts' | 'all'
  /** The cap's fields in the usage-capped body; defaults as recorded (Monthly, Product, standard-basic). */
  usageCap?: { period?: string; scope?: string; productName?: string; accountId?: string }
  /** The 15-minute limit X reports for every endpoint this App calls (some pay-per-use Apps see 40000), instead of the endpoint's own. */
  windowLimit?: number
  /** An Enterprise plan: quote posts allowed (self-serve plans get 403 since 2026-04-16). Default false. */
  enterprise?: boolean
  projectId?: string
  projectCap?: number
  projectUsage?: number
  capResetDay?: number
  /** true → GET /2/tweets/analytics is in the App's package; otherwise it answers 403 client-not-enrolled. */
  analytics?: boolean
}

export interface SimAccount {
  id: string
  username: string
  name: string
  /** 403 user-suspended on every user-context call: the credentials authenticate, the account cannot act. */
  suspended?: boolean
  /** What users/me says in `subscription_type` (default `None`): with Basic, Premium or PremiumPlus, posts may weigh up to 25,000. */
  subscriptionType?: 'None' | 'Basic' | 'Premium' | 'PremiumPlus'
}

export interface SimToken {
  token: string
  secret: string
  /** Name of the app the token was issued for. */
  app: string
  userId: string
  /** Frozen at issue time: changing the app's permissions later does not change it. */
  accessLevel: AccessLevel
  revoked?: boolean
}

/**
 * An App's OAuth 2.0 client ("User authentication settings" → Client ID and
 * Client Secret). Confidential clients (Web App, Automated App or bot) have a
 * secret and authenticate with Basic; public clients (Native App) send only
 * `client_id`.
 */
export interface SimOAuth2Client {
  clientId: string
  clientSecret?: string
  /** Name of the App it belongs to. */
  app: string
  /** Callback URLs registered in the App; `redirect_uri` must be one of them exactly. */
  redirectUris: string[]
}

/** An OAuth 2.0 user token X issued: a 2-hour access token, or a refresh token that one refresh consumes. */
export interface SimUserToken {
  value: string
  kind: 'access' | 'refresh'
  clientId: string
  userId: string
  scopes: string[]
  /** Epoch ms; access tokens only. */
  expiresAt?: number
  /** A refresh token is consumed by the refresh that rotates it. */
  used?: boolean
  revoked?: boolean
}

/** An authorization code waiting to be exchanged (once, within 30 seconds, with the PKCE verifier). */
export interface SimAuthorizationCode {
  code: string
  clientId: string
  userId: string
  redirectUri: string
  scopes: string[]
  challenge: string
  challengeMethod: 'S256' | 'plain'
  expiresAt: number
  used: boolean
}

/** Access tokens live two hours; codes 30 seconds (X's documented lifetimes). */
export const ACCESS_TOKEN_SECONDS = 7200
export const AUTHORIZATION_CODE_SECONDS = 30

/** A post that exists on X before the test starts (something to reply to or quote). */
export interface ExistingPost {
  id: string
  authorId: string
  /** false → a reply from another account is refused as "not summoned". */
  summonable: boolean
}

export interface PostRecord {
  id: string
  text: string
  authorId: string
  replyTo?: string
  quoteOf?: string
  mediaIds: string[]
  createdAt: number
}

export type MediaState = 'uploading' | 'pending' | 'in_progress' | 'succeeded' | 'failed'

export interface MediaRecord {
  id: string
  mediaKey: string
  mediaType: string
  category: string
  totalBytes: number
  segments: Map<number, Buffer>
  /** Reassembled at finalize. */
  bytes?: Buffer
  state: MediaState
  altText?: string
  ownerId: string
  /** STATUS polls answered since finalize. */
  processingPolls: number
  /** Epoch ms after which the upload session is gone. */
  expiresAt: number
}

/** X snowflake epoch (2010-11-04); ids are time-ordered like real ones. */
const SNOWFLAKE_EPOCH = 1288834974657n
/** Keeps ids at 19 digits even when a test sets the clock far in the past. */
const EARLIEST_ID_TIME = Date.UTC(2024, 0, 1)
const WORKER_BITS = 0b1010_10110n

function digitsFrom(seed: string, length: number): string {
  const hex = createHash('sha256').update(seed).digest('hex')
  const digits = BigInt('0x' + hex)
    .toString()
    .slice(0, length)
  return digits[0] === '0' ? '1' + digits.slice(1) : digits
}

/** Numeric client (app) id X shows in client-forbidden bodies and usage reports. */
export const clientIdOf = (app: SimApp): string => digitsFrom('client:' + app.consumerKey, 8)

export const projectIdOf = (app: SimApp): string => app.projectId ?? digitsFrom('project:' + app.consumerKey, 19)

/** X's user tokens are base64url of `<random>:<epoch ms>:1:0:<at|rt>:1`. */
function userTokenValue(kind: 'access' | 'refresh', nowMs: number): string {
  const random = randomBytes(33).toString('base64url').slice(0, 43)
  return Buffer.from(`${random}:${Math.floor(nowMs)}:1:0:${kind === 'access' ? 'at' : 'rt'}:1`).toString('base64url')
}

export class SimulatorState {
  readonly apps = new Map<string, SimApp>()
  /** By user id. */
  readonly accounts = new Map<string, SimAccount>()
  /** By access token value. */
  readonly tokens = new Map<string, SimToken>()
  /** By post id. Seeded world state: kept by `reset()`. */
  readonly existingPosts = new Map<string, ExistingPost>()
  posts: PostRecord[] = []
  /** By media id. */
  readonly media = new Map<string, MediaRecord>()
  /** By client id. */
  readonly oauth2Clients = new Map<string, SimOAuth2Client>()
  /** OAuth 2.0 user tokens by value, every one ever issued (rotated ones stay, marked used). */
  readonly userTokens = new Map<string, SimUserToken>()
  /** By code. */
  readonly authorizationCodes = new Map<string, SimAuthorizationCode>()
  private lastId = 0n

  constructor(private readonly now: () => number) {}

  addApp(app: SimApp): void {
    for (const other of this.apps.values()) {
      if (other.name === app.name) throw new Error(`app "${app.name}" already exists`)
      if (other.consumerKey === app.consumerKey) throw new Error(`app "${app.name}" reuses a consumer key`)
      if (other.bearerToken === app.bearerToken) throw new Error(`app "${app.name}" reuses a bearer token`)
    }
    this.apps.set(app.name, app)
  }

  addAccount(account: SimAccount): void {
    if (this.accounts.has(account.id)) throw new Error(`account ${account.id} already exists`)
    this.accounts.set(account.id, account)
  }

  addToken(token: SimToken): void {
    if (!this.apps.has(token.app)) throw new Error(`token for unknown app "${token.app}"`)
    if (!this.accounts.has(token.userId)) throw new Error(`token for unknown account ${token.userId}`)
    if (this.tokens.has(token.token)) throw new Error('token already exists')
    this.tokens.set(token.token, token)
  }

  addOAuth2Client(client: SimOAuth2Client): void {
    if (!this.apps.has(client.app)) throw new Error(`OAuth 2.0 client for unknown app "${client.app}"`)
    if (this.oauth2Clients.has(client.clientId)) throw new Error(`OAuth 2.0 client ${client.clientId} already exists`)
    this.oauth2Clients.set(client.clientId, client)
  }

  /**
   * Issues an access token and, with `offline.access`, a refresh token, as
   * X does after a consent or a refresh.
   */
  issueUserTokens(clientId: string, userId: string, scopes: string[]): { access: SimUserToken; refresh?: SimUserToken } {
    if (!this.oauth2Clients.has(clientId)) throw new Error(`unknown OAuth 2.0 client ${clientId}`)
    if (!this.accounts.has(userId)) throw new Error(`token for unknown account ${userId}`)
    const make = (kind: 'access' | 'refresh'): SimUserToken => {
      const token: SimUserToken = { value: userTokenValue(kind, this.now()), kind, clientId, userId, scopes: [...scopes] }
      if (kind === 'access') token.expiresAt = this.now() + ACCESS_TOKEN_SECONDS * 1000
      this.userTokens.set(token.value, token)
      return token
    }
    return { access: make('access'), refresh: scopes.includes('offline.access') ? make('refresh') : undefined }
  }

  /** The App an OAuth 2.0 user token acts for. */
  appOfUserToken(token: SimUserToken): SimApp | undefined {
    const client = this.oauth2Clients.get(token.clientId)
    return client ? this.apps.get(client.app) : undefined
  }

  addExistingPost(post: { id: string; authorId: string; summonable?: boolean }): void {
    this.existingPosts.set(post.id, { id: post.id, authorId: post.authorId, summonable: post.summonable ?? true })
  }

  /** A post the account made before (by hand, or by an earlier run), recorded as made now. */
  addPost(post: { authorId: string; text: string; replyTo?: string }): PostRecord {
    if (!this.accounts.has(post.authorId)) throw new Error(`post by unknown account ${post.authorId}`)
    const record: PostRecord = { id: this.nextId(), text: post.text, authorId: post.authorId, replyTo: post.replyTo, mediaIds: [], createdAt: this.now() }
    this.posts.push(record)
    return record
  }

  appByConsumerKey(key: string): SimApp | undefined {
    for (const app of this.apps.values()) if (app.consumerKey === key) return app
    return undefined
  }

  appByBearer(bearer: string): SimApp | undefined {
    for (const app of this.apps.values()) if (app.bearerToken === bearer) return app
    return undefined
  }

  /** A post this simulator created, or a seeded one; both can be replied to or quoted. */
  findPost(id: string): { id: string; authorId: string; summonable: boolean } | undefined {
    const created = this.posts.find((p) => p.id === id)
    if (created) return { id: created.id, authorId: created.authorId, summonable: true }
    return this.existingPosts.get(id)
  }

  /** The id the next post or media gets, when a test needs a recorded one; once. */
  reservedId?: string

  /** 19-digit, strictly increasing, snowflake-shaped ids for posts and media. */
  nextId(): string {
    const reserved = this.reservedId
    this.reservedId = undefined
    if (reserved) return reserved
    const ms = BigInt(Math.max(Math.floor(this.now()), EARLIEST_ID_TIME))
    let id = ((ms - SNOWFLAKE_EPOCH) << 22n) | (WORKER_BITS << 12n)
    if (id <= this.lastId) id = this.lastId + 1n
    this.lastId = id
    return id.toString()
  }

  /** Forgets what accounts did; keeps apps, accounts, tokens and seeded posts. */
  clearActivity(): void {
    this.posts = []
    this.media.clear()
    this.reservedId = undefined
    this.authorizationCodes.clear()
  }
}
