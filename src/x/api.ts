/**
 * The one door to X. It owns twitter-api-v2: the base URL, the HTTP agent,
 * timeouts, retries and rate-limit waits, and turns X's errors into
 * XApiError. Nothing else in the project imports twitter-api-v2. A client is
 * bound to one way of signing (XAuth) when it is made; its calls take no
 * credentials.
 */
import http from 'node:http'
import https from 'node:https'
import type { TwitterApi as TwitterApiClient, ITwitterApiClientPlugin } from 'twitter-api-v2'
import type { Deadline } from '../deadline.js'
import type { XAuth } from './auth.js'
import type { Scrub } from '../io/outside.js'
import type { Secret } from '../io/secret.js'
import { AnswerProblem, readCreatedPost, readMediaState, readPostPage, readTokenAnswer, readUser } from './answers.js'
import { pickHeaders, toXApiError, XApiError, type XHeaders } from './errors.js'
import type { Preconnected } from './preconnect.js'
import { DEFAULT_RETRY, withRetries, type RetryPolicy } from './retry.js'

export interface XApiOptions {
  baseUrl: string
  timeoutMs: number
  rateLimitWaitSeconds: number
  deadline: Deadline
  /** A line for the log: retries and rate-limit waits, as they happen. */
  log: (message: string) => void
  retry?: Partial<typeof DEFAULT_RETRY>
  /** Connections opened at start-up (see preconnect.ts): requests use them before opening their own. Closed with the client. */
  preconnected?: Preconnected
  /** The scrubber every text of X's answers passes on arrival, before anything cuts it short. */
  scrub: Scrub
}

export interface XResponse<T> {
  data: T
  headers: XHeaders
}

export interface XUser {
  id: string
  username: string
  name: string
  /** The account's X subscription as users/me says it (`user.fields=subscription_type`): `None`, `Basic`, `Premium`, `PremiumPlus`; absent when X did not say. */
  subscription_type?: string
}

export interface XUsage {
  project_cap?: string | number
  project_usage?: string | number
  project_id?: string
  cap_reset_day?: number
}

/** What POST /2/oauth2/token answers for a user grant. */
export interface OAuth2TokenAnswer {
  token_type?: string
  expires_in?: number
  access_token?: string
  /** Space-separated, as the account granted them. */
  scope?: string
  /** Present with `offline.access`: the successor of the refresh token just used. */
  refresh_token?: string
}

/** What DELETE /2/tweets/:id answers: `deleted` is true once the post is gone. */
export interface DeletedPost {
  deleted?: boolean
}

export interface CreatedPost {
  id: string
  text: string
}

export interface PostBody {
  text: string
  reply?: { in_reply_to_tweet_id: string }
  quote_tweet_id?: string
  media?: { media_ids: string[] }
}

/** A post as the reading endpoints return it, with the fields the action asks for. */
export interface XPost {
  id: string
  text: string
  /** `replied_to` names the parent. Spec 2.167 calls the field `referenced_posts`; X sends `referenced_tweets`. */
  referenced_tweets?: { type: string; id: string }[]
  referenced_posts?: { type: string; id: string }[]
  /** X replaces every URL of the text by a t.co link; each entry says where, and what it stands for. */
  entities?: { urls?: { start: number; end: number; url?: string; expanded_url?: string; display_url?: string; media_key?: string }[] }
}

/** One page of a timeline, newest first. */
export interface XPostPage {
  data?: XPost[]
  meta?: { result_count?: number; next_token?: string }
}

export interface MediaState {
  id: string
  media_key?: string
  processing_info?: {
    state: 'pending' | 'in_progress' | 'failed' | 'succeeded'
    check_after_secs?: number
    progress_percent?: number
    error?: { name?: string; message?: string }
  }
}

/** One entry per HTTP attempt: what the summary shows as rate-limit headroom, and what the bench counts. */
export interface CallRecord {
  endpoint: string
  headers: XHeaders
}

type FullResponse = { data: unknown; headers: Record<string, unknown> }
/**
 * What every call passes to twitter-api-v2. `signal` is not in the library's
 * types; it reaches the request options through the `onBeforeRequest` hook.
 */
type CallArgs = { fullResponse: true; signal: AbortSignal }
type Sender = (client: TwitterApiClient, args: CallArgs) => Promise<FullResponse>

type TwitterApiModule = Pick<typeof import('twitter-api-v2'), 'TwitterApi'>
let library: Promise<TwitterApiModule> | undefined
/** Loaded on first use, so a run that fails offline never pays for it. */
const loadLibrary = () => (library ??= import('twitter-api-v2').then((m) => ({ TwitterApi: m.TwitterApi })))

