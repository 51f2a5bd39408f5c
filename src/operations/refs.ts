/** A post named by an input: its id, or its address on x.com or twitter.com. Posting (`reply-to`, `quote`) and deleting read them alike. */
import { InputError } from '../diagnoses/input-error.js'

const POST_ID = /^\d{1,19}$/
const X_HOSTS = new Set(['x.com', 'twitter.com'])
const HOST_PREFIXES = /^(?:www\.|mobile\.)/
// People often paste "x.com/user/status/1" without the scheme.
const SCHEMELESS_X_URL = /^(?:www\.|mobile\.)?(?:x|twitter)\.com\//i

/** `reply-to`, `quote`, an entry of `delete`: a post id (1–19 digits) or a status URL on x.com / twitter.com (with or without www./mobile., http or https, trailing path like /photo/1, query or fragment allowed). Returns the id; '' for empty. Throws InputError(input, ...) otherwise, describing the accepted forms. */
export function parsePostRef(value: string, input: string, where = `\`${input}\``): string {
  const trimmed = value.trim()
  if (trimmed === '') return ''
  if (/^\d+$/.test(trimmed)) {
    if (POST_ID.test(trimmed)) return trimmed
    throw refError(input, where, `a post id has at most 19 digits; this one has ${trimmed.length}`)
  }

  const url = parseUrl(trimmed)
  if (url === undefined) throw refError(input, where, 'it is neither a post id nor a URL')
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refError(input, where, 'the URL is not http or https')
  if (!X_HOSTS.has(url.hostname.replace(HOST_PREFIXES, ''))) throw refError(input, where, 'the URL is not on x.com or twitter.com')

  const id = statusIdFromPath(url.pathname)
  if (id === undefined) throw refError(input, where, "the URL is not a post's address (…/status/<id>)")
  return id
}

function parseUrl(text: string): URL | undefined {
  const withScheme = SCHEMELESS_X_URL.test(text) ? `https://${text}` : text
  try {
    return new URL(withScheme)
  } catch {
    return undefined
  }
}

/** `/<user>/status/<id>[/…]`, also the legacy `/<user>/statuses/<id>` and `/i/web/status/<id>`. */
function statusIdFromPath(pathname: string): string | undefined {
  const segments = pathname.split('/').filter((s) => s !== '')
  const start = segments[0] === 'i' && segments[1] === 'web' ? 1 : 0
  const [, keyword, id] = segments.slice(start)
  if ((keyword === 'status' || keyword === 'statuses') && id !== undefined && POST_ID.test(id)) return id
  return undefined
}

function refError(input: string, where: string, problem: string): InputError {
  return new InputError(
    input,
    `${where}: ${problem}. Give a post id (up to 19 digits, e.g. 1668910101351272448) or the post's URL, ` +
      'e.g. https://x.com/user/status/1668910101351272448.'
  )
}
