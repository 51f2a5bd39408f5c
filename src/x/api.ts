/**
 * The one door to X. It owns twitter-api-v2: the base URL, the HTTP agent,
 * timeouts, retries and rate-limit waits, and turns X's errors into
 * XApiError. Nothing else in the project imports twitter-api-v2.
 */
import http from 'node:http'
import https from 'node:https'
import type { TwitterApi as TwitterApiClient, ITwitterApiClientPlugin } from 'twitter-api-v2'
import type { Credentials } from '../credentials.js'
import type { Secret } from '../secret.js'
import { pickHeaders, toXApiError, XApiError, type XHeaders } from './errors.js'
import { DEFAULT_RETRY, withRetries, type Deadline, type RetryPolicy } from './retry.js'

export { DEFAULT_BASE_URL } from './endpoint.js'

export interface XApiOptions {
  baseUrl: string
  timeoutMs: number
  rateLimitWaitSeconds: number
  deadline: Deadline
  /** A line for the log (retries, waits). */
  log: (message: string) => void
  retry?: Partial<typeof DEFAULT_RETRY>
}

export interface XResponse<T> {
  data: T
  headers: XHeaders
}

export interface XUser {
  id: string
  username: string
  name: string
}

export interface XUsage {
  project_cap?: string | number
  project_usage?: string | number
  project_id?: string
  cap_reset_day?: number
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
  readonly #clients = new Map<string, TwitterApiClient>()

  private constructor(
    private readonly lib: TwitterApiModule,
    private readonly options: XApiOptions
  ) {
    const base = new URL(options.baseUrl)
    this.#agent = base.protocol === 'http:' ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true })
    this.#policy = { ...DEFAULT_RETRY, ...options.retry, rateLimitWaitSeconds: options.rateLimitWaitSeconds, deadline: options.deadline }
  }

  static async create(options: XApiOptions): Promise<XApi> {
    return new XApi(await loadLibrary(), options)
  }

  /** Ends every open connection, so a hung one cannot keep the step alive. */
  close(): void {
    this.#agent.destroy()
  }

  usersMe(c: Credentials): Promise<XResponse<XUser>> {
    return this.#send('GET /2/users/me', this.#userClient(c), (client, args) => client.v2.get('users/me', {}, args) as Promise<FullResponse>)
  }