/** Starts loading the library without waiting, so it loads while the inputs are still being validated. */
export function preloadXApi(): void {
  loadLibrary().catch(() => undefined)
}

export class XApi {
  readonly calls: CallRecord[] = []
  /** The `Date` of the latest answer, to measure clock skew. */
  lastServerDate?: string
  readonly #agent: http.Agent
  readonly #policy: RetryPolicy
  readonly #clients = new Map<XAuth, XClient>()

  private constructor(
    private readonly lib: TwitterApiModule,
    readonly options: XApiOptions
  ) {
    this.#agent = keepAliveAgent(options.baseUrl, options.preconnected)
    this.#policy = { ...DEFAULT_RETRY, ...options.retry, rateLimitWaitSeconds: options.rateLimitWaitSeconds, deadline: options.deadline }
  }

  static async create(options: XApiOptions): Promise<XApi> {
    return new XApi(await loadLibrary(), options)
  }

  /** Ends every open connection, so a hung one cannot keep the step alive, and every preconnected one no request took. */
  close(): void {
    this.#agent.destroy()
    this.options.preconnected?.close()
  }

  /** The client that signs every request with `auth`; one per auth for the run. */
  client(auth: XAuth): XClient {
    let client = this.#clients.get(auth)
    if (!client) {
      client = new XClient(this, this.#library(auth))
      this.#clients.set(auth, client)
    }
    return client
  }

  #library(auth: XAuth): TwitterApiClient {
    const settings = { plugins: [this.#redirect()], httpAgent: this.#agent, compression: false as const }
    switch (auth.kind) {
      case 'oauth1':
        return new this.lib.TwitterApi(
          {
            appKey: auth.apiKey.reveal(),
            appSecret: auth.apiSecret.reveal(),
            accessToken: auth.accessToken.reveal(),
            accessSecret: auth.accessSecret.reveal()
          },
          settings
        )
      case 'basic':
        return new this.lib.TwitterApi({ username: auth.username.reveal(), password: auth.password.reveal() }, settings)
      case 'app-bearer':
        return new this.lib.TwitterApi(auth.bearerToken.reveal(), settings)
      case 'oauth2-user':
        return new this.lib.TwitterApi(auth.accessToken.reveal(), settings)
      case 'oauth2-client':
        return new this.lib.TwitterApi({ clientId: auth.clientId.reveal(), clientSecret: auth.clientSecret?.reveal() }, settings)
    }
  }

  /**
   * twitter-api-v2 only knows https://api.x.com: send every request to the
   * configured base URL instead, and hand the attempt's abort signal to Node's
   * request (the library's own `timeout` is an idle timeout, which a slowly
   * trickling answer never trips).
   */
  #redirect(): ITwitterApiClientPlugin {
    const base = this.options.baseUrl.replace(/\/+$/, '')
    return {
      onBeforeRequestConfig({ params }) {
        // A function, so that `$&` or `$1` in the base URL is taken as it is written.
        params.url = params.url.replace(/^https:\/\/(api|upload)\.x\.com/, () => base)
      },
      onBeforeRequest({ params, requestOptions }) {
        const signal = (params as { signal?: AbortSignal }).signal
        if (signal) (requestOptions as { signal?: AbortSignal }).signal = signal
      }
    }
  }

  /**
   * One request under the project's rules: a hard bound per attempt, retries, rate-limit waits (`rules` may narrow them for one call).
   * `read` takes the answer's `data` as X sent it and returns it as the program may use it, or throws AnswerProblem: the attempt
   * then failed as a malformed answer, like an unreadable body.
   */
  async send<T>(
    endpoint: string,
    client: TwitterApiClient,
    send: Sender,
    read: (data: unknown) => T,
    onAttemptError?: (error: XApiError) => void,
    rules: Partial<Pick<RetryPolicy, 'rateLimitWaits'>> = {}
  ): Promise<XResponse<T>> {
    const timeoutMs = this.options.timeoutMs
    return withRetries(
      endpoint,
      async (attempt) => {
        // A hard bound on the whole attempt: connect, send, and the complete answer.
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(), timeoutMs)
        try {
          const res = await send(client, { fullResponse: true, signal: controller.signal } as CallArgs)
          this.#record(endpoint, res.headers)
          const headers = pickHeaders(res.headers)
          try {
            return { data: read((res.data as { data?: unknown })?.data ?? res.data), headers }
          } catch (problem) {
            if (!(problem instanceof AnswerProblem)) throw problem
            throw new XApiError(endpoint, 'malformed', { headers, attempts: attempt, cause: `${problem.message} in the answer` })
          }
        } catch (error) {
          const headers = (error as { headers?: Record<string, unknown> } | null)?.headers
          this.#record(endpoint, headers)
          if (controller.signal.aborted) {
            throw new XApiError(endpoint, 'timeout', { headers: {}, attempts: attempt, cause: `no complete answer within ${timeoutMs / 1000} s` })
          }
          throw error
        } finally {
          clearTimeout(timer)
        }
      },
      (error, attempts) => toXApiError(endpoint, error, attempts, this.options.scrub),
      { ...this.#policy, ...rules },
      { onWait: this.options.log, onAttemptError }
    )
  }

  /** The scrubber of X's texts, for readers of answers. */
  get scrub(): Scrub {
    return this.options.scrub
  }

  #record(endpoint: string, raw: Record<string, unknown> | undefined): void {
    const headers = pickHeaders(raw)
    if (headers.date) this.lastServerDate = headers.date
    this.calls.push({ endpoint, headers })
  }
}

