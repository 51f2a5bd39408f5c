import { InputError } from '../../src/diagnoses/input-error.js'
import { parsePostRef } from '../../src/operations/refs.js'

const ID = '1668910101351272448'

function refError(value: string, input: 'reply-to' | 'quote' = 'reply-to'): InputError {
  try {
    parsePostRef(value, input)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }
  throw new Error(`expected ${input} to be refused`)
}

describe('post references for reply-to and quote', () => {
  test('empty means no reference', () => {
    expect(parsePostRef('', 'reply-to')).toBe('')
    expect(parsePostRef('  \n', 'quote')).toBe('')
  })

  test.each([
    ['a bare post id', ID],
    ['a bare id with surrounding whitespace', `  ${ID}\n`],
    ['a post URL on x.com', `https://x.com/jack/status/${ID}`],
    ['an old twitter.com URL', `https://twitter.com/jack/status/${ID}`],
    ['with www.', `https://www.x.com/jack/status/${ID}`],
    ['the mobile site', `https://mobile.twitter.com/jack/status/${ID}`],
    ['plain http', `http://twitter.com/jack/status/${ID}`],
    ['upper-case host', `https://X.COM/jack/status/${ID}`],
    ['a photo link inside the post', `https://x.com/jack/status/${ID}/photo/1`],
    ['the share link with its query', `https://x.com/jack/status/${ID}?s=20&t=abc`],
    ['a link with a fragment', `https://x.com/jack/status/${ID}#m`],
    ['a trailing slash', `https://x.com/jack/status/${ID}/`],
    ['the /i/web/status form', `https://x.com/i/web/status/${ID}`],
    ['the legacy /statuses/ form', `https://twitter.com/jack/statuses/${ID}`],
    ['pasted without https://', `x.com/jack/status/${ID}`]
  ])('%s', (_name, value) => {
    expect(parsePostRef(value, 'reply-to')).toBe(ID)
  })

  test('a one-digit id is still an id', () => {
    expect(parsePostRef('7', 'quote')).toBe('7')
  })

  test('an id longer than 19 digits gives its digit count', () => {
    const error = refError('1'.repeat(25))
    expect(error.input).toBe('reply-to')
    expect(error.message).toContain('at most 19 digits; this one has 25')
  })

  test.each([
    ['a URL on another site', `https://example.com/jack/status/${ID}`, 'the URL is not on x.com or twitter.com'],
    ['a look-alike host', `https://x.com.evil.example/jack/status/${ID}`, 'the URL is not on x.com or twitter.com'],
    ['a profile URL', 'https://x.com/jack', "the URL is not a post's address"],
    ['a status URL without an id', 'https://x.com/jack/status/', "the URL is not a post's address"],
    ['a status URL with letters in the id', 'https://x.com/jack/status/12ab', "the URL is not a post's address"],
    ['another scheme', `ftp://x.com/jack/status/${ID}`, 'the URL is not http or https'],
    ['some words', 'the launch tweet', 'it is neither a post id nor a URL']
  ])('%s is refused', (_name, value, problem) => {
    const error = refError(value, 'quote')
    expect(error.input).toBe('quote')
    expect(error.message).toContain(`\`quote\`: ${problem}`)
    expect(error.message).toContain('Give a post id (up to 19 digits')
    expect(error.message).toContain('https://x.com/user/status/')
  })

  test('the refused value is not echoed back', () => {
    const error = refError('https://example.com/a-long-private-path?token=abc')
    expect(error.message).not.toContain('example.com')
    expect(error.message).not.toContain('token')
  })
})
