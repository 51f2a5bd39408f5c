/**
 * Bad inputs, end to end through dist/index.js: each one is refused with one
 * error that names the input and the rule — never the value, never a stack
 * trace — and not a single request reaches the simulator.
 */
import { describe, expect, test } from '@jest/globals'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { SAMPLE } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, startSimulator } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

const creds = credentialInputs(SAMPLE)

interface BadInput {
  scenario: string
  inputs: Record<string, string>
  files?: Record<string, string | Buffer>
  /** The input the error must name. */
  input: string
  /** The rule, as the message states it. */
  rule: RegExp
  diagnosis?: 'invalid-input' | 'missing-credential'
  /** Paths are how a file is found again, so those messages repeat them; no other value is repeated. */
  echoes?: boolean
}

const BAD: BadInput[] = [
  {
    scenario: 'a required secret that is only whitespace and a line break',
    inputs: { ...creds, 'api-secret': '   \n' },
    input: 'api-secret',
    rule: /is empty: the input was not set, and neither TWITTER_API_SECRET nor X_API_SECRET holds a value/,
    diagnosis: 'missing-credential'
  },
  {
    scenario: 'an access token spread over two lines',
    inputs: { ...creds, 'access-token': `${SAMPLE.accessToken}\n${SAMPLE.accessToken}` },
    input: 'access-token',
    rule: /holds more than one line; a credential is a single line/
  },
  {
    scenario: 'an access secret with a control character',
    inputs: { ...creds, 'access-secret': `${SAMPLE.accessSecret}\u0007` },
    input: 'access-secret',
    rule: /contains control characters/
  },
  {
    scenario: 'an API key pasted with typographic quotes',
    inputs: { ...creds, 'api-key': `“${SAMPLE.apiKey}”` },
    input: 'api-key',
    rule: /contains characters other than ASCII letters, digits and symbols/
  },
  {
    scenario: 'a bearer token with a zero-width space copied along',
    inputs: { ...creds, 'bearer-token': `${SAMPLE.bearerToken.slice(0, 40)}\u200b${SAMPLE.bearerToken.slice(40)}` },
    input: 'bearer-token',
    rule: /contains characters other than ASCII letters, digits and symbols/
  },
  {
    scenario: 'an API key of 4 characters, shorter than any credential (the runner would mask `read` in every output)',
    inputs: { ...creds, 'api-key': 'read' },
    input: 'api-key',
    rule: /is 4 characters long; no credential is shorter than 16/
  },
  {
    scenario: 'an access secret cut short at 15 characters',
    inputs: { ...creds, 'access-secret': SAMPLE.accessSecret.slice(0, 15) },
    input: 'access-secret',
    rule: /is 15 characters long; no credential is shorter than 16/
  },
  {
    scenario: 'an api-base-url with a bare `?` (every request path would follow it and be lost)',
    inputs: { ...creds, 'api-base-url': 'https://api.x.com/?' },
    input: 'api-base-url',
    rule: /must not have a query or fragment/
  },
  {
    scenario: 'an api-base-url with a bare `#`',
    inputs: { ...creds, 'api-base-url': 'https://api.x.com#' },
    input: 'api-base-url',
    rule: /must not have a query or fragment/
  },
  {
    scenario: 'an absurdly long API secret',
    inputs: { ...creds, 'api-secret': SAMPLE.apiSecret.repeat(20) },
    input: 'api-secret',
    rule: /is 1000 characters long; X credentials are under 512/
  },
  {
    // Found by the fuzzing at 2,000 values per input: the masking built one regular expression of every form, too large for V8.
    scenario: 'a value of 100,001 characters (a file pasted into the secret): masked, then refused',
    inputs: { ...creds, 'api-key': 'x'.repeat(100_001) },
    input: 'api-key',
    rule: /is 100001 characters long; X credentials are under 512/
  },
  {
    scenario: 'expect-username on two lines',
    inputs: { ...creds, 'expect-username': 'release_bot\nnews_reader' },
    input: 'expect-username',
    rule: /must be a single line; it has 2 lines/
  },
  {
    scenario: 'expect-username that is no X username',
    inputs: { ...creds, 'expect-username': 'release bot!' },
    input: 'expect-username',
    rule: /must be an X username: 1 to 15 letters, digits or underscores/
  },
  { scenario: 'permission in quotes', inputs: { ...creds, permission: '"read"' }, input: 'permission', rule: /is wrapped in quotes; remove them/ },
  {
    scenario: 'an unknown permission',
    inputs: { ...creds, permission: 'admin' },
    input: 'permission',
    rule: /must be one of `read`, `read-write`, `read-write-directmessages`/
  },
  {
    scenario: 'an unknown on-duplicate',
    inputs: { ...creds, tweet: 'hello', 'on-duplicate': 'ignore' },
    input: 'on-duplicate',
    rule: /must be one of `skip`, `fail`/
  },
  { scenario: 'dry-run as yes', inputs: { ...creds, tweet: 'hello', 'dry-run': 'yes' }, input: 'dry-run', rule: /must be `true` or `false`/ },
  {
    scenario: 'a timeout with a unit',
    inputs: { ...creds, 'timeout-seconds': '30s' },
    input: 'timeout-seconds',
    rule: /must be a number of seconds, like `30`/
  },
  {
    scenario: 'a timeout under the minimum',
    inputs: { ...creds, 'timeout-seconds': '0.05' },
    input: 'timeout-seconds',
    rule: /must be between 0\.1 and 600 seconds/
  },
  {
    scenario: 'a rate-limit wait in words',
    inputs: { ...creds, 'rate-limit-wait-seconds': 'one minute' },
    input: 'rate-limit-wait-seconds',
    rule: /must be a number of seconds/
  },
  {
    scenario: 'a rate-limit wait with a tab inside',
    inputs: { ...creds, 'rate-limit-wait-seconds': '6\t0' },
    input: 'rate-limit-wait-seconds',
    rule: /contains control characters/
  },
  {
    scenario: 'an api-base-url that is not a URL',
    inputs: { ...creds, 'api-base-url': 'my-gateway.example' },
    input: 'api-base-url',
    rule: /is not a URL; use the form `https:\/\/api\.x\.com`/
  },
  {
    scenario: 'an api-base-url over http:// to a lookalike of localhost',
    inputs: { ...creds, 'api-base-url': 'http://127.0.0.1.nip.io:8080' },
    input: 'api-base-url',
    rule: /uses http:\/\/ to a host that is not this machine; credentials would travel in clear text/
  },
  {
    scenario: 'an api-base-url over http:// to a private address',
    inputs: { ...creds, 'api-base-url': 'http://10.0.0.1' },
    input: 'api-base-url',
    rule: /uses http:\/\/ to a host that is not this machine/
  },
  {
    scenario: 'an api-base-url with another scheme',
    inputs: { ...creds, 'api-base-url': 'ftp://127.0.0.1:2121/' },
    input: 'api-base-url',
    rule: /must start with https:\/\/ \(it uses ftp\)/
  },
  {
    scenario: 'an api-base-url carrying a password',
    inputs: { ...creds, 'api-base-url': 'https://me:hunter2hunter2@api.x.com' },
    input: 'api-base-url',
    rule: /must not contain a user name or password/
  },
  {
    scenario: 'an absurdly long api-base-url',
    inputs: { ...creds, 'api-base-url': `https://${'a'.repeat(3000)}.com` },
    input: 'api-base-url',
    rule: /is 3012 characters long; at most 2048 are accepted/
  },
  {
    scenario: 'an absurdly long tweet',
    inputs: { ...creds, tweet: 'x'.repeat(100_001) },
    input: 'tweet',
    rule: /is 100001 characters long; at most 100000 are accepted/
  },
  { scenario: 'a tweet with a control character', inputs: { ...creds, tweet: 'Release\u001b[31m 2.0' }, input: 'tweet', rule: /contains control characters/ },
  {
    scenario: 'both tweet and tweet-file',
    inputs: { ...creds, tweet: 'hello', 'tweet-file': 'notes.txt' },
    files: { 'notes.txt': 'hi' },
    input: 'tweet-file',
    rule: /Give either `tweet` or `tweet-file`, not both/
  },
  {
    scenario: 'a tweet-file that is not UTF-8',
    inputs: { ...creds, 'tweet-file': 'notes.txt' },
    files: { 'notes.txt': Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x0a]) },
    input: 'tweet-file',
    rule: /is not valid UTF-8 text/,
    echoes: true
  },
  {
    scenario: 'a tweet-file outside the workspace',
    inputs: { ...creds, 'tweet-file': '../outside.txt' },
    files: { '../outside.txt': 'not yours' },
    input: 'tweet-file',
    rule: /leads outside the workspace/,
    echoes: true
  },
  {
    scenario: 'a tweet-file that is a directory',
    inputs: { ...creds, 'tweet-file': 'notes' },
    files: { 'notes/a.txt': 'a' },
    input: 'tweet-file',
    rule: /is a directory, not a file/,
    echoes: true
  },
  {
    scenario: 'a tweet-file in quotes',
    inputs: { ...creds, 'tweet-file': "'notes.txt'" },
    files: { 'notes.txt': 'hi' },
    input: 'tweet-file',
    rule: /is wrapped in quotes/
  },
  {
    scenario: 'media outside the workspace',
    inputs: { ...creds, tweet: 'hi', media: '../outside.png' },
    files: { '../outside.png': png(4, 4, 1) },
    input: 'media',
    rule: /leads outside the workspace; only files inside the workspace can be used/,
    echoes: true
  },
  {
    scenario: 'media that is a directory',
    inputs: { ...creds, tweet: 'hi', media: 'shots' },
    files: { 'shots/a.png': png(4, 4, 2) },
    input: 'media',
    rule: /is a directory; list the files in it one by one/,
    echoes: true
  },
  {
    scenario: 'media that names no file, only separators (found by the fuzzing)',
    inputs: { ...creds, media: ' , \n,' },
    input: 'media',
    rule: /names no file/
  },
  {
    scenario: 'media-alt-text with more lines than files',
    inputs: { ...creds, tweet: 'hi', media: 'a.png', 'media-alt-text': 'one\ntwo' },
    files: { 'a.png': png(4, 4, 3) },
    input: 'media-alt-text',
    rule: /has 2 lines but `media` lists 1 file/
  },
  {
    scenario: 'reply-to that is neither an id nor a URL',
    inputs: { ...creds, tweet: 'hi', 'reply-to': 'the post from yesterday' },
    input: 'reply-to',
    rule: /it is neither a post id nor a URL/
  },
  {
    scenario: 'quote on another site',
    inputs: { ...creds, tweet: 'hi', quote: 'https://example.com/user/status/1849735016220930327' },
    input: 'quote',
    rule: /the URL is not on x\.com or twitter\.com/
  }
]

