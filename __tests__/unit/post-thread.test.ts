import { InputError } from '../../src/diagnoses/input-error.js'
import { LONG_POST_LIMIT, STANDARD_LIMIT } from '../../src/operations/post/limits.js'
import { prepareThread, splitThread, weightedLength } from '../../src/operations/post/thread.js'

async function rejection(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('splitting a thread', () => {
  test('a single tweet without separators is one part', () => {
    expect(splitThread('Hello, world!')).toEqual(['Hello, world!'])
  })

  test('lines holding only --- separate the posts', () => {
    expect(splitThread('first\n---\nsecond\n---\nthird')).toEqual(['first', 'second', 'third'])
  })

  test('spaces and tabs around --- on its line are allowed', () => {
    expect(splitThread('first\n  ---\t\nsecond')).toEqual(['first', 'second'])
  })

  test('--- inside a line, or longer dashes, are text', () => {
    expect(splitThread('a --- b\n----\nc')).toEqual(['a --- b\n----\nc'])
  })

  test('Windows (CRLF) and old Mac (CR) line endings split the same way', () => {
    expect(splitThread('first\r\n---\r\nsecond\r\nline')).toEqual(['first', 'second\nline'])
    expect(splitThread('first\r---\rsecond')).toEqual(['first', 'second'])
  })

  test('blank lines and trailing whitespace around a part are trimmed, inner newlines kept', () => {
    const text = '\n\nfirst line\n\nsecond line  \n\n---\n\n  indented\t\n\n'
    expect(splitThread(text)).toEqual(['first line\n\nsecond line', '  indented'])
  })

  test('text is NFC-normalised (a decomposed é becomes one code point)', () => {
    const [part] = splitThread('cafe\u0301')
    expect(part).toBe('caf\u00e9')
  })

  test('a byte order mark from a Windows editor is dropped', () => {
    expect(splitThread('\uFEFFhello')).toEqual(['hello'])
  })

  test('blank text has no parts; separators alone give empty parts', () => {
    expect(splitThread('  \n \n')).toEqual([])
    expect(splitThread('a\n---\n---\nb')).toEqual(['a', '', 'b'])
    expect(splitThread('a\n---\n')).toEqual(['a', ''])
  })
})

describe('weighted length as X counts it', () => {
  test.each([
    ['a greeting with an emoji', 'Hello, world! 👋', 16],
    ['a URL counts 23 whatever its length', 'https://example.com/x hi', 26],
    ['a bare domain is a URL too', 'example.com', 23],
    ['the euro sign weighs 2', '€', 2],
    ['a family emoji (ZWJ sequence) weighs 2', '👨‍👩‍👧‍👦', 2],
    ['280 latin letters', 'a'.repeat(280), 280],
    ['281 latin letters', 'a'.repeat(281), 281],
    ['140 CJK characters', '日'.repeat(140), 280],
    ['141 CJK characters', '日'.repeat(141), 282],
    ['café composed (NFC)', 'caf\u00e9', 4],
    ['café decomposed (NFD)', 'cafe\u0301', 4]
  ])('%s', async (_name, text, expected) => {
    expect(await weightedLength(text)).toBe(expected)
  })
})

describe('preparing a thread', () => {
  test('a valid thread gives numbered parts with their lengths', async () => {
    const parts = await prepareThread('Hello, world! 👋\n---\nhttps://example.com/x hi', 'tweet')
    expect(parts).toEqual([
      { index: 1, text: 'Hello, world! 👋', weightedLength: 16, valid: true, entities: { cashtags: [], mentions: [], urls: [] } },
      { index: 2, text: 'https://example.com/x hi', weightedLength: 26, valid: true, entities: { cashtags: [], mentions: [], urls: ['https://example.com/x'] } }
    ])
  })

  test('a part repeating an earlier one: refused, since X would refuse it as duplicate content and the thread would stop there', async () => {
    const error = await rejection(prepareThread('Thanks!\n---\nMore\n---\nThanks!', 'tweet'))
    expect(error).toMatchObject({ input: 'tweet', diagnosis: 'duplicate-content' })
    expect(error.message).toBe(
      '`tweet`: part 3 repeats part 1 of 3; X refuses a post whose text equals an earlier one of the account, so the thread would stop there. Make each part different.'
    )
  })

  test('cashtags, mentions and URLs as X reads them, by twitter-text’s extractors', async () => {
    const [part] = await prepareThread('$ACME up; by @alice and @alice in #1, see example.com; `$HOME` and ${PATH} are no cashtags', 'tweet')
    expect(part.entities).toEqual({ cashtags: ['$ACME'], mentions: ['@alice'], urls: ['example.com'] })
  })

  test('more than one cashtag in a part: refused, naming each part and its cashtags', async () => {
    const error = await rejection(prepareThread('fine $ONE\n---\nSet $HOME and $PATH\n---\n$A $B $C', 'tweet-file'))
    expect(error).toMatchObject({ input: 'tweet-file', diagnosis: 'too-many-cashtags' })
    expect(error.message).toBe(
      '`tweet-file`: X allows at most one cashtag (`$` followed by letters, as in `$HOME`) per post, and part 2 of 3 has 2 ($HOME, $PATH) and part 3 of 3 has 3 ($A, $B, $C). Nothing was sent.'
    )
  })

  test('exactly 280 characters is allowed', async () => {
    const [part] = await prepareThread('a'.repeat(STANDARD_LIMIT), 'tweet')
    expect(part).toMatchObject({ weightedLength: 280, valid: true })
  })

  test('no text at all names the input', async () => {
    const error = await rejection(prepareThread(' \n ', 'tweet-file'))
    expect(error.input).toBe('tweet-file')
    expect(error.message).toMatch(/^`tweet-file`: there is no text to post/)
  })

  test('only separators is no text either', async () => {
    const error = await rejection(prepareThread('---\n---', 'tweet'))
    expect(error.message).toContain('no text to post')
  })

  test('two --- lines in a row leave an empty part', async () => {
    const error = await rejection(prepareThread('one\n---\n---\nthree', 'tweet'))
    expect(error.input).toBe('tweet')
    expect(error.message).toContain('part 2 of 3 is empty')
  })

  test('a trailing --- leaves an empty last part', async () => {
    const error = await rejection(prepareThread('one\n---\ntwo\n---\n', 'tweet'))
    expect(error.message).toContain('part 3 of 3 is empty')
  })

  test('several empty parts are named together', async () => {
    const error = await rejection(prepareThread('---\none\n---\n---\ntwo', 'tweet'))
    expect(error.message).toContain('parts 1 and 3 of 4 are empty')
  })

  test("a part over 280 and up to 25,000 passes offline: it is held to the account's own limit once X named it", async () => {
    const parts = await prepareThread(['a'.repeat(281), 'b'.repeat(LONG_POST_LIMIT)].join('\n---\n'), 'tweet')
    expect(parts.map((p) => p.weightedLength)).toEqual([281, 25_000])
  })

  test('a single over-long tweet gives its weighted length, the limit and how to thread', async () => {
    const error = await rejection(prepareThread('a'.repeat(25_001), 'tweet'))
    expect(error.message).toContain('the text is 25,001 characters as X counts them')
    expect(error.message).toContain('the limit is 25,000 even for an account with an X subscription (280 without one)')
    expect(error.message).toContain('---')
    expect(error.diagnosis).toBe('text-too-long')
  })

  test('an over-long part is named with its number and weighted length, never its text', async () => {
    // 300 characters of words, then a URL that counts 23 however long it is.
    const long = 'word '.repeat(5000) + 'https://example.com/' + 'x'.repeat(300)
    const error = await rejection(prepareThread(`short\n---\n${long}\n---\nshort`, 'tweet-file'))
    expect(error.input).toBe('tweet-file')
    expect(error.message).toBe(
      '`tweet-file`: part 2 of 3 is 25,023 characters as X counts them (weighted: URLs 23, CJK and emoji 2); the limit is 25,000 even for an account with an X subscription (280 without one).'
    )
    expect(error.message).not.toContain('word word')
  })

  test('all over-long parts are named in one message', async () => {
    const text = ['日'.repeat(12_501), 'fine', 'a'.repeat(25_300)].join('\n---\n')
    const error = await rejection(prepareThread(text, 'tweet'))
    expect(error.message).toContain('part 1 of 3 is 25,002 characters and part 3 of 3 is 25,300 characters')
    expect(error.message).not.toContain('part 2')
    expect(error.diagnosis).toBe('text-too-long')
  })

  test('25 parts are allowed, 26 are over the cap', async () => {
    const thread = (n: number): string => Array.from({ length: n }, (_, i) => `post ${i + 1}`).join('\n---\n')
    await expect(prepareThread(thread(25), 'tweet')).resolves.toHaveLength(25)
    const error = await rejection(prepareThread(thread(26), 'tweet'))
    expect(error.message).toContain('26 parts')
    expect(error.message).toContain('at most 25')
    expect(error.message).toContain('not an X limit')
  })

  test('a character X refuses is reported by code point', async () => {
    const error = await rejection(prepareThread('ok\n---\nbad \uFFFF here', 'tweet'))
    expect(error.message).toBe('`tweet`: part 2 of 2 contains U+FFFF, a character X does not accept; remove it.')
  })
})
