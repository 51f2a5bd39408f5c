/**
 * What the simulated X knows: developer apps and their keys, accounts, the
 * access tokens linking them, and what those accounts created (posts, media).
 */
import { createHash } from 'node:crypto'

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
}

export interface SimAccount {
  id: string
  username: string
  name: string
  /** 403 user-suspended on every user-context call: the credentials authenticate, the account cannot act. */
  suspended?: boolean
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
  }
}
