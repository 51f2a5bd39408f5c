import { InputError } from './errors.js'
import { DEFAULT_BASE_URL } from './x/endpoint.js'

export type AccessLevel = 'read' | 'read-write' | 'read-write-directmessages'
export const ACCESS_LEVELS: readonly AccessLevel[] = ['read', 'read-write', 'read-write-directmessages']

/** How much a level allows; unknown levels rank below `read`. */
export function levelRank(level: string | undefined): number {
  switch (level) {
    case 'read':
      return 0
    case 'read-write':
      return 1
    case 'read-write-directmessages':
    case 'read-write-privatemessages':
      return 2
    default:
      return -1
  }
}

export type OnDuplicate = 'skip' | 'fail'

export interface PostInputs {
  tweet: string
  tweetFile: string
  media: string
  mediaAltText: string
  replyTo: string
  quote: string
}

export interface Settings {
  permission: AccessLevel
  expectUsername?: string
  apiBaseUrl: string
  timeoutMs: number
  rateLimitWaitSeconds: number
  dryRun: boolean
  onDuplicate: OnDuplicate
  /** Present when the run posts (or, in a dry run, would post). */
  post?: PostInputs
  workspace: string
}

export const INPUT_DEFAULTS = {
  permission: 'read-write',
  'api-base-url': DEFAULT_BASE_URL,
  'timeout-seconds': '30',
  'rate-limit-wait-seconds': '60',
  'dry-run': 'false',
  'on-duplicate': 'skip'
} as const

const MAX = { line: 2048, tweet: 100_000 }

/** Reads every input but the credentials, checks each once, and returns one typed settings object. */
export function readSettings(get: (name: string) => string, env: NodeJS.ProcessEnv): { settings?: Settings; errors: InputError[] } {
  const errors: InputError[] = []
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error) {
      if (error instanceof InputError) errors.push(error)
      else throw error
      return fallback
    }
  }
  const line = (name: keyof typeof INPUT_DEFAULTS | string) => singleLine(name, get(name), (INPUT_DEFAULTS as Record<string, string>)[name] ?? '')

  const permission = attempt(() => oneOf('permission', line('permission'), ACCESS_LEVELS), 'read-write')
  const expectUsername = attempt(() => username(line('expect-username')), undefined)
  const apiBaseUrl = attempt(() => baseUrl(line('api-base-url')), DEFAULT_BASE_URL)
  const timeoutSeconds = attempt(() => seconds('timeout-seconds', line('timeout-seconds'), { min: 0.1, max: 600 }), 30)
  const rateLimitWaitSeconds = attempt(() => seconds('rate-limit-wait-seconds', line('rate-limit-wait-seconds'), { min: 0, max: 3600 }), 60)
  const dryRun = attempt(() => bool('dry-run', line('dry-run')), false)
  const onDuplicate = attempt(() => oneOf('on-duplicate', line('on-duplicate'), ['skip', 'fail'] as const), 'skip')
  const post = attempt(() => postInputs(get, line), undefined)
  const workspace = env.GITHUB_WORKSPACE?.trim() || process.cwd()

  if (errors.length) return { errors }
  return {
    errors,
    settings: {
      permission,
      expectUsername,
      apiBaseUrl,
      timeoutMs: Math.round(timeoutSeconds * 1000),
      rateLimitWaitSeconds,
      dryRun,
      onDuplicate,
      post,
      workspace
    }
  }
}

function postInputs(get: (name: string) => string, line: (name: string) => string): PostInputs | undefined {
  const tweet = multiLine('tweet', get('tweet'), MAX.tweet)
  const tweetFile = line('tweet-file')
  const media = multiLine('media', get('media'), MAX.line * 4)
  const mediaAltText = multiLine('media-alt-text', get('media-alt-text'), 8 * 1000 + 8)
  const replyTo = line('reply-to')
  const quote = line('quote')
  if (tweet.trim() && tweetFile) throw new InputError('tweet-file', 'Give either `tweet` or `tweet-file`, not both.')
  const posting = tweet.trim() || tweetFile || media.trim()
  if (!posting) {
    for (const [name, value] of [
      ['media-alt-text', mediaAltText],
      ['reply-to', replyTo],
      ['quote', quote]
    ] as const) {
      if (value.trim()) throw new InputError(name, `\`${name}\` is set but there is nothing to post: give \`tweet\`, \`tweet-file\` or \`media\`.`)
    }
    return undefined
  }
  return { tweet, tweetFile, media, mediaAltText, replyTo, quote }
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** A one-line input: trimmed; never quoted, multi-line, control characters or absurdly long. The value is not echoed. */
export function singleLine(name: string, raw: string, fallback = '', max = MAX.line): string {
  const value = raw.trim()
  if (!value) return fallback
  if (/[\r\n]/.test(value)) throw new InputError(name, `\`${name}\` must be a single line; it has ${value.split(/\r\n|\r|\n/).length} lines.`)
  if (CONTROL.test(value) || value.includes('\t')) throw new InputError(name, `\`${name}\` contains control characters.`)
  if (value.length > max) throw new InputError(name, `\`${name}\` is ${value.length} characters long; at most ${max} are accepted.`)
  if (/^(["']).*\1$/s.test(value) && value.length >= 2)
    throw new InputError(name, `\`${name}\` is wrapped in quotes; remove them (YAML needs no quotes around this value).`)
  return value
}

function multiLine(name: string, raw: string, max: number): string {
  if (CONTROL.test(raw)) throw new InputError(name, `\`${name}\` contains control characters.`)
  if (raw.length > max) throw new InputError(name, `\`${name}\` is ${raw.length} characters long; at most ${max} are accepted.`)
  return raw
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((a) => a === value.toLowerCase())
  if (!match) throw new InputError(name, `\`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`)
  return match
}

function bool(name: string, value: string): boolean {
  // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `\`${name}\` must be \`true\` or \`false\`.`)
}

function seconds(name: string, value: string, range: { min: number; max: number }): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InputError(name, `\`${name}\` must be a number of seconds, like \`30\`.`)
  const n = Number(value)
  if (n < range.min || n > range.max) throw new InputError(name, `\`${name}\` must be between ${range.min} and ${range.max} seconds.`)
  return n
}

function username(value: string): string | undefined {
  if (!value) return undefined
  const name = value.replace(/^@/, '')
  if (!/^[A-Za-z0-9_]{1,15}$/.test(name))
    throw new InputError('expect-username', '`expect-username` must be an X username: 1 to 15 letters, digits or underscores, with or without a leading `@`.')
  return name
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/** `https://` anywhere; `http://` only to this machine, so credentials never travel in clear text. */
export function baseUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InputError('api-base-url', '`api-base-url` is not a URL; use the form `https://api.x.com`.')
  }
  if (url.username || url.password) throw new InputError('api-base-url', '`api-base-url` must not contain a user name or password.')
  if (url.search || url.hash) throw new InputError('api-base-url', '`api-base-url` must not have a query or fragment.')
  if (url.protocol === 'https:') return url.href.replace(/\/+$/, '')
  if (url.protocol === 'http:') {
    if (LOOPBACK.test(url.hostname)) return url.href.replace(/\/+$/, '')
    throw new InputError(
      'api-base-url',
      '`api-base-url` uses http:// to a host that is not this machine; credentials would travel in clear text. Use https://, or http:// only with localhost, 127.0.0.0/8 or [::1].'
    )
  }
  throw new InputError('api-base-url', `\`api-base-url\` must start with https:// (it uses ${url.protocol.replace(':', '')}).`)
}
