/**
 * The rules of one input: each takes the input's name and raw value and
 * returns the value as the run uses it, or throws an InputError that names
 * the input in backticks, then the rule. The value is never echoed.
 */
import { InputError } from '../diagnoses/input-error.js'

export const MAX_LINE = 2048

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

/** A one-line input: trimmed; never quoted, multi-line, control characters or absurdly long. */
export function singleLine(name: string, raw: string, fallback = '', max = MAX_LINE): string {
  const value = raw.trim()
  if (!value) return fallback
  if (/[\r\n]/.test(value)) throw new InputError(name, `\`${name}\` must be a single line; it has ${value.split(/\r\n|\r|\n/).length} lines.`)
  if (CONTROL.test(value) || value.includes('\t')) throw new InputError(name, `\`${name}\` contains control characters.`)
  if (value.length > max) throw new InputError(name, `\`${name}\` is ${value.length} characters long; at most ${max} are accepted.`)
  if (/^(["']).*\1$/s.test(value) && value.length >= 2)
    throw new InputError(name, `\`${name}\` is wrapped in quotes; remove them (YAML needs no quotes around this value).`)
  return value
}

/** A multi-line input, as given: no control characters, bounded length. */
export function multiLine(name: string, raw: string, max: number): string {
  if (CONTROL.test(raw)) throw new InputError(name, `\`${name}\` contains control characters.`)
  if (raw.length > max) throw new InputError(name, `\`${name}\` is ${raw.length} characters long; at most ${max} are accepted.`)
  return raw
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  const match = allowed.find((a) => a === value.toLowerCase())
  if (!match) throw new InputError(name, `\`${name}\` must be one of ${allowed.map((a) => `\`${a}\``).join(', ')}.`)
  return match
}

/** The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them. */
export function bool(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  throw new InputError(name, `\`${name}\` must be \`true\` or \`false\`.`)
}

export function seconds(name: string, value: string, range: { min: number; max: number }): number {
  if (!/^\d+(\.\d+)?$/.test(value)) throw new InputError(name, `\`${name}\` must be a number of seconds, like \`30\`.`)
  const n = Number(value)
  if (n < range.min || n > range.max) throw new InputError(name, `\`${name}\` must be between ${range.min} and ${range.max} seconds.`)
  return n
}

/** X's username rule: 1 to 15 letters, digits or underscores; a leading `@` is dropped. */
export function username(name: string, value: string): string | undefined {
  if (!value) return undefined
  const bare = value.replace(/^@/, '')
  if (!/^[A-Za-z0-9_]{1,15}$/.test(bare))
    throw new InputError(name, `\`${name}\` must be an X username: 1 to 15 letters, digits or underscores, with or without a leading \`@\`.`)
  return bare
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
  // A bare `?` or `#` leaves url.search and url.hash empty, yet every request path would follow it and be lost.
  if (url.search || url.hash || /[?#]/.test(value)) throw new InputError('api-base-url', '`api-base-url` must not have a query or fragment.')
  const base = `${url.origin}${url.pathname}`.replace(/\/+$/, '')
  if (url.protocol === 'https:') return base
  if (url.protocol === 'http:') {
    if (LOOPBACK.test(url.hostname)) return base
    throw new InputError(
      'api-base-url',
      '`api-base-url` uses http:// to a host that is not this machine; credentials would travel in clear text. Use https://, or http:// only with localhost, 127.0.0.0/8 or [::1].'
    )
  }
  throw new InputError('api-base-url', `\`api-base-url\` must start with https:// (it uses ${url.protocol.replace(':', '')}).`)
}