  /** The App's bearer token, from its API key and secret alone (Basic auth, client_credentials). */
  async oauth2Token(apiKey: Secret, apiSecret: Secret): Promise<XResponse<{ token_type?: string; access_token?: string }>> {
    const client = this.#client(
      `basic:${apiKey.reveal()}:${apiSecret.reveal()}`,
      (lib, settings) => new lib.TwitterApi({ username: apiKey.reveal(), password: apiSecret.reveal() }, settings)
    )
    return this.#send(
      'POST /oauth2/token',
      client,
      (c, args) => c.post('https://api.x.com/oauth2/token', { grant_type: 'client_credentials' }, { ...args, forceBodyMode: 'url' }) as Promise<FullResponse>
    )
  }

  usageTweets(bearer: Secret): Promise<XResponse<XUsage>> {
    const client = this.#client(`bearer:${bearer.reveal()}`, (lib, settings) => new lib.TwitterApi(bearer.reveal(), settings))
    return this.#send('GET /2/usage/tweets', client, (c, args) => c.v2.get('usage/tweets', {}, args) as Promise<FullResponse>)
  }

  /** `onAttemptError` sees every failed attempt: posting needs to know whether one ended ambiguously. */
  createPost(c: Credentials, body: PostBody, onAttemptError?: (error: XApiError) => void): Promise<XResponse<CreatedPost>> {
    return this.#send('POST /2/tweets', this.#userClient(c), (client, args) => client.v2.post('tweets', body, args) as Promise<FullResponse>, onAttemptError)
  }

  mediaInitialize(c: Credentials, body: { media_type: string; total_bytes: number; media_category: string }): Promise<XResponse<MediaState>> {
    return this.#send(
      'POST /2/media/upload/initialize',
      this.#userClient(c),
      (client, args) => client.v2.post('media/upload/initialize', body, args) as Promise<FullResponse>
    )
  }

  /** `body` is a complete multipart form (see AppendForm); it is sent as it is. */
  mediaAppend(c: Credentials, mediaId: string, body: Buffer, contentType: string): Promise<XResponse<unknown>> {
    return this.#send(
      'POST /2/media/upload/{id}/append',
      this.#userClient(c),
      (client, args) =>
        client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/append`, body, {
          ...args,
          forceBodyMode: 'raw',
          headers: { 'content-type': contentType }
        }) as Promise<FullResponse>
    )
  }

  mediaFinalize(c: Credentials, mediaId: string): Promise<XResponse<MediaState>> {
    return this.#send(
      'POST /2/media/upload/{id}/finalize',
      this.#userClient(c),
      (client, args) => client.v2.post(`media/upload/${encodeURIComponent(mediaId)}/finalize`, {}, args) as Promise<FullResponse>
    )
  }

  mediaStatus(c: Credentials, mediaId: string): Promise<XResponse<MediaState>> {
    return this.#send(
      'GET /2/media/upload?command=STATUS',
      this.#userClient(c),
      (client, args) => client.v2.get('media/upload', { command: 'STATUS', media_id: mediaId }, args) as Promise<FullResponse>
    )
  }

  mediaMetadata(c: Credentials, mediaId: string, altText: string): Promise<XResponse<unknown>> {
    return this.#send(
      'POST /2/media/metadata',
      this.#userClient(c),
      (client, args) => client.v2.post('media/metadata', { id: mediaId, metadata: { alt_text: { text: altText } } }, args) as Promise<FullResponse>
    )
  }

  #userClient(c: Credentials): TwitterApiClient {
    const key = `user:${c.apiKey.reveal()}:${c.apiSecret.reveal()}:${c.accessToken.reveal()}:${c.accessSecret.reveal()}`
    return this.#client(
      key,
      (lib, settings) =>
        new lib.TwitterApi(
          { appKey: c.apiKey.reveal(), appSecret: c.apiSecret.reveal(), accessToken: c.accessToken.reveal(), accessSecret: c.accessSecret.reveal() },
          settings
        )
    )
  }

  #client(
    cacheKey: string,
    make: (lib: TwitterApiModule, settings: { plugins: ITwitterApiClientPlugin[]; httpAgent: http.Agent; compression: false }) => TwitterApiClient
  ): TwitterApiClient {
    let client = this.#clients.get(cacheKey)
    if (!client) {
      client = make(this.lib, { plugins: [this.#redirect()], httpAgent: this.#agent, compression: false })
      this.#clients.set(cacheKey, client)
    }
    return client
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
        params.url = params.url.replace(/^https:\/\/(api|upload)\.x\.com/, base)
      },
      onBeforeRequest({ params, requestOptions }) {
        const signal = (params as { signal?: AbortSignal }).signal
        if (signal) (requestOptions as { signal?: AbortSignal }).signal = signal
      }
    }
  }

  async #send<T>(endpoint: string, client: TwitterApiClient, send: Sender, onAttemptError?: (error: XApiError) => void): Promise<XResponse<T>> {
    const timeoutMs = this.options.timeoutMs
    const response = await withRetries(
      endpoint,
      async (attempt) => {
        // A hard bound on the whole attempt: connect, send, and the complete answer.
        const controller = new AbortController()
        const timer = setTimeout(() => controller.abort(), timeoutMs)
        try {
          const res = await send(client, { fullResponse: true, signal: controller.signal } as CallArgs)
          this.#record(endpoint, res.headers)
          return res
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
      (error, attempts) => toXApiError(endpoint, error, attempts),
      this.#policy,
      { onWait: this.options.log, onAttemptError }
    )
    return { data: (response.data as { data?: T })?.data ?? (response.data as T), headers: pickHeaders(response.headers) }
  }

  #record(endpoint: string, raw: Record<string, unknown> | undefined): void {
    const headers = pickHeaders(raw)
    if (headers.date) this.lastServerDate = headers.date
    this.calls.push({ endpoint, headers })
  }
}

export { XApiError }
