/**
 * A hostile X: what a misconfigured gateway, a debugging proxy or a server in
 * X's place can send back, for the leak and injection suites.
 *
 * - `echoAt`: every error body carries the request as the server saw it (each
 *   header, the Authorization header included, and a form body) in each of
 *   its texts (`title`, `detail`, `errors[0].message`, `error_description`),
 *   after `echoAt` characters of X's own words. Moving `echoAt` one character
 *   at a time puts every credential at every offset around a client's cuts.
 * - `inject`: workflow commands, Markdown and HTML wherever X puts text. With
 *   `texts`, in what is free text (error titles and details, display names,
 *   media processing errors): a client must show them inert. With `fields`,
 *   in what has a form (ids, usernames, scopes): a client must refuse them.
 */
import type { IncomingHttpHeaders } from 'node:http'
import type { Reply } from './context.js'
import type { RouteName } from './routes.js'

export interface HostileOptions {
  echoAt?: number
  inject?: 'texts' | 'fields'
  /** Only answers of these routes are hostile (default: every route). */
  routes?: RouteName[]
}

/** What the suites put where X puts text: each would forge something if a client printed or rendered it raw. */
export const INJECTIONS = [
  '::error title=Forged::forged by the server',
  '::warning::forged warning',
  '::add-mask::release_bot',
  '::stop-commands::hostile-token',
  '::set-output name=tweet-id::666',
  '##[error]forged in the old form',
  '%0A::error::forged after an escaped line break',
  '\n::error::forged on a line of its own',
  '\r::notice::forged after a carriage return',
  '</details></table><h1>Forged heading</h1>',
  '![tracker](https://example.invalid/pixel.png)',
  '[innocent text](https://example.invalid/phish)',
  '<img src="https://example.invalid/x.png">',
  '`code` ``` fence ` breaks',
  '| forged | cells |',
  '# heading\n## another',
  '<script>alert(1)</script>',
  '\u001b[31mred terminal text\u001b[0m',
  '\u202eevil reversed'
]

/** One text holding every injection. */
export const INJECTED_TEXT = INJECTIONS.join(' ')

/** Texts of an error body that clients print (`message` is GitHub's). */
const TEXT_FIELDS = ['title', 'detail', 'error_description', 'message'] as const

/**
 * The request as a gateway's error page would echo it: first the credentials
 * it carried, bare, as a server complaining about them would quote them (the
 * Authorization header's token, key and access token, a Basic credential and
 * what it decodes to, the secrets of a form body), then every header, then a
 * form body. Bare values are what only a scrubber that runs before the cut can
 * catch: nothing around them says they are credentials.
 */
function requestDump(headers: IncomingHttpHeaders, body: Buffer): string {
  const lines = [`seen: ${carried(headers, body).join(' ')}`]
  lines.push(...Object.entries(headers).map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(', ') : value}`))
  const type = String(headers['content-type'] ?? '')
  if (type.startsWith('application/x-www-form-urlencoded') && body.length) lines.push(`body: ${body.toString('utf8')}`)
  return lines.join('\n')
}

/** The credentials a request carried, as plain values. */
function carried(headers: IncomingHttpHeaders, body: Buffer): string[] {
  const values: string[] = []
  const authorization = String(headers.authorization ?? '')
  const [scheme, ...rest] = authorization.split(' ')
  const credential = rest.join(' ')
  if (/^(bearer|token)$/i.test(scheme)) values.push(credential)
  if (/^basic$/i.test(scheme)) values.push(credential, Buffer.from(credential, 'base64').toString('utf8'))
  if (/^oauth$/i.test(scheme))
    for (const [, name, value] of credential.matchAll(/(oauth_consumer_key|oauth_token)="([^"]*)"/g)) if (name) values.push(decodeURIComponent(value))
  if (String(headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
    for (const [name, value] of new URLSearchParams(body.toString('utf8'))) if (/token|secret|verifier|client_id/.test(name)) values.push(value)
  return values.filter(Boolean)
}

/** `length` characters of X's own words, repeated as needed, so the echo starts exactly there. */
const padTo = (own: string, length: number) => (own || 'Error').padEnd(length, ` ${own || 'Error'}`).slice(0, length)

/** The reply, turned hostile. */
export function hostileReply(
  options: HostileOptions,
  route: RouteName | 'unknown',
  request: { headers: IncomingHttpHeaders; body: Buffer },
  reply: Reply
): Reply {
  if (options.routes && (route === 'unknown' || !options.routes.includes(route))) return reply
  let body = reply.body
  if (reply.status >= 400 && body && typeof body === 'object' && !Array.isArray(body)) {
    body = hostileErrorBody(options, request, body as Record<string, unknown>)
  } else if (options.inject && reply.status < 300 && body && typeof body === 'object') {
    body = successBody(options.inject, route, body as Record<string, unknown>)
  }
  return { ...reply, body }
}

/** An error body with the request echoed in (and, with `inject: 'texts'`, the injections appended to) each of its texts. */
export function hostileErrorBody(
  options: HostileOptions,
  request: { headers: IncomingHttpHeaders; body: Buffer },
  body: Record<string, unknown>
): Record<string, unknown> {
  const out = { ...body }
  const insert = (own: string) => {
    const parts: string[] = []
    if (options.echoAt !== undefined) parts.push(padTo(own, options.echoAt) + requestDump(request.headers, request.body))
    if (options.inject === 'texts') parts.push(`${own} ${INJECTED_TEXT}`)
    return parts.join(' ') || own
  }
  let touched = false
  for (const field of TEXT_FIELDS) {
    if (typeof out[field] === 'string') {
      out[field] = insert(out[field] as string)
      touched = true
    }
  }
  if (Array.isArray(out.errors) && out.errors[0] && typeof out.errors[0] === 'object') {
    const first = out.errors[0] as Record<string, unknown>
    out.errors = [{ ...first, message: insert(typeof first.message === 'string' ? first.message : '') }, ...out.errors.slice(1)]
    touched = true
  }
  if (!touched) out.detail = insert('')
  return out
}

function successBody(kind: 'texts' | 'fields', route: RouteName | 'unknown', body: Record<string, unknown>): Record<string, unknown> {
  const data = body.data && typeof body.data === 'object' && !Array.isArray(body.data) ? { ...(body.data as Record<string, unknown>) } : undefined
  if (route === 'users/me' && data) {
    if (kind === 'texts') data.name = `Release Bot ${INJECTED_TEXT}`
    else data.username = '::error::forged'
    return { ...body, data }
  }
  if (kind === 'fields' && route === 'tweets' && data) return { ...body, data: { ...data, id: `${data.id}\n::error::forged` } }
  if (kind === 'fields' && route === 'oauth2/user-token' && typeof body.scope === 'string') return { ...body, scope: `${body.scope} ::error::forged` }
  if (kind === 'texts' && data && typeof data.processing_info === 'object' && data.processing_info) {
    const info = data.processing_info as Record<string, unknown>
    if (info.state === 'failed') return { ...body, data: { ...data, processing_info: { ...info, error: { name: 'InvalidMedia', message: INJECTED_TEXT } } } }
  }
  return body
}
