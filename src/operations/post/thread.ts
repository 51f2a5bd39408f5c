import type { ParseTweetOptions } from 'twitter-text'
import { InputError } from '../../diagnoses/input-error.js'
import { number } from '../../report/markdown.js'
import { extractEntities, loadExtractors, type TextEntities } from './entities.js'
import { LONG_POST_LIMIT, STANDARD_LIMIT } from './limits.js'
import { useUserlandPunycode } from './userland-punycode.js'

export interface ThreadPart {
  /** 1-based position in the thread. */
  index: number
  /** NFC-normalised, as it will be posted. */
  text: string
  weightedLength: number
  valid: boolean
  /** Cashtags, mentions and URLs, as X reads them. */
  entities: TextEntities
}

/** What twitter-text measures: the weighted length and whether X would accept the text. */
export interface TweetMeasure {
  weightedLength: number
  valid: boolean
}

/** A twitter-text length config (`configs.version2` etc.); omitted means X's current (v3) rules. */
export type TweetLengthConfig = ParseTweetOptions

/**
 * A part longer than this is refused before it is measured: X counts every URL
 * as 23 characters whatever its length, so a valid post can hold more
 * characters than its weight, but none of twice the longest post any account
 * may make would fit.
 */
export const MAX_PART_CHARACTERS = 2 * LONG_POST_LIMIT
/**
 * Above this a part is measured in pieces cut at whitespace (see `pieces`):
 * twitter-text's URL matching takes time growing faster than its input (a
 * 40,000-character `a.a.a.…` takes seconds), so only short texts go to it whole.
 */
const WHOLE_CHARACTERS = 2500
const PIECE_CHARACTERS = 1000
/** X has no documented thread limit; this cap catches a runaway file before dozens of posts go out. */
const MAX_THREAD_PARTS = 25

type ParseTweet = typeof import('twitter-text').parseTweet
let parser: Promise<ParseTweet> | undefined

/**
 * Loaded on first use, so a run that only checks credentials never pays for
 * twitter-text; and only parseTweet, not the whole library (its autolink and
 * extract modules and their polyfills), as posting waits for it.
 */
function loadParseTweet(): Promise<ParseTweet> {
  useUserlandPunycode()
  parser ??= import('twitter-text/dist/parseTweet.js').then(({ default: m }) => (typeof m === 'function' ? m : m.default))
  return parser
}

/** Starts loading the parser and the extractors without waiting, so they load while files are read. */
export function preloadParser(): void {
  loadParseTweet().catch(() => undefined)
  loadExtractors().catch(() => undefined)
}

const SEPARATOR_LINE = /^[ \t]*---[ \t]*$/
const LEADING_BLANK_LINES = /^(?:[ \t]*\n)+/
const BYTE_ORDER_MARK = '\uFEFF'
// twitter-text rejects these code points outright (hasInvalidCharacters).
const INVALID_CHARACTERS = /[\uFFFE\uFEFF\uFFFF]/u

/** Splits on lines holding only `---` (surrounding spaces/tabs on that line allowed; CRLF and CR normalised to LF), trims blank lines and trailing whitespace around each part (keep inner newlines), NFC-normalises. */
export function splitThread(text: string): string[] {
  // Editors on Windows save files with a byte order mark; twitter-text would call it an invalid character.
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text
  const normalised = withoutBom.replace(/\r\n?/g, '\n').normalize('NFC')
  if (normalised.trim() === '') return []

  const parts: string[][] = [[]]
  for (const line of normalised.split('\n')) {
    if (SEPARATOR_LINE.test(line)) parts.push([])
    else parts[parts.length - 1].push(line)
  }
  return parts.map((lines) => lines.join('\n').replace(LEADING_BLANK_LINES, '').trimEnd())
}

/** Weighted length and validity as X counts them (twitter-text parseTweet). */
export async function measureTweet(text: string, config?: TweetLengthConfig): Promise<TweetMeasure> {
  const parseTweet = await loadParseTweet()
  const { weightedLength, valid } = parseTweet(text, config)
  return { weightedLength, valid }
}

