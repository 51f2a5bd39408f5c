/**
 * What X reads in a post besides its length, found by twitter-text's own
 * extractors, as X finds them: cashtags (X refuses more than one per post
 * from a self-serve App), mentions (X restricts mentions of uninvolved
 * accounts) and URLs (a post with a URL is the expensive kind). Loaded on
 * first use, one extractor file each, like parseTweet.
 */
import { useUserlandPunycode } from './userland-punycode.js'

type Default<T> = T | { default: T }
const unwrap = <T>(m: { default: Default<T> }): T => {
  const inner = m.default
  return typeof inner === 'function' ? inner : (inner as { default: T }).default
}

export interface Extractors {
  cashtags(text: string): { cashtag: string; indices: [number, number] }[]
  mentions(text: string): { screenName: string; indices: [number, number] }[]
  urls(text: string): { url: string; indices: [number, number] }[]
}

let extractors: Promise<Extractors> | undefined

export function loadExtractors(): Promise<Extractors> {
  useUserlandPunycode()
  extractors ??= Promise.all([
    import('twitter-text/dist/extractCashtagsWithIndices.js'),
    import('twitter-text/dist/extractMentionsWithIndices.js'),
    import('twitter-text/dist/extractUrlsWithIndices.js')
  ]).then(([cashtags, mentions, urls]) => ({
    cashtags: unwrap(cashtags) as Extractors['cashtags'],
    mentions: unwrap(mentions) as Extractors['mentions'],
    urls: unwrap(urls) as Extractors['urls']
  }))
  return extractors
}

export interface TextEntities {
  /** As written, with their `$`, in order of appearance. */
  cashtags: string[]
  /** As written, with their `@`, each once. */
  mentions: string[]
  urls: string[]
}

export async function extractEntities(text: string): Promise<TextEntities> {
  const x = await loadExtractors()
  return {
    cashtags: x.cashtags(text).map((c) => `$${c.cashtag}`),
    mentions: [...new Set(x.mentions(text).map((m) => `@${m.screenName}`))],
    urls: x.urls(text).map((u) => u.url)
  }
}
