/**
 * Helpers for talking to the simulator: a plugin that points twitter-api-v2 at
 * it, and a small signed HTTP client for requests a library would not send
 * (exact statuses, hand-made headers, tampered signatures).
 */
import { randomBytes } from 'node:crypto'
import { hmacSha1Signature, type ParamPair, parseFormEncoded, percentEncode, signatureBaseString } from './oauth1.js'

/**
 * twitter-api-v2 plugin: rewrites its hard-coded X hosts to `baseUrl`. Use it
 * with `httpAgent: new http.Agent()`, since the simulator speaks plain HTTP.
 */
export function xApiRedirect(baseUrl: string) {
  return {
    onBeforeRequestConfig({ params }: { params: { url: string } }) {
      params.url = params.url.replace('https://api.x.com', baseUrl).replace('https://upload.x.com', baseUrl)
    }
  }
}

export interface OAuth1Keys {
  apiKey: string
  apiSecret: string
  accessToken: string
  accessSecret: string
}

export type SimAuth =
  { oauth1: OAuth1Keys; timestamp?: number; nonce?: string; separator?: ',' | ', ' } | { bearer: string } | { basic: { username: string; password: string } }

export interface SimRequest {
  method?: string
  /** Path with optional query, e.g. `/2/users/me?user.fields=created_at`. */
  path: string
  json?: unknown
  /** Sent as `application/x-www-form-urlencoded` (and signed, as OAuth 1.0a requires). */
  form?: Record<string, string>
  /** Sent as `multipart/form-data`. */
  multipart?: Record<string, string | Buffer>
  /** Sent as it is (set the content type in `headers`). */
  raw?: string | Buffer
  auth?: SimAuth
  headers?: Record<string, string>
  timeoutMs?: number
}

export interface SimResponse<T = unknown> {
  status: number
  headers: Headers
  text: string
  /** Parsed JSON, or undefined when the body is not JSON. */
  body: T
}

/** Builds an OAuth 1.0a `Authorization` header for `url` (query included) and any form parameters. */
export function oauth1Header(
  method: string,
  url: string,
  keys: OAuth1Keys,
  options: { form?: ParamPair[]; timestamp?: number; nonce?: string; separator?: ',' | ', ' } = {}
): string {
  const oauth: Record<string, string> = {
    oauth_consumer_key: keys.apiKey,
    oauth_nonce: options.nonce ?? randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(options.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_token: keys.accessToken,
    oauth_version: '1.0'
  }
  const query = parseFormEncoded(new URL(url).search.slice(1))
  const base = signatureBaseString(method, url, [...query, ...(options.form ?? []), ...Object.entries(oauth)])
  oauth.oauth_signature = hmacSha1Signature(base, keys.apiSecret, keys.accessSecret)
  return (
    'OAuth ' +
    Object.entries(oauth)
      .map(([k, v]) => `${percentEncode(k)}="${percentEncode(v)}"`)
      .join(options.separator ?? ', ')
  )
}

export async function simRequest<T = unknown>(baseUrl: string, request: SimRequest): Promise<SimResponse<T>> {
  const hasBody = [request.json, request.form, request.multipart, request.raw].some((b) => b !== undefined)
  const method = (request.method ?? (hasBody ? 'POST' : 'GET')).toUpperCase()
  const url = baseUrl + request.path
  const headers: Record<string, string> = {}
  let body: string | Buffer | undefined
  let form: ParamPair[] | undefined
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json;charset=UTF-8'
    body = JSON.stringify(request.json)
  } else if (request.form) {
    form = Object.entries(request.form)
    headers['content-type'] = 'application/x-www-form-urlencoded;charset=UTF-8'
    body = form.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&')
  } else if (request.multipart) {
    const boundary = '----simulator' + randomBytes(8).toString('hex')
    headers['content-type'] = `multipart/form-data; boundary=${boundary}`
    body = multipartBody(boundary, request.multipart)
  } else if (request.raw !== undefined) {
    body = request.raw
  }
  const auth = request.auth
  if (auth && 'oauth1' in auth) {
    headers.authorization = oauth1Header(method, url, auth.oauth1, { ...auth, form })
  } else if (auth && 'bearer' in auth) {
    headers.authorization = `Bearer ${auth.bearer}`
  } else if (auth && 'basic' in auth) {
    const pair = `${encodeURIComponent(auth.basic.username)}:${encodeURIComponent(auth.basic.password)}`
    headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`
  }
  const response = await fetch(url, {
    method,
    headers: { ...headers, ...request.headers },
    body,
    signal: request.timeoutMs ? AbortSignal.timeout(request.timeoutMs) : undefined
  })
  const text = await response.text()
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: response.status, headers: response.headers, text, body: parsed as T }
}

function multipartBody(boundary: string, fields: Record<string, string | Buffer>): Buffer {
  const chunks: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) {
    const type = Buffer.isBuffer(value) ? 'Content-Type: application/octet-stream\r\n' : ''
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n${type}\r\n`))
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return Buffer.concat(chunks)
}