/** Weighted length as X counts it (twitter-text parseTweet; default v3 config unless `config` is given). */
export async function weightedLength(text: string, config?: TweetLengthConfig): Promise<number> {
  return (await measureTweet(text, config)).weightedLength
}

/**
 * input: the input name the text came from ('tweet' or 'tweet-file'). Throws InputError(input, ...) for: no text
 * at all; an empty part; more than 25 parts; a character twitter-text calls invalid (U+FFFE, U+FEFF, U+FFFF);
 * parts over 25,000 (the most any account may post), all named in one message; parts with more than one cashtag.
 * Returns the parts otherwise: each is held to the account's own limit once X named it (limits.ts).
 */
export async function prepareThread(text: string, input: 'tweet' | 'tweet-file'): Promise<ThreadPart[]> {
  const texts = splitThread(text)
  checkShape(texts, input)
  checkCharacterCounts(texts, input)

  const parts = await Promise.all(texts.map((partText, i) => measurePart(i + 1, partText)))
  checkCharacters(parts, input)
  checkLengths(parts, input)
  checkCashtags(parts, input)
  checkRepeats(parts, input)
  return parts
}

/** X refuses a post whose text equals a recent one of the account: a thread repeating a part would stop there, half-posted. */
function checkRepeats(parts: ThreadPart[], input: string): void {
  const repeats = parts.flatMap((p) => {
    const earlier = parts.find((q) => q.index < p.index && q.text === p.text)
    return earlier ? [`part ${p.index} repeats part ${earlier.index}`] : []
  })
  if (repeats.length === 0) return
  throw new InputError(
    input,
    `\`${input}\`: ${listWords(repeats)} of ${parts.length}; X refuses a post whose text equals an earlier one of the account, so the thread would stop there. Make each part different.`,
    'duplicate-content'
  )
}

export async function measurePart(index: number, text: string): Promise<ThreadPart> {
  if (text.length <= WHOLE_CHARACTERS) {
    const [measure, entities] = await Promise.all([measureTweet(text), extractEntities(text)])
    return { index, text, ...measure, entities }
  }
  const measured = await Promise.all(pieces(text).map((piece) => Promise.all([measureTweet(piece), extractEntities(piece)])))
  const weighted = measured.reduce((sum, [m]) => sum + m.weightedLength, 0)
  const entities: TextEntities = {
    cashtags: measured.flatMap(([, e]) => e.cashtags),
    mentions: [...new Set(measured.flatMap(([, e]) => e.mentions))],
    urls: measured.flatMap(([, e]) => e.urls)
  }
  return { index, text, weightedLength: weighted, valid: weighted <= STANDARD_LIMIT && !INVALID_CHARACTERS.test(text), entities }
}

/**
 * The text cut after whitespace into pieces of at most PIECE_CHARACTERS. No
 * URL, mention, cashtag or emoji spans whitespace, so the pieces' weighted
 * lengths add up to the whole's and their entities are the whole's. A run of
 * more than PIECE_CHARACTERS without whitespace is cut where it is long: only
 * a URL that long would then count more than its 23.
 */
export function pieces(text: string, max = PIECE_CHARACTERS): string[] {
  const out: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + max)
    if (end < text.length) {
      const cut = Math.max(text.lastIndexOf(' ', end - 1), text.lastIndexOf('\n', end - 1), text.lastIndexOf('\t', end - 1))
      if (cut >= start) end = cut + 1
      // Never between the two halves of a UTF-16 pair.
      else if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--
    }
    out.push(text.slice(start, end))
    start = end
  }
  return out
}

/** X refuses a post from a self-serve App with more than one cashtag; counted as twitter-text's extractor counts them. */
function checkCashtags(parts: ThreadPart[], input: string): void {
  const over = parts.filter((p) => p.entities.cashtags.length > 1)
  if (over.length === 0) return
  const which = over.map((p) => `${partName(p, parts.length)} has ${p.entities.cashtags.length} (${p.entities.cashtags.join(', ')})`)
  throw new InputError(
    input,
    `\`${input}\`: X allows at most one cashtag (\`$\` followed by letters, as in \`$HOME\`) per post, and ${listWords(which)}. Nothing was sent.`,
    'too-many-cashtags'
  )
}