/** `name` in backticks, or the `name:` the posting inputs' messages start with. */
const namesInput = (message: string, input: string) => message.includes(`\`${input}\``) || message.startsWith(`${input}: `)

describe('each bad input: one error naming the input and the rule, and no request', () => {
  test.concurrent.each(BAD.map((b) => [b.scenario, b] as const))('%s', async (_scenario, bad) => {
    const sim = await startSimulator()
    try {
      const run = await act(sim, bad.inputs, { files: bad.files })
      expect(run.exitCode).toBe(1)
      expect(errorIds(run)).toEqual([bad.diagnosis ?? 'invalid-input'])
      const [message] = run.errors
      expect(namesInput(message, bad.input)).toBe(true)
      expect(message).toMatch(bad.rule)
      const value = bad.inputs[bad.input].trim()
      if (!bad.echoes && value) expect(message).not.toContain(value)
      expect(run.errors[1]).toBe(`X credentials action failed: ${DIAGNOSES[bad.diagnosis ?? 'invalid-input'].title}. See the errors above for the fix.`)
      expect(run.outputs.verified).toBe('false')
      expect(sim.requests).toEqual([])
    } finally {
      await sim.close()
    }
  })
})

test('several bad inputs at once: one error for each, all before any request', async () => {
  const sim = await startSimulator()
  try {
    const run = await act(sim, { ...creds, permission: 'admin', 'timeout-seconds': '-1', 'dry-run': 'maybe', 'api-base-url': 'gopher://127.0.0.1' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['invalid-input', 'invalid-input', 'invalid-input', 'invalid-input'])
    expect(
      run.errors
        .slice(0, 4)
        .map((m) => /^`([a-z-]+)`/.exec(m)?.[1])
        .sort()
    ).toEqual(['api-base-url', 'dry-run', 'permission', 'timeout-seconds'])
    expect(sim.requests).toEqual([])
  } finally {
    await sim.close()
  }
})

describe('api-base-url as it is written', () => {
  test('http://[::1]:PORT (this machine over IPv6) works, for connections opened after start-up too: three dropped ones are retried on new ones', async () => {
    const sim = await startSimulator({ host: '::1' })
    try {
      expect(sim.url).toMatch(/^http:\/\/\[::1\]:\d+$/)
      for (const route of ['users/me', 'oauth2/token', 'usage/tweets'] as const) sim.fault(route, [{ drop: true }])
      const run = await act(sim, creds)
      expect(errorIds(run)).toEqual([])
      expect(run.exitCode).toBe(0)
      // The three connections opened at start-up, each dropped, then the agent's own for the retries.
      expect(sim.connections.length).toBeGreaterThan(3)
    } finally {
      await sim.close()
    }
  })

  test('a base URL whose path holds `$&` is taken as written, not expanded: the requests go under that path', async () => {
    const sim = await startSimulator()
    try {
      await act(sim, { ...creds, 'api-base-url': `${sim.url}/gateway$&x` })
      expect(sim.requests.length).toBeGreaterThan(0)
      expect(sim.requests.map((r) => r.path.split('?')[0])).toContain('/gateway$&x/2/users/me')
    } finally {
      await sim.close()
    }
  })
})
