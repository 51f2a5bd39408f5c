/** The posting inputs read once, and where the GitHub API is: each rule's refusal names its input or variable. */
import { describe, expect, test } from '@jest/globals'
import { InputError } from '../../src/diagnoses/input-error.js'
import { gitHubTarget } from '../../src/github/target.js'
import { describeBlank, readPostInputs } from '../../src/operations/post/inputs.js'
import type { InputReader } from '../../src/settings/settings.js'

/** The inputs as given, read as the settings read them for an operation (one line trimmed, texts as they are). */
const reader = (given: Record<string, string>): InputReader => ({
  line: (name, fallback = '') => (given[name] ?? '').trim() || fallback,
  text: (name) => given[name] ?? '',
  choice: (name, allowed, fallback) => allowed.find((a) => a === (given[name] ?? '').trim().toLowerCase()) ?? fallback,
  given: (name) => !!given[name]?.trim()
})

const refusal = (given: Record<string, string>) => {
  try {
    readPostInputs(reader(given))
  } catch (error) {
    if (error instanceof InputError) return { input: error.input, message: error.message }
    throw error
  }
  return undefined
}

describe('readPostInputs', () => {
  test('nothing to post: no plan, the run checks only', () => {
    expect(readPostInputs(reader({}))).toBeUndefined()
    expect(readPostInputs(reader({ tweet: '', media: '  ' }))).toBeUndefined()
  })

  test('a post: every input kept, on-duplicate read', () => {
    expect(readPostInputs(reader({ tweet: 'Release 1.0', 'on-duplicate': 'FAIL', 'reply-to': '20' }))).toEqual({
      tweet: 'Release 1.0',
      tweetFile: '',
      media: '',
      mediaAltText: '',
      replyTo: '20',
      quote: '',
      onDuplicate: 'fail'
    })
  })

  test('a blank tweet is a mistake, said with what it holds', () => {
    expect(refusal({ tweet: ' \n\t\n' })).toEqual({
      input: 'tweet',
      message: expect.stringContaining('`tweet` holds only whitespace (2 line breaks and 2 spaces or tabs): there is nothing to post.')
    })
  })

  test('tweet and tweet-file together', () => {
    expect(refusal({ tweet: 'a', 'tweet-file': 'notes.md' })).toEqual({ input: 'tweet-file', message: 'Give either `tweet` or `tweet-file`, not both.' })
  })

  test.each(['media-alt-text', 'reply-to', 'quote'])('%s without anything to post', (name) => {
    expect(refusal({ [name]: 'x' })).toEqual({
      input: name,
      message: `\`${name}\` is set but there is nothing to post: give \`tweet\`, \`tweet-file\` or \`media\`.`
    })
  })
})

test('describeBlank counts line breaks (CRLF as one) and the rest', () => {
  expect(describeBlank('\r\n')).toBe('1 line break')
  expect(describeBlank(' ')).toBe('1 space or tab')
  expect(describeBlank('\n\r \t')).toBe('2 line breaks and 2 spaces or tabs')
})

describe('gitHubTarget', () => {
  const ok = { GITHUB_REPOSITORY: 'octo-org/release-notes' }
  test('the runner’s variables, or GitHub’s default API', () => {
    expect(gitHubTarget(ok)).toEqual({ apiUrl: 'https://api.github.com', repository: { owner: 'octo-org', repo: 'release-notes' } })
    expect(gitHubTarget({ ...ok, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toMatchObject({ apiUrl: 'https://ghe.example.com/api/v3' })
    expect(gitHubTarget({ ...ok, GITHUB_API_URL: 'http://127.0.0.1:8080' })).toMatchObject({ apiUrl: 'http://127.0.0.1:8080' })
  })
  test.each([
    [{}, 'GITHUB_REPOSITORY is not set (the runner sets it to the repository of the run).'],
    [{ GITHUB_REPOSITORY: 'octo-org' }, 'GITHUB_REPOSITORY is not of the form owner/name.'],
    [{ ...ok, GITHUB_API_URL: 'not a url' }, 'GITHUB_API_URL is not a URL.'],
    [{ ...ok, GITHUB_API_URL: 'http://api.github.com' }, 'GITHUB_API_URL must use https:// (http:// only to localhost or 127.0.0.0/8).'],
    [{ ...ok, GITHUB_API_URL: 'https://user:pw@api.github.com' }, 'GITHUB_API_URL must not carry a user, password, query or fragment.'],
    [{ ...ok, GITHUB_API_URL: 'https://api.github.com/?x=1' }, 'GITHUB_API_URL must not carry a user, password, query or fragment.']
  ])('%j: %s', (env, problem) => {
    expect(gitHubTarget(env)).toEqual({ problem })
  })
})