function checkShape(texts: string[], input: string): void {
  if (texts.length === 0) {
    throw new InputError(input, `\`${input}\`: there is no text to post.`)
  }
  if (texts.every((t) => t === '')) {
    throw new InputError(input, `\`${input}\`: there is no text to post, only \`---\` separator lines.`)
  }
  if (texts.length > MAX_THREAD_PARTS) {
    throw new InputError(
      input,
      `\`${input}\`: the thread has ${texts.length} parts; this action posts at most ${MAX_THREAD_PARTS} ` +
        `(a safety cap against a stray file, not an X limit). Split it into several runs.`
    )
  }
  const empty = texts.flatMap((t, i) => (t === '' ? [i + 1] : []))
  if (empty.length > 0) {
    const which = empty.length === 1 ? `part ${empty[0]}` : `parts ${listWords(empty.map(String))}`
    throw new InputError(
      input,
      `\`${input}\`: ${which} of ${texts.length} ${empty.length === 1 ? 'is' : 'are'} empty ` +
        `(two \`---\` lines in a row, or a \`---\` line at the start or end).`
    )
  }
}

/** Parts refused by their length in characters alone, before twitter-text measures anything. */
function checkCharacterCounts(texts: string[], input: string): void {
  const over = texts.flatMap((t, i) => (t.length > MAX_PART_CHARACTERS ? [{ index: i + 1, length: t.length }] : []))
  if (over.length === 0) return
  const which = over.map((p) => `${texts.length === 1 ? 'the text' : `part ${p.index} of ${texts.length}`} is ${number(p.length)} characters long`)
  throw new InputError(
    input,
    `\`${input}\`: ${listWords(which)}; a post holds ${STANDARD_LIMIT} weighted characters (${number(LONG_POST_LIMIT)} with an X subscription; a URL counts 23), and none is anywhere near ${number(MAX_PART_CHARACTERS)}, so ${over.length === 1 ? 'it was' : 'they were'} not counted. To post a thread, separate the posts with lines holding only \`---\`.`,
    'text-too-long'
  )
}

function checkCharacters(parts: ThreadPart[], input: string): void {
  for (const part of parts) {
    const found = INVALID_CHARACTERS.exec(part.text)
    if (found) {
      const codePoint = (found[0].codePointAt(0) ?? 0).toString(16).toUpperCase()
      throw new InputError(input, `\`${input}\`: ${partName(part, parts.length)} contains U+${codePoint}, a character X does not accept; remove it.`)
    }
  }
}

function checkLengths(parts: ThreadPart[], input: string): void {
  const tooLong = parts.filter((p) => p.weightedLength > LONG_POST_LIMIT)
  if (tooLong.length === 0) return

  const rule = `as X counts them (weighted: URLs 23, CJK and emoji 2); the limit is ${number(LONG_POST_LIMIT)} even for an account with an X subscription (${STANDARD_LIMIT} without one)`
  if (parts.length === 1) {
    throw new InputError(
      input,
      `\`${input}\`: the text is ${number(parts[0].weightedLength)} characters ${rule}. To post a thread, separate the posts with lines holding only \`---\`.`,
      'text-too-long'
    )
  }
  const lengths = tooLong.map((p) => `${partName(p, parts.length)} is ${number(p.weightedLength)} characters`)
  throw new InputError(input, `\`${input}\`: ${listWords(lengths)} ${rule}.`, 'text-too-long')
}

export function partName(part: Pick<ThreadPart, 'index'>, total: number): string {
  return total === 1 ? 'the text' : `part ${part.index} of ${total}`
}

/** ['a'] → 'a'; ['a', 'b'] → 'a and b'; ['a', 'b', 'c'] → 'a, b and c'. */
export function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
