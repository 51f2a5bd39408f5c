/**
 * Where an earlier run left a thread. X's duplicate answer says a text was
 * posted before but not where, so when it comes the action reads the
 * account's latest posts (newest first) and looks for the part by its exact
 * text and its place in the reply chain. Reads are billed per post returned,
 * so the look-back is bounded: at most LOOK_BACK_POSTS posts in at most
 * LOOK_BACK_PAGES requests, read only when X answered "duplicate".
 */
import type { XClient, XPost } from '../../x/api.js'
import { XApiError } from '../../x/errors.js'
import { loadExtractors, type Extractors } from './entities.js'

/** X's largest page; the most posts one resume reads, and so pays for. */
export const LOOK_BACK_POSTS = 100
export const LOOK_BACK_PAGES = 2
/** X's smallest page. */
const MIN_PAGE = 5

export type Lookup =
  | { kind: 'found'; post: XPost }
  /** The text is on X, but not where this thread needs it (another parent, or not a reply where one was needed). */
  | { kind: 'elsewhere'; post: XPost }
  | { kind: 'not-found'; read: number }
  | { kind: 'unreadable'; error: XApiError }

export class PostHistory {
  /** Newest first, as X returns them. */
  private readonly posts: XPost[] = []
  private nextToken?: string
  private pages = 0
  private exhausted = false
  private error?: XApiError

  constructor(
    private readonly x: XClient,
    private readonly userId: string,
    /** The thread's length: the first page holds twice that many posts, since the parts are usually the newest. */
    private readonly threadLength: number
  ) {}

  /** Posts X returned: each one is a billed read. */
  get postsRead(): number {
    return this.posts.length
  }

  get requests(): number {
    return this.pages
  }

  /**
   * The post with this text that replies to `parent` (no parent: a post that replies to nothing), reading
   * further pages while it may still be older than what was read. A reply is newer than its parent, so once
   * the parent itself was read, an older page cannot hold the reply.
   */
  async find(text: string, parent: string | undefined): Promise<Lookup> {
    const extract = await loadExtractors()
    for (;;) {
      const match = this.search(extract, text, parent)
      if (match) return match
      if (this.error) return { kind: 'unreadable', error: this.error }
      const parentRead = parent !== undefined && this.posts.some((p) => p.id === parent)
      if (this.exhausted || parentRead) return this.elsewhere(extract, text) ?? { kind: 'not-found', read: this.posts.length }
      await this.readPage()
    }
  }

  /** Among the posts already read only (no request): the next part of a thread found there. */
  async known(text: string, parent: string): Promise<XPost | undefined> {
    const match = this.search(await loadExtractors(), text, parent)
    return match?.kind === 'found' ? match.post : undefined
  }

  private search(extract: Extractors, text: string, parent: string | undefined): Lookup | undefined {
    const post = this.posts.find((p) => parentOf(p) === parent && sameText(extract, text, p))
    return post ? { kind: 'found', post } : undefined
  }

  private elsewhere(extract: Extractors, text: string): Lookup | undefined {
    const post = this.posts.find((p) => sameText(extract, text, p))
    return post ? { kind: 'elsewhere', post } : undefined
  }

  private async readPage(): Promise<void> {
    const left = LOOK_BACK_POSTS - this.posts.length
    const size = this.pages === 0 ? Math.min(left, Math.max(MIN_PAGE, 2 * this.threadLength)) : left
    try {
      this.pages++
      const page = (await this.x.userPosts(this.userId, { maxResults: Math.max(MIN_PAGE, size), paginationToken: this.nextToken })).data
      this.posts.push(...(page.data ?? []).slice(0, left))
      this.nextToken = page.meta?.next_token
    } catch (error) {
      if (!(error instanceof XApiError)) throw error
      this.error = error
      return
    }
    this.exhausted = !this.nextToken || this.posts.length >= LOOK_BACK_POSTS || this.pages >= LOOK_BACK_PAGES
  }
}

function parentOf(post: XPost): string | undefined {
  return (post.referenced_tweets ?? post.referenced_posts ?? []).find((r) => r.type === 'replied_to')?.id
}

/**
 * Whether X's post holds exactly this text. X sends the text with `&`, `<`
 * and `>` escaped, each URL replaced by a t.co link (its entity says what it
 * stands for), and a t.co link to the attached media at the end; the text is
 * compared with all that undone, URLs without their scheme or trailing slash.
 * Without entities a t.co link stands for any URL, at the same place.
 */
export function sameText(extract: Extractors, text: string, post: XPost): boolean {
  const urls = post.entities?.urls
  const ours = canonical(extract, text.normalize('NFC'), !urls)
  const theirs = urls ? expand(post.text, urls) : post.text
  return [theirs, unescapeHtml(theirs)].some((t) => canonical(extract, t.normalize('NFC'), !urls) === ours)
}

type UrlEntity = NonNullable<NonNullable<XPost['entities']>['urls']>[number]

/**
 * The text with each t.co link put back as the URL it stands for, and the media links left out. Found by
 * the link itself rather than by offsets, which count differently once `&` is escaped.
 */
function expand(text: string, urls: readonly UrlEntity[]): string {
  let out = text
  for (const u of urls) {
    const media = u.media_key !== undefined || /^pic\.(x|twitter)\.com\//.test(u.display_url ?? '')
    if (u.url && out.includes(u.url)) out = out.replace(u.url, () => (media ? '' : (u.expanded_url ?? u.url ?? '')))
  }
  return out
}

/** Trimmed, every URL without scheme and trailing slash, its host in lower case; or, `blind`, every URL as one placeholder. */
function canonical(extract: Extractors, text: string, blind = false): string {
  let out = ''
  let at = 0
  const trimmed = text.trim()
  for (const { url, indices } of extract.urls(trimmed)) {
    out += trimmed.slice(at, indices[0]) + (blind ? '\u0000' : canonicalUrl(url))
    at = indices[1]
  }
  return (out + trimmed.slice(at)).trim()
}

function canonicalUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/\/+$/, '')
  const slash = bare.indexOf('/')
  return slash === -1 ? bare.toLowerCase() : bare.slice(0, slash).toLowerCase() + bare.slice(slash)
}

const unescapeHtml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