/**
 * The keep-alive agent for requests to `baseUrl`: it uses the connections
 * opened at start-up first, then opens its own as a plain agent does.
 */
export function keepAliveAgent(baseUrl: string, preconnected?: Preconnected): http.Agent {
  const secure = new URL(baseUrl).protocol === 'https:'
  const agent = secure ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true })
  const own = agent.createConnection.bind(agent)
  agent.createConnection = (options, callback) => {
    const taken = preconnected?.secure === secure ? preconnected.take(options.host, options.port) : undefined
    // twitter-api-v2 names the host as URL.hostname does, an IPv6 address in brackets (`[::1]`), which no resolver knows.
    const host = options.host?.replace(/^\[(.*)\]$/, '$1')
    return taken ?? own({ ...options, host }, callback)
  }
  return agent
}

/** X's endpoints, as one signed-in caller sees them. */
export class XClient {
  constructor(
    private readonly api: XApi,
    private readonly lib: TwitterApiClient
  ) {}

  /** The account, with its subscription in the same request: a subscriber's posts may be long. */
  usersMe(): Promise<XResponse<XUser>> {
    return this.#send('GET /2/users/me', (client, args) => client.v2.get('users/me', { 'user.fields': 'subscription_type' }, args), {
      read: (d) => readUser(d, this.api.scrub)
    })
  }

  /** The App's bearer token, from its API key and secret alone (Basic auth, client_credentials). */
  oauth2Token(): Promise<XResponse<{ token_type?: string; access_token?: string }>> {
    return this.#send(
      'POST /oauth2/token',
      (client, args) => client.post('https://api.x.com/oauth2/token', { grant_type: 'client_credentials' }, { ...args, forceBodyMode: 'url' }),
      { read: readTokenAnswer }
    )
  }

  /**
   * Rotates an OAuth 2.0 refresh token (a client made with the `oauth2-client`
   * auth): `client_id` always goes in the body, since X refuses a Basic
   * request without it. The answer holds live secrets: mask them on arrival.
   */
  oauth2Refresh(refreshToken: Secret, clientId: Secret, onAttemptError?: (error: XApiError) => void): Promise<XResponse<OAuth2TokenAnswer>> {
    const body = { grant_type: 'refresh_token', refresh_token: refreshToken.reveal(), client_id: clientId.reveal() }
    return this.#send('POST /2/oauth2/token', (client, args) => client.post('https://api.x.com/2/oauth2/token', body, { ...args, forceBodyMode: 'url' }), {
      read: readTokenAnswer,
      onAttemptError
    })
  }

  /** Exchanges an authorization code (Authorization Code with PKCE) for the first tokens. */
  oauth2ExchangeCode(grant: { code: string; codeVerifier: Secret; redirectUri: string; clientId: Secret }): Promise<XResponse<OAuth2TokenAnswer>> {
    const body = {
      grant_type: 'authorization_code',
      code: grant.code,
      redirect_uri: grant.redirectUri,
      code_verifier: grant.codeVerifier.reveal(),
      client_id: grant.clientId.reveal()
    }
    return this.#send('POST /2/oauth2/token', (client, args) => client.post('https://api.x.com/2/oauth2/token', body, { ...args, forceBodyMode: 'url' }), {
      read: readTokenAnswer
    })
  }

  /** Never waits for a rate limit: a 429 already proves the bearer token, and the usage it reads is optional. */
  usageTweets(): Promise<XResponse<XUsage>> {
    return this.#send('GET /2/usage/tweets', (client, args) => client.v2.get('usage/tweets', {}, args), { rules: { rateLimitWaits: 0 } })
  }

  /** `onAttemptError` sees every failed attempt: posting needs to know whether one ended ambiguously. */
  createPost(body: PostBody, onAttemptError?: (error: XApiError) => void): Promise<XResponse<CreatedPost>> {
    return this.#send('POST /2/tweets', (client, args) => client.v2.post('tweets', body, args), { read: readCreatedPost, onAttemptError })
  }

  /** Deletes one of the account's posts. Idempotent, so every failure that may be transient is retried like a read. */
  deletePost(id: string, onAttemptError?: (error: XApiError) => void): Promise<XResponse<DeletedPost>> {
    return this.#send('DELETE /2/tweets/:id', (client, args) => client.v2.delete(`tweets/${encodeURIComponent(id)}`, undefined, args), {
      read: (data) => ({ deleted: (data as { deleted?: unknown } | null)?.deleted === true }),
      onAttemptError
    })
  }

  /**
   * One page of the account's latest posts, newest first, replies included, reposts left out (`max_results` 5 to 100).
   * The whole body is kept (the page's `meta` holds the next page's token), not only its `data`.
   */
  userPosts(userId: string, page: { maxResults: number; paginationToken?: string }): Promise<XResponse<XPostPage>> {
    const query: Record<string, string> = {
      max_results: String(page.maxResults),
      exclude: 'retweets',
      'tweet.fields': 'referenced_tweets,entities'
    }
    if (page.paginationToken) query.pagination_token = page.paginationToken
    return this.#send(
      'GET /2/users/:id/tweets',
      (client, args) => client.v2.get(`users/${encodeURIComponent(userId)}/tweets`, query, args).then((res) => ({ ...res, data: { data: res.data } })),
      { read: readPostPage }
    )
  }

  /** A small still image in one request; `body` is a complete multipart form (`media_category`, `media`; see MediaForm), sent as it is. */
  mediaUpload(body: Buffer, contentType: string): Promise<XResponse<MediaState>> {
    return this.#send(
      'POST /2/media/upload',
      (client, args) => client.v2.post('media/upload', body, { ...args, forceBodyMode: 'raw', headers: { 'content-type': contentType } }),
      { read: this.#mediaState }
    )
  }

  mediaInitialize(body: { media_type: string; total_bytes: number; media_category: string }): Promise<XResponse<MediaState>> {
    return this.#send('POST /2/media/upload/initialize', (client, args) => client.v2.post('media/upload/initialize', body, args), { read: this.#mediaState })
  }

  /** `body` is a complete multipart form (`segment_index`, `media`; see MediaForm), sent as it is. */
  mediaAppend(mediaId: string, body: Buffer, contentType: string): Promise<XResponse<unknown>> {
    return this.#send('POST /2/media/upload/{id}/append', (client, args) =>
      client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/append`, body, {
        ...args,
        forceBodyMode: 'raw',
        headers: { 'content-type': contentType }
      })
    )
  }

  mediaFinalize(mediaId: string): Promise<XResponse<MediaState>> {
    return this.#send(
      'POST /2/media/upload/{id}/finalize',
      (client, args) => client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/finalize`, {}, args),
      {
        read: this.#mediaState
      }
    )
  }

  mediaStatus(mediaId: string): Promise<XResponse<MediaState>> {
    return this.#send('GET /2/media/upload?command=STATUS', (client, args) => client.v2.get('media/upload', { command: 'STATUS', media_id: mediaId }, args), {
      read: this.#mediaState
    })
  }

  mediaMetadata(mediaId: string, altText: string): Promise<XResponse<unknown>> {
    return this.#send('POST /2/media/metadata', (client, args) =>
      client.v2.post('media/metadata', { id: mediaId, metadata: { alt_text: { text: altText } } }, args)
    )
  }

  readonly #mediaState = (data: unknown) => readMediaState(data, this.api.scrub)

  /** `read`: what the answer's `data` must be (see XApi.send); an answer nothing is read from needs none. */
  #send<T>(
    endpoint: string,
    send: (client: TwitterApiClient, args: CallArgs) => Promise<unknown>,
    o: { read?: (data: unknown) => T; onAttemptError?: (error: XApiError) => void; rules?: Partial<Pick<RetryPolicy, 'rateLimitWaits'>> } = {}
  ): Promise<XResponse<T>> {
    return this.api.send<T>(endpoint, this.lib, send as Sender, o.read ?? ((data) => data as T), o.onAttemptError, o.rules)
  }
}
