/**
 * OAuth 1.0a HMAC-SHA1 verification, written independently of any client
 * library so that the simulator can catch signing bugs instead of sharing them.
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export type ParamPair = [key: string, value: string]

/** RFC 3986 encoding: only `A-Z a-z 0-9 - . _ ~` stay literal, hex in upper case. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
}

/**
 * Parses `a=1&b=2` the way OAuth 1.0a reads query strings and form bodies:
 * `+` is a space and every name and value is percent-decoded.
 */
export function parseFormEncoded(text: string): ParamPair[] {
  if (!text) return []
  return text
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const eq = part.indexOf('=')
      const rawKey = eq === -1 ? part : part.slice(0, eq)
      const rawValue = eq === -1 ? '' : part.slice(eq + 1)
      return [formDecode(rawKey), formDecode(rawValue)]
    })
}

function formDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ')
  try {
    return decodeURIComponent(spaced)
  } catch {
    // A stray `%` is not an encoding: keep the text so the signature decides.
    return spaced
  }
}

/** Scheme and host in lower case, default port dropped, no query or fragment. */
export function baseStringUri(url: string): string {
  const parsed = new URL(url)
  const scheme = parsed.protocol.toLowerCase()
  const host = parsed.hostname.toLowerCase()
  const defaultPort = (scheme === 'http:' && parsed.port === '80') || (scheme === 'https:' && parsed.port === '443')
  const port = parsed.port && !defaultPort ? ':' + parsed.port : ''
  return `${scheme}//${host}${port}${parsed.pathname}`
}

/**
 * `METHOD&encoded-url&encoded-params`. `params` holds every signed parameter,
 * decoded: query, form body and the `oauth_*` values except `oauth_signature`.
 * Query parameters inside `url` are ignored: pass them in `params`.
 */
export function signatureBaseString(method: string, url: string, params: ParamPair[] | Record<string, string>): string {
  const pairs = Array.isArray(params) ? params : Object.entries(params)
  const normalized = pairs
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  return [method.toUpperCase(), percentEncode(baseStringUri(url)), percentEncode(normalized)].join('&')
}

/** Base64 HMAC-SHA1 keyed with `encode(consumerSecret)&encode(tokenSecret)`. */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret = ''): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`
  return createHmac('sha1', key).update(baseString).digest('base64')
}

/**
 * Reads `OAuth k="v", k2="v2"` (with or without a space after each comma).
 * Values are returned decoded. Returns null when the header is not OAuth or
 * cannot be read, so that callers answer with the generic auth failure.
 */
export function parseOAuthHeader(header: string | undefined): Record<string, string> | null {
  if (!header) return null
  const match = /^\s*OAuth\s+(.*)$/is.exec(header)
  if (!match) return null
  const params: Record<string, string> = {}
  const pattern = /\s*([^=,\s]+)\s*=\s*"([^"]*)"\s*(?:,|$)/gy
  const body = match[1].trim()
  let consumed = 0
  let item: RegExpExecArray | null
  while (consumed < body.length && (item = pattern.exec(body)) !== null) {
    consumed = pattern.lastIndex
    const key = formDecode(item[1])
    // The realm is not a signed parameter (RFC 5849 §3.4.1.3.1).
    if (key === 'realm') continue
    if (key in params) return null
    params[key] = safeDecode(item[2])
  }
  if (consumed < body.length) return null
  return params
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function constantTimeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  if (left.length !== right.length) {
    // Still spend a comparison so that the length is the only thing that leaks.
    timingSafeEqual(left, left)
    return false
  }
  return timingSafeEqual(left, right)
}

export interface OAuthRequest {
  method: string
  /** The URL exactly as the client addressed it, query included. */
  url: string
  authorization: string | undefined
  /** Raw `application/x-www-form-urlencoded` body, or undefined for other bodies. */
  formBody?: string
}

export interface OAuthSecrets {
  consumerSecret: string
  /** Undefined when the token is unknown: the request is then refused. */
  tokenSecret?: string
}

export type OAuthFailure =
  | 'malformed-header'
  | 'unsupported-signature-method'
  | 'missing-token'
  | 'unknown-consumer-key'
  | 'unknown-token'
  | 'timestamp-out-of-window'
  | 'replayed-nonce'
  | 'bad-signature'

export type OAuthVerdict = { ok: true; consumerKey: string; token: string } | { ok: false; reason: OAuthFailure; consumerKey?: string; token?: string }

export interface VerifyOptions {
  /** Server time in seconds. */
  nowSeconds: number
  windowSeconds: number
  /** Looks up secrets; returns null for an unknown consumer key. */
  secretsFor(consumerKey: string, token: string): OAuthSecrets | null
  /** Records a nonce; returns false when it was already seen within the window. */
  rememberNonce?(consumerKey: string, token: string, nonce: string, timestamp: number): boolean
}

/** Verifies a user-context (three-legged) OAuth 1.0a request. */
export function verifyOAuth1(request: OAuthRequest, options: VerifyOptions): OAuthVerdict {
  const oauth = parseOAuthHeader(request.authorization)
  if (!oauth || !oauth.oauth_consumer_key || !oauth.oauth_signature || !oauth.oauth_nonce || !oauth.oauth_timestamp) {
    return { ok: false, reason: 'malformed-header' }
  }
  const consumerKey = oauth.oauth_consumer_key
  const token = oauth.oauth_token ?? ''
  if (oauth.oauth_signature_method !== 'HMAC-SHA1' || (oauth.oauth_version && oauth.oauth_version !== '1.0')) {
    return { ok: false, reason: 'unsupported-signature-method', consumerKey, token }
  }
  if (!token) return { ok: false, reason: 'missing-token', consumerKey }

  const secrets = options.secretsFor(consumerKey, token)
  if (!secrets) return { ok: false, reason: 'unknown-consumer-key', consumerKey, token }

  const timestamp = Number(oauth.oauth_timestamp)
  if (!/^\d+$/.test(oauth.oauth_timestamp) || Math.abs(options.nowSeconds - timestamp) > options.windowSeconds) {
    return { ok: false, reason: 'timestamp-out-of-window', consumerKey, token }
  }

  const url = new URL(request.url)
  const signed: ParamPair[] = [
    ...parseFormEncoded(url.search.slice(1)),
    ...parseFormEncoded(request.formBody ?? ''),
    ...Object.entries(oauth).filter(([k]) => k !== 'oauth_signature')
  ]
  const base = signatureBaseString(request.method, request.url, signed)
  // An unknown token is checked after the signature work so every refusal costs the same.
  const expected = hmacSha1Signature(base, secrets.consumerSecret, secrets.tokenSecret ?? '')
  const signatureMatches = constantTimeEqual(expected, oauth.oauth_signature)
  if (secrets.tokenSecret === undefined) return { ok: false, reason: 'unknown-token', consumerKey, token }
  if (!signatureMatches) return { ok: false, reason: 'bad-signature', consumerKey, token }

  if (options.rememberNonce && !options.rememberNonce(consumerKey, token, oauth.oauth_nonce, timestamp)) {
    return { ok: false, reason: 'replayed-nonce', consumerKey, token }
  }
  return { ok: true, consumerKey, token }
}
