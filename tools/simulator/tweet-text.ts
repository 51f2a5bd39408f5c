/**
 * The server side of post length: close to twitter-text v3 (weights by code
 * point range, URLs count 23, emoji count 2) without depending on it, so the
 * simulator stays an independent judge of the Action's own counting.
 */
import { createHash } from 'node:crypto'

export const MAX_WEIGHTED_LENGTH = 280
/** For an account with an X subscription (Basic, Premium, PremiumPlus). */
export const MAX_LONG_POST_LENGTH = 25_000
const URL_WEIGHT = 23

/** Ranges that weigh 1 (twitter-text `configs.version3`); everything else weighs 2. */
const LIGHT_RANGES: Array<[number, number]> = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037]
]

/** Schemed URLs, plus bare domains on common TLDs (twitter-text counts those too). */
const URL_PATTERN = /\bhttps?:\/\/[^\s]+|(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|dev|co|app|me|ly|info|edu|gov)\b(?:\/[^\s]*)?/giu

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

function codePointWeight(cp: number): number {
  return LIGHT_RANGES.some(([start, end]) => cp >= start && cp <= end) ? 1 : 2
}

export function weightedLength(text: string): number {
  const normalized = text.normalize('NFC')
  let urls = 0
  const withoutUrls = normalized.replace(URL_PATTERN, () => {
    urls += 1
    return ''
  })
  let weight = urls * URL_WEIGHT
  for (const { segment } of graphemes.segment(withoutUrls)) {
    if (EMOJI.test(segment)) {
      weight += 2
      continue
    }
    for (const char of segment) weight += codePointWeight(char.codePointAt(0) ?? 0)
  }
  return weight
}

/** X returns posted text with every URL replaced by a t.co link. */
export function shortenUrls(text: string): string {
  return text.replace(URL_PATTERN, tcoLink)
}

/** Each URL of the text, in order, with the t.co link X puts in its place. */
export function tcoLinks(text: string): { url: string; short: string }[] {
  return [...text.matchAll(URL_PATTERN)].map(([url]) => ({ url, short: tcoLink(url) }))
}

/** The same t.co link for the same URL, as X's shortener gives. */
export function tcoLink(url: string): string {
  const slug = createHash('sha256')
    .update(url)
    .digest('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 10)
  return `https://t.co/${slug}`
}
