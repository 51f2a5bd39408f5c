/**
 * Every input of action.yml, fuzzed: valid values, near misses, hostile
 * edge cases (empty, whitespace, quotes, line breaks, control characters,
 * huge values, unicode, path traversal, URLs of every scheme) and random
 * strings. Each value runs in-process through `run(io)` against the
 * simulator on 127.0.0.1, all other inputs valid. Whatever the value, the run
 * ends in success or one setFailed, a refusal names the input and its rule
 * before any request, nothing printed holds a secret, a stack trace or
 * `[object Object]`, and no request leaves the machine. A few values per
 * input then go through the built dist/index.js to show the process agrees.
 *
 * The test files fuzz.*.test.ts each call fuzzInputs() for a part of the inputs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import diagnostics from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { redacting } from '../../src/io/redacting-io.js'
import { readSettings } from '../../src/settings/settings.js'
import { run } from '../../src/main.js'
import { ENVIRONMENT, GitHubSimulator, REFRESH_TOKEN_SECRET, REPOSITORY, SECRETS_WRITE_TOKEN, WORKFLOW_TOKEN } from '../../tools/github-simulator/index.js'
import { OAUTH2_CONFIDENTIAL, OAUTH2_UNENROLLED, OTHER_APP, SAMPLE, SUMMONED_POST_ID, UNSUMMONED_POST_ID, XSimulator } from '../../tools/simulator/index.js'
import { duplicateContent } from '../../tools/simulator/problems.js'
import { loadAction } from '../../tools/docs.js'
import { captureIO, type Captured } from './capture-io.js'
import { act, credentialInputs, startSimulator } from './e2e.js'
import { forms, pairForms } from './leaks.js'
import { newChain, oauth2Inputs, startGitHub } from './oauth2.js'
import { png } from './media-files.js'
import { markdownTable, writeFigures } from './reliability.js'

// ---------------------------------------------------------------------------
// The world: one simulator, one workspace with files good and bad.

let sim: XSimulator
/** For the OAuth 2.0 inputs: where the rotated refresh token is stored. */
let gh: GitHubSimulator
let workspace: string
let outside: string
/** Every outgoing HTTP request this test process made, by host. */
const hostsSeen = new Map<string, number>()
const onRequest = (message: unknown) => {
  const { request } = message as { request: ClientRequest }
  hostsSeen.set(request.host, (hostsSeen.get(request.host) ?? 0) + 1)
}

/** A 1×1 single-frame GIF: a still image for X. */
const STILL_GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64')

beforeAll(async () => {
  diagnostics.subscribe('http.client.request.start', onRequest)
  ;[sim, gh] = await Promise.all([startSimulator(), startGitHub()])
  const root = mkdtempSync(path.join(os.tmpdir(), 'fuzz-inputs-'))
  workspace = path.join(root, 'workspace')
  outside = path.join(root, 'outside.txt')
  writeFileSync(outside, 'A secret note outside the workspace')
  const files: Record<string, string | Buffer> = {
    'notes/ok.txt': 'Release notes, read from a file\n',
    'notes/unicode.txt': 'Ünïcödé 日本語 🎉\n---\nSecond part\n',
    'notes/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    'notes/empty.txt': '',
    'notes/long.txt': 'a'.repeat(300),
    'notes/big.txt': Buffer.alloc(1024 * 1024 + 1, 0x61),
    'dir/inner.txt': 'inside a directory',
    'a.png': png(8, 8, 1),
    'b.png': png(8, 9, 2),
    'c.png': png(9, 8, 3),
    'd.png': png(9, 9, 4),
    'e.png': png(10, 8, 5),
    'still.gif': STILL_GIF,
    'not-media.txt': 'plain text',
    'zero.png': Buffer.alloc(0),
    'fake.png': 'not a PNG at all',
    'photo.heic': Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')])
  }
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
    writeFileSync(path.join(workspace, name), content)
  }
  symlinkSync(outside, path.join(workspace, 'escape.txt'))
  symlinkSync(outside, path.join(workspace, 'escape.png'))
})

afterAll(async () => {
  diagnostics.unsubscribe('http.client.request.start', onRequest)
  await Promise.all([sim?.close(), gh?.close()])
  if (workspace) rmSync(path.dirname(workspace), { recursive: true, force: true })
})

// ---------------------------------------------------------------------------
// Values.

type Expect = 'ok' | 'invalid' | 'x-refuses' | undefined
interface Case {
  value: string
  /** What must happen, when the generator knows: success, refusal before any request, or X's refusal. */
  expect?: Expect
}

const tag =
  (expect: Expect) =>
  (value: string): Case => ({ value, expect })

/** Edge cases every input meets. */
const HOSTILE: readonly string[] = [
  '',
  ' ',
  '\t',
  '\n',
  ' \r\n ',
  '""',
  "''",
  '"x"',
  "'x'",
  '“x”',
  'a\nb',
  'a\r\nb',
  'a\rb',
  '\u0000',
  'a\u0000b',
  '\u001b[31mred\u001b[0m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u200b',
  '\ufeff',
  '\ufffe',
  '\ud800',
  '\udfff',
  '\u202eevil',
  'é',
  'e\u0301',
  '日本語',
  '👨‍👩‍👧‍👦',
  '../',
  '../../etc/passwd',
  '/etc/passwd',
  '/',
  '.',
  '..',
  '~',
  'C:\\Windows\\win.ini',
  '\\\\server\\share',
  'file:///etc/passwd',
  '%2e%2e%2f',
  '%00',
  '${{ secrets.API_KEY }}',
  '$(id)',
  '`id`',
  '::error::injected',
  '::add-mask::x',
  '%0A::warning::injected',
  '\n::error::injected',
  '<script>alert(1)</script>',
  'undefined',
  'null',
  'true',
  'false',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x1F',
  'x'.repeat(2049),
  'x'.repeat(100_001),
  ' '.repeat(10_000)
]

const hostile = fc.constantFrom(...HOSTILE)
const randomText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('a', '-', '/', '.', ':', '@', '%', ' ', '\n', '"', "'", '\\', '0'), maxLength: 30 })
)
/** Anything at all, with no expectation beyond the invariants. */
const anything = fc.oneof({ weight: 2, arbitrary: hostile }, { weight: 3, arbitrary: randomText }).map(tag(undefined))

/** A valid value made hostile in a way a one-line input must refuse. */
const brokenLine = (valid: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      `"${valid}"`,
      `'${valid}'`,
      `${valid}\n${valid}`,
      `${valid}\r\nx`,
      `${valid}\u0000`,
      `${valid}\t1`,
      `\u001b${valid}`,
      `${valid}\u007f`,
      valid.repeat(Math.ceil(2049 / Math.max(1, valid.length)))
    ),
    fc.integer({ min: 1, max: Math.max(1, valid.length - 1) }).map((at) => `${valid.slice(0, at)}\n${valid.slice(at)}`)
  )

/** Harmless padding a one-line input trims away. */
const padded = (valid: string): fc.Arbitrary<string> => fc.constantFrom(valid, ` ${valid}`, `${valid} `, `\t${valid}\n`, `\n${valid}\n`, ` \r\n${valid}\r\n `)

const caseVariants = (word: string): string[] => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]

// ---------------------------------------------------------------------------
// What each input is fuzzed with, and what else the run needs.

interface InputSpec {
  name: string
  /** Cases to aim for; time decides the rest. */
  numRuns: number
  /** The time this input may take in all, ms. */
  budgetMs: number
  arb: fc.Arbitrary<Case>
  /** The other inputs (valid) this input needs, e.g. a tweet for `reply-to`. */
  with?: Record<string, string>
  /** Scripted before each case. */
  before?(sim: XSimulator): void
  /**
   * The run uses OAuth 2.0 instead of OAuth 1.0a: a fresh refresh-token chain
   * (at X, and in the repository and environment secrets) for every case,
   * whose token stands in for FRESH_REFRESH_TOKEN in the value.
   */
  oauth2?: boolean
  /** Fewest cases that must run within the budget (default MIN_CASES). */
  minCases?: number
  /** When X (the simulator), not the offline checks, refuses: these diagnoses may result. */
  xDiagnoses: string[]
  /** Is the value a secret? Then every form of it is searched in the output too. */
  secret?: boolean
  /** Checks of this input's own. */
  check?(c: Case, o: Outcome): void
}

const CREDENTIAL_INPUTS = [
  ['api-key', 'apiKey'],
  ['api-secret', 'apiSecret'],
  ['access-token', 'accessToken'],
  ['access-secret', 'accessSecret'],
  ['bearer-token', 'bearerToken']
] as const

/** The rejections X gives wrong credentials. */
const CREDENTIAL_REJECTED = [
  'API key or API secret rejected',
  'Access token or access secret rejected',
  'OAuth 1.0a credentials rejected',
  'Bearer token rejected',
  'Bearer token belongs to another App',
  'API key and API secret look swapped',
  'Access token and access secret look swapped',
  'A credential looks like it is in the wrong input'
]

function credentialSpec(input: string, key: (typeof CREDENTIAL_INPUTS)[number][1]): InputSpec {
  return secretSpec(input, SAMPLE[key], [OTHER_APP[key]], CREDENTIAL_REJECTED, key === 'bearerToken')
}

/**
 * A secret input: the valid value and its harmless variants succeed, broken
 * ones are refused offline, `others` (and random look-alikes) are refused by
 * X or GitHub with one of `rejected`.
 */
function secretSpec(input: string, valid: string, others: string[], rejected: string[], optional = false, extra: Partial<InputSpec> = {}): InputSpec {
  const accepted = [
    valid,
    ` ${valid}`,
    `${valid}\n`,
    `"${valid}"`,
    `'${valid}'`,
    ` "${valid}"\n`,
    ...(optional ? [`Bearer ${valid}`, `bearer  ${valid}`, decodeURIComponent(valid)] : [])
  ]
  const refusedOffline = fc.oneof(
    fc.constantFrom(
      `${valid.slice(0, 5)} ${valid.slice(5)}`,
      `${valid}\n${valid}`,
      `${valid}\u0000`,
      `${valid}\u001b`,
      `${valid}\u200b`,
      `“${valid}”`,
      `${valid}é`,
      `${valid}日`,
      '""',
      "''",
      valid.repeat(Math.ceil(513 / valid.length))
    ),
    fc
      .tuple(fc.integer({ min: 1, max: valid.length - 1 }), fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u200b', '\u00e9', '\u65e5', '\u0007'))
      .map(([at, c]) => `${valid.slice(0, at)}${c}${valid.slice(at)}`)
  )
  const wrong = fc.oneof(
    fc.constantFrom(...others),
    fc.stringMatching(/^[A-Za-z0-9%_-]{8,60}$/),
    fc.constant(valid.slice(0, -1) + (valid.endsWith('x') ? 'y' : 'x'))
  )
  return {
    name: input,
    numRuns: 2000,
    budgetMs: 12000,
    secret: true,
    xDiagnoses: rejected,
    ...extra,
    arb: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...accepted).map(tag('ok')) },
      { weight: 2, arbitrary: refusedOffline.map(tag('invalid')) },
      { weight: 2, arbitrary: wrong.map(tag('x-refuses')) },
      { weight: 3, arbitrary: anything }
    ),
    check: (c, o) => {
      // An empty bearer token only skips the app-only checks.
      if (optional && !c.value.trim()) expect(o.failed).toBe(false)
    }
  }
}

/** `read`, `read-write` and `read-write-directmessages`, in any case: the level is what X says the token has. */
const permission: InputSpec = {
  name: 'permission',
  numRuns: 2000,
  budgetMs: 12000,
  xDiagnoses: ['Access token cannot post (read-only)'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...caseVariants('read'), ...caseVariants('read-write'))
        .chain(padded)
        .map(tag('ok'))
    },
    { weight: 1, arbitrary: fc.constantFrom(...caseVariants('read-write-directmessages')).map(tag('x-refuses')) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('write', 'read_write', 'readwrite', 'rw', 'r', 'Read and write', 'read-write-privatemessages', 'read,write', 'admin')
        .map(tag('invalid'))
    },
    { weight: 1, arbitrary: brokenLine('read').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'x-refuses') expect(o.errors.map((e) => e.message).join('\n')).toMatch(/`permission` is `read-write-directmessages`/)
  }
}

const expectUsername: InputSpec = {
  name: 'expect-username',
  numRuns: 2000,
  budgetMs: 12000,
  xDiagnoses: ['Access token belongs to another account'],
  arb: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('release_bot', '@release_bot', 'Release_Bot', '@RELEASE_BOT').chain(padded).map(tag('ok')) },
    {
      weight: 2,
      arbitrary: fc
        .stringMatching(/^@?[A-Za-z0-9_]{1,15}$/)
        .filter((v) => v.replace('@', '').toLowerCase() !== 'release_bot')
        .map(tag('x-refuses'))
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('release bot', '@@release_bot', 'release-bot', 'a'.repeat(16), '@', 'https://x.com/release_bot', 'rélease_bot')
        .map(tag('invalid'))
    },
    { weight: 1, arbitrary: brokenLine('release_bot').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'x-refuses') expect(o.errors.map((e) => e.message).join('\n')).toMatch(/but `expect-username` is @/)
  }
}

/** Hosts that are not this machine: http:// to them must be refused before any request. */
const REMOTE_HOSTS = [
  '10.0.0.1',
  '192.168.1.1',
  '169.254.169.254',
  '0.0.0.0',
  'localhost.evil.com',
  '127.0.0.1.nip.io',
  'api.x.com',
  'example.com',
  '[::ffff:7f00:1]',
  '[fe80::1]',
  'localhost.',
  '128.0.0.1',
  'x.invalid'
]

const apiBaseUrl = (): InputSpec => {
  const port = new URL(sim.url).port
  const loopbackToSim = fc
    .tuple(
      fc.constantFrom('http', 'HTTP', 'Http'),
      fc.constantFrom('127.0.0.1', 'localhost', 'LOCALHOST', '127.1', '2130706433', '0x7f000001', '127.0.0.01'),
      fc.constantFrom('', '/', '//', '///')
    )
    .map(([scheme, host, slash]) => `${scheme}://${host}:${port}${slash}`)
  const withPrefix = fc.constantFrom('/api', '/2', '/%2e%2e/', '/x?', '\\\\').map((p) => `http://127.0.0.1:${port}${p}`)
  const refused = fc.oneof(
    fc
      .tuple(fc.constantFrom(...REMOTE_HOSTS), fc.constantFrom('', ':80', ':443', `:${port}`), fc.constantFrom('', '/', '/2'))
      .map(([h, p, s]) => `http://${h}${p}${s}`),
    fc
      .constantFrom('ftp', 'file', 'ws', 'wss', 'javascript', 'data', 'mailto', 'gopher', 'ssh', 'chrome', 'view-source', 'blob')
      .map((s) => `${s}://127.0.0.1:${port}/`),
    fc.constantFrom(
      `https://user:pass@api.x.com`,
      `https://token@127.0.0.1:${port}`,
      `https://api.x.com/?q=1`,
      `https://api.x.com/#frag`,
      `http://user@127.0.0.1:${port}`,
      `http://127.0.0.1:${port}/?debug=1`
    ),
    fc.constantFrom('api.x.com', '//api.x.com', 'https//api.x.com', '127.0.0.1', 'localhost:8080', 'https://', 'http://', 'http://[::1', 'http://:80')
  )
  return {
    name: 'api-base-url',
    numRuns: 2000,
    budgetMs: 12000,
    xDiagnoses: ['X refused the request', 'X API or the network failed'],
    arb: fc.oneof(
      { weight: 3, arbitrary: loopbackToSim.map(tag('ok')) },
      { weight: 1, arbitrary: loopbackToSim.chain(padded).map(tag('ok')) },
      { weight: 1, arbitrary: withPrefix.map(tag(undefined)) },
      { weight: 3, arbitrary: refused.map(tag('invalid')) },
      { weight: 1, arbitrary: loopbackToSim.chain(brokenLine).map(tag('invalid')) },
      { weight: 3, arbitrary: anything }
    ),
    check: (c, o) => {
      // Accepted means the simulator, and only it, was asked.
      if (!o.refusedOffline) expect(o.requests.length).toBeGreaterThan(0)
    }
  }
}

const seconds = (name: string, range: { min: number; max: number }): InputSpec => ({
  name,
  numRuns: 2000,
  budgetMs: 12000,
  xDiagnoses: ['X API or the network failed'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .oneof(fc.integer({ min: 1, max: range.max }).map(String), fc.constantFrom('1.5', '2.25', `${range.max}`, `${range.max}.0`, '05', '10.000'))
        .chain(padded)
        .map(tag('ok'))
    },
    {
      weight: 3,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            '-1',
            '1e3',
            '1E1',
            '+5',
            '.5',
            '5.',
            '1,5',
            '30s',
            '30 s',
            '0x10',
            '∞',
            'Infinity',
            '٣',
            '１０',
            `${range.max}.001`,
            `${range.max + 1}`,
            '99999999999999999999'
          ),
          fc.integer({ min: range.max + 1, max: 1e9 }).map(String),
          brokenLine('30')
        )
        .map(tag('invalid'))
    },
    {
      weight: 1,
      // Below a second: allowed down to the minimum; a 0.1 s timeout may really time out on a busy machine.
      arbitrary: fc
        .constantFrom('0', '0.0', '0.05', '0.1', '0.5')
        .map((v): Case => ({ value: v, expect: Number(v) < range.min ? 'invalid' : Number(v) < 1 && range.min > 0 ? undefined : 'ok' }))
    },
    { weight: 3, arbitrary: anything }
  )
})

const post = { tweet: 'A post from the input fuzzer' }

const tweet: InputSpec = {
  name: 'tweet',
  numRuns: 2000,
  budgetMs: 12000,
  xDiagnoses: ['Duplicate post refused', 'Thread stopped midway', 'Post too long', 'X refused the request'],
  arb: fc.oneof(
    // No dots, colons or slashes: nothing twitter-text would count as a 23-character link.
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ,!?#@-]{0,200}[A-Za-z0-9]$/).map(tag('ok')) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'Release 2.0 🎉 https://example.com/r',
          'one\n---\ntwo\n---\nthree',
          '日本語のお知らせ',
          'a'.repeat(280),
          '日'.repeat(140),
          ' leading\n\ntrailing \n'
        )
        .map(tag('ok'))
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          'a'.repeat(281),
          '日'.repeat(141),
          `ok\n---\n${'b'.repeat(300)}`,
          'a\u0000b',
          'bell\u0007',
          '\ufffe',
          `${'x\n---\n'.repeat(26)}x`,
          '---',
          'one\n---\n---\ntwo',
          'x'.repeat(100_001)
        )
        .map(tag('invalid'))
    },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }).map(tag(undefined)) },
    { weight: 2, arbitrary: anything }
  ),
  check: (c, o) => {
    const posting = !o.failed && c.value.trim() !== ''
    if (posting) expect(o.posts).toBeGreaterThanOrEqual(1)
    if (!c.value.trim()) expect(o.requests.filter((r) => r.route === 'tweets')).toHaveLength(0)
  }
}

const TWEET_FILES: [string, Expect][] = [
  ['notes/ok.txt', 'ok'],
  ['./notes/ok.txt', 'ok'],
  ['notes/../notes/ok.txt', 'ok'],
  ['notes/unicode.txt', 'ok'],
  ['notes/latin1.txt', 'invalid'],
  ['notes/empty.txt', 'invalid'],
  ['notes/long.txt', 'invalid'],
  ['notes/big.txt', 'invalid'],
  ['dir', 'invalid'],
  ['dir/', 'invalid'],
  ['escape.txt', 'invalid'],
  ['../outside.txt', 'invalid'],
  ['notes/missing.txt', 'invalid'],
  ['/etc/hostname', 'invalid'],
  ['/dev/zero', 'invalid'],
  ['/proc/self/environ', 'invalid'],
  // Resolved like any path: the trailing slash goes.
  ['notes/ok.txt/', 'ok']
]

const tweetFile: InputSpec = {
  name: 'tweet-file',
  numRuns: 2000,
  budgetMs: 12000,
  xDiagnoses: [],
  arb: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TWEET_FILES).map(([value, expect]) => ({ value, expect })) },
    { weight: 1, arbitrary: fc.constantFrom('notes/ok.txt').chain(padded).map(tag('ok')) },
    { weight: 1, arbitrary: brokenLine('notes/ok.txt').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') expect(o.posts).toBeGreaterThanOrEqual(1)
    if (o.failed) expect(o.posts).toBe(0)
  }
}

const GOOD_MEDIA = ['a.png', 'b.png', 'c.png', 'd.png', 'still.gif', './a.png', 'dir/../b.png']
const BAD_MEDIA = ['not-media.txt', 'zero.png', 'fake.png', 'photo.heic', 'dir', 'escape.png', '../outside.txt', '/etc/hostname', 'missing.png', '/dev/null']
const separators = fc.constantFrom(',', '\n', ', ', ' ,\n', '\r\n', ',,')

const media: InputSpec = {
  name: 'media',
  numRuns: 2000,
  budgetMs: 12000,
  xDiagnoses: ['Media upload or processing failed'],
  arb: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.subarray(GOOD_MEDIA, { minLength: 1, maxLength: 5 }), separators).map(([names, sep]): Case => {
        const distinct = new Set(names.map((n) => path.normalize(n)))
        return { value: names.join(sep), expect: distinct.size === names.length && names.length <= 4 ? 'ok' : 'invalid' }
      })
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.subarray(GOOD_MEDIA, { maxLength: 2 }), fc.constantFrom(...BAD_MEDIA), separators)
        .map(([names, bad, sep]) => ({ value: [...names, bad].join(sep), expect: 'invalid' as const }))
    },
    { weight: 1, arbitrary: fc.constantFrom('a.png,b.png,c.png,d.png,e.png', 'a.png\u0000', 'a.png\u0007').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') {
      const count = c.value.split(/[\r\n,]/).filter((s) => s.trim()).length
      expect(o.mediaAttached).toBe(count)
    }
    if (o.failed) expect(o.posts).toBe(0)
  }
}

const mediaAltText: InputSpec = {
  name: 'media-alt-text',
  numRuns: 2000,
  budgetMs: 12000,
  with: { ...post, media: 'a.png\nb.png' },
  xDiagnoses: ['Media upload or processing failed'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('\n', '\r\n'))
        // eslint-disable-next-line no-control-regex
        .filter(([a, b]) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\r\n]/.test(a + b))
        .map(([a, b, nl]) => `${a}${nl}${b}`)
        .map(tag('ok'))
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('A chart', 'é'.repeat(1000), '😀'.repeat(1000), `${'x'.repeat(1000)}\n`, '\nSecond only', 'one\ntwo\n\n\n').map(tag('ok'))
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom('one\ntwo\nthree', 'x'.repeat(1001), '😀'.repeat(1001), 'a\u0000', 'bell\u0007', 'x'.repeat(8009)).map(tag('invalid'))
    },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') {
      const lines = c.value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trim())
      expect(o.altTexts).toEqual([lines[0] || undefined, lines[1] || undefined])
    }
  }
}

const postRef = (name: 'reply-to' | 'quote'): InputSpec => {
  const id = SUMMONED_POST_ID
  return {
    name,
    numRuns: 2000,
    budgetMs: 12000,
    with: post,
    xDiagnoses: ['X refused the request', 'Reply not allowed'],
    arb: fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .constantFrom(
            id,
            `https://x.com/acme_news/status/${id}`,
            `https://twitter.com/acme_news/status/${id}?s=20`,
            `http://mobile.twitter.com/acme_news/status/${id}/photo/1`,
            `x.com/acme_news/status/${id}`,
            `https://www.x.com/i/web/status/${id}`,
            `https://x.com/acme_news/statuses/${id}#m`
          )
          .chain(padded)
          .map(tag('ok'))
      },
      // Unknown posts; and, for a reply, one whose author did not mention the account. Quoting that one is fine.
      {
        weight: 2,
        arbitrary: fc
          .stringMatching(/^[1-9][0-9]{0,18}$/)
          .filter((v) => v !== SUMMONED_POST_ID && v !== UNSUMMONED_POST_ID)
          .map(tag('x-refuses'))
      },
      { weight: 1, arbitrary: fc.constant(UNSUMMONED_POST_ID).map(tag(name === 'reply-to' ? 'x-refuses' : 'ok')) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(
            '1'.repeat(20),
            `https://example.com/status/${id}`,
            `https://x.com.evil.com/u/status/${id}`,
            `ftp://x.com/u/status/${id}`,
            'https://x.com/acme_news',
            `https://x.com/u/status/${id}x`,
            '-1',
            '1.5',
            `javascript:alert(${id})`
          )
          .map(tag('invalid'))
      },
      { weight: 1, arbitrary: brokenLine(id).map(tag('invalid')) },
      { weight: 3, arbitrary: anything }
    )
  }
}

const dryRun: InputSpec = {
  name: 'dry-run',
  numRuns: 2000,
  budgetMs: 12000,
  with: post,
  xDiagnoses: [],
  arb: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('true', 'True', 'TRUE', 'false', 'False', 'FALSE').chain(padded).map(tag('ok')) },
    { weight: 2, arbitrary: fc.constantFrom('yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'y', 't', 'True!').map(tag('invalid')) },
    { weight: 1, arbitrary: brokenLine('true').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect !== 'ok') return
    const dry = c.value.trim().toLowerCase() === 'true'
    expect(o.requests.filter((r) => r.route === 'tweets')).toHaveLength(dry ? 0 : 1)
  }
}

const onDuplicate: InputSpec = {
  name: 'on-duplicate',
  numRuns: 2000,
  budgetMs: 12000,
  with: post,
  // X refuses the post as a duplicate of an earlier one: `skip` succeeds, `fail` fails.
  before: (s) => s.fault('tweets', [duplicateContent()]),
  xDiagnoses: ['Duplicate post refused'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...caseVariants('skip'))
        .chain(padded)
        .map(tag('ok'))
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...caseVariants('fail'))
        .chain(padded)
        .map(tag('x-refuses'))
    },
    { weight: 2, arbitrary: fc.constantFrom('ignore', 'error', 'skip,fail', 'warn', 'true').map(tag('invalid')) },
    { weight: 1, arbitrary: brokenLine('skip').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') expect(o.outputs.duplicate).toBe('true')
  }
}

/** Stands for the refresh token of the case's fresh chain, in generated values. */
const FRESH_REFRESH_TOKEN = 'FreshRefreshTokenOfThisCase0'

const OAUTH2_REJECTED = [
  'OAuth 2.0 Client ID not recognised',
  'OAuth 2.0 client secret rejected',
  'Refresh token already used or revoked',
  'GitHub token rejected',
  'GitHub token cannot write the secret',
  'Deployment environment not found',
  'Refresh token secret not found'
]

/** A one-line name input of the OAuth 2.0 write-back: valid names succeed, broken lines are refused offline, other names by GitHub. */
function nameSpec(name: string, valid: string, refusedNames: string[], otherNames: string[]): InputSpec {
  return {
    name,
    numRuns: 2000,
    ...OAUTH2_BUDGET,
    oauth2: true,
    xDiagnoses: OAUTH2_REJECTED,
    arb: fc.oneof(
      { weight: 3, arbitrary: padded(valid).map(tag('ok')) },
      { weight: 2, arbitrary: (refusedNames.length ? fc.oneof(brokenLine(valid), fc.constantFrom(...refusedNames)) : brokenLine(valid)).map(tag('invalid')) },
      {
        weight: 2,
        arbitrary: fc
          .oneof(fc.constantFrom(...otherNames), fc.stringMatching(/^[A-Z][A-Z0-9_]{2,30}$/))
          .filter((v) => v !== valid)
          .map(tag('x-refuses'))
      },
      { weight: 3, arbitrary: anything }
    )
  }
}

/**
 * Each case proves GitHub write access and rotates a whole chain (up to seven requests over two simulators): a lower
 * minimum of cases, so a busy machine still passes; an unloaded one runs 200 to 500 per input.
 */
const OAUTH2_BUDGET = { budgetMs: 10000, minCases: 30 }

const OAUTH2_SPECS = (): InputSpec[] => [
  secretSpec('client-id', OAUTH2_CONFIDENTIAL.clientId, [OAUTH2_UNENROLLED.clientId], OAUTH2_REJECTED, false, { oauth2: true, ...OAUTH2_BUDGET }),
  secretSpec('client-secret', OAUTH2_CONFIDENTIAL.clientSecret, [OAUTH2_UNENROLLED.clientSecret], OAUTH2_REJECTED, false, { oauth2: true, ...OAUTH2_BUDGET }),
  // A token X never issued, in the shape of one.
  secretSpec('refresh-token', FRESH_REFRESH_TOKEN, ['bm90LWlzc3VlZC1ieS14LWV2ZXI6MTc5NjI5Nzk3NTExNToxOjA6cnQ6MQ'], OAUTH2_REJECTED, false, {
    oauth2: true,
    ...OAUTH2_BUDGET
  }),
  secretSpec('github-token', SECRETS_WRITE_TOKEN, [WORKFLOW_TOKEN], [...OAUTH2_REJECTED, 'Nowhere to store the rotated refresh token'], false, {
    oauth2: true,
    ...OAUTH2_BUDGET
  }),
  nameSpec('refresh-token-secret', REFRESH_TOKEN_SECRET, ['1X_TOKEN', 'GITHUB_TOKEN', 'X-REFRESH', 'X REFRESH', 'X.REFRESH'], ['X_REFRESH', 'OTHER_SECRET']),
  { ...nameSpec('secret-environment', ENVIRONMENT, [], ['staging', 'Production ', 'prod']), xDiagnoses: OAUTH2_REJECTED }
]

const SPECS = (): InputSpec[] => [
  ...CREDENTIAL_INPUTS.map(([input, key]) => credentialSpec(input, key)),
  permission,
  expectUsername,
  apiBaseUrl(),
  seconds('timeout-seconds', { min: 0.1, max: 600 }),
  seconds('rate-limit-wait-seconds', { min: 0, max: 3600 }),
  tweet,
  tweetFile,
  media,
  mediaAltText,
  postRef('reply-to'),
  postRef('quote'),
  dryRun,
  onDuplicate,
  ...OAUTH2_SPECS()
]

// ---------------------------------------------------------------------------
// One case.

interface Outcome extends Omit<Captured, 'failed'> {
  /** The value as the run got it (a fresh refresh token in place of its stand-in). */
  value?: string
  /** OAuth 2.0 tokens X issued during the case: secrets too. */
  issued?: string[]
  githubRequests?: number
  threw?: unknown
  /** The setFailed messages. */
  failures: string[]
  failed: boolean
  titles: string[]
  requests: XSimulator['requests']
  posts: number
  /** Images attached to the post that was made. */
  mediaAttached: number
  altTexts: (string | undefined)[]
  refusedOffline: boolean
  ms: number
}

const SAMPLE_SECRETS = CREDENTIAL_INPUTS.map(([input, key]) => ({
  name: input,
  value: SAMPLE[key],
  publicPrefix: key === 'accessToken' ? `${SAMPLE.accessToken.split('-')[0]}-` : undefined
}))
const SAMPLE_FORMS = [
  ...SAMPLE_SECRETS.flatMap((s) => forms(s).map((f) => ({ ...f, owner: s.name }))),
  ...pairForms(SAMPLE.apiKey, SAMPLE.apiSecret).map((f) => ({ ...f, owner: 'pair' }))
]
const TITLES = new Set<string>(Object.values(DIAGNOSES).map((d) => d.title))
const OUTPUT_COUNT = Object.keys(loadAction().outputs).length
const OFFLINE_TITLES = ['Invalid input', 'Credential missing', 'Post too long', 'Nowhere to store the rotated refresh token']
/** Found before any request: X's own "too long" answer has the same title but starts with the request. */
const isOfflineRefusal = (e: { title: string; message: string }) => OFFLINE_TITLES.includes(e.title) && !/^(GET|POST) \//.test(e.message)

/** The one hard rule before anything runs: the value must not send a request anywhere but the simulator. */
function destination(inputs: Record<string, string>): 'simulator' | 'refused' | 'elsewhere' {
  const { settings } = readSettings((name) => inputs[name] ?? '', {}, [])
  if (!settings) return 'refused'
  const url = new URL(settings.apiBaseUrl)
  if (url.protocol === 'http:' && url.host === new URL(sim.url).host) return 'simulator'
  if (url.protocol === 'http:' && url.hostname === 'localhost' && url.port === new URL(sim.url).port) return 'simulator'
  if (url.protocol === 'http:' && !/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname)) {
    throw new Error(`api-base-url: http:// to ${url.hostname} was accepted; it must be refused before any request`)
  }
  return 'elsewhere'
}

/**
 * Resets both simulators and returns the inputs of one case: OAuth 1.0a, or
 * a fresh OAuth 2.0 chain (its token also in the environment secret, so both
 * places are valid), all valid but the fuzzed one.
 */
function prepareCase(spec: InputSpec, value: string): { inputs: Record<string, string>; value: string } {
  sim.reset()
  gh.reset()
  spec.before?.(sim)
  if (!spec.oauth2) return { inputs: { ...credentialInputs(SAMPLE), ...spec.with, [spec.name]: value }, value }
  const token = newChain(sim, gh)
  gh.seedSecret(REPOSITORY, REFRESH_TOKEN_SECRET, token, ENVIRONMENT)
  const resolved = value.split(FRESH_REFRESH_TOKEN).join(token)
  return { inputs: { ...oauth2Inputs(token), ...spec.with, [spec.name]: resolved }, value: resolved }
}

const GITHUB_ENV = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPOSITORY })

async function exercise(spec: InputSpec, generated: string): Promise<Outcome> {
  const issuedBefore = new Set(sim.userTokens.keys())
  const { inputs: caseInputs, value } = prepareCase(spec, generated)
  const inputs: Record<string, string> = { 'api-base-url': sim.url, 'timeout-seconds': '10', ...caseInputs }
  const { io, captured } = captureIO(inputs, { GITHUB_WORKSPACE: workspace, ...GITHUB_ENV() })
  const started = performance.now()
  let threw: unknown
  try {
    await run(redacting(io))
  } catch (error) {
    threw = error
  }
  const ms = performance.now() - started
  const [first] = sim.posts
  const attached = first ? first.mediaIds.map((id) => sim.media.get(id)) : []
  const titles = captured.errors.map((e) => e.title)
  return {
    ...captured,
    value,
    issued: [...sim.userTokens.keys()].filter((t) => !issuedBefore.has(t)),
    threw,
    failures: captured.failed,
    failed: captured.failed.length > 0,
    titles,
    requests: [...sim.requests],
    githubRequests: gh.requests.length,
    posts: sim.posts.length,
    mediaAttached: attached.length,
    altTexts: attached.map((m) => m?.altText),
    refusedOffline: captured.errors.some(isOfflineRefusal),
    ms
  }
}

const namesInput = (text: string, input: string) => text.includes(`\`${input}\``) || new RegExp(`(^|\\s)${input.replace(/-/g, '\\-')}: `).test(text)

function twelveCharWindows(text: string): Set<string> {
  const set = new Set<string>()
  for (let i = 0; i + 12 <= text.length; i++) set.add(text.slice(i, i + 12))
  return set
}

/** Everything anyone would see: log lines, annotations, outputs, summary, the failure. */
function shown(o: Outcome): string {
  return [
    ...o.infos,
    ...o.warnings.flatMap((w) => [w.title, w.message]),
    ...o.errors.flatMap((e) => [e.title, e.message]),
    ...Object.values(o.outputs),
    o.summary,
    ...o.failures
  ].join('\n')
}

interface Tally {
  cases: number
  ok: number
  failed: number
  refusedOffline: number
  byExpect: Record<string, number>
  maxMs: number
  totalMs: number
}

/** The invariants every case must keep, whatever the value. */
function checkCase(spec: InputSpec, generated: Case, o: Outcome, tally: Tally): void {
  const c: Case = { ...generated, value: o.value ?? generated.value }
  const where = `${spec.name} = ${JSON.stringify(c.value.length > 80 ? c.value.slice(0, 80) + '…' : c.value)}`
  if (o.threw) throw new Error(`${where}: run() threw ${String(o.threw)}`)
  // Success, or exactly one setFailed, with its reasons as titled annotations.
  expect(o.failures.length <= 1).toBe(true)
  expect(o.errors.length > 0).toBe(o.failed)
  // Errors and warnings alike are diagnoses from the catalogue.
  for (const title of [...o.titles, ...o.warnings.map((w) => w.title)]) expect(TITLES.has(title)).toBe(true)
  // Outputs and the summary are written whatever happened.
  expect(Object.keys(o.outputs)).toHaveLength(OUTPUT_COUNT)
  expect(o.summary.length).toBeGreaterThan(0)

  const text = shown(o)
  const echoes = (pattern: RegExp) => pattern.test(c.value)
  if (!echoes(/\n\s+at /)) expect(text).not.toMatch(/\n\s+at \S+/)
  if (!c.value.includes('[object Object]')) expect(text).not.toContain('[object Object]')
  // A log line starting with :: would be read by the runner as a workflow command.
  for (const line of o.infos.flatMap((m) => m.split(/\r?\n|\r/))) expect(line.startsWith('::')).toBe(false)

  // No secret, nor any form of one, in anything shown.
  const windows = twelveCharWindows(text)
  const secretForms = [
    ...SAMPLE_FORMS,
    ...(o.issued ?? []).flatMap((t) => forms({ name: 'issued token', value: t }).map((f) => ({ ...f, owner: 'issued token' })))
  ]
  if (spec.secret && c.value.trim()) {
    // The access token's `<user id>-` is public: the user id is an output.
    for (const f of forms({
      name: spec.name,
      value: c.value,
      publicPrefix: spec.name === 'access-token' ? /^["']?\d+-/.exec(c.value.trim())?.[0] : undefined
    })) {
      // A run of one character says nothing about the value.
      if (!/^(.)\1*$/su.test(f.text)) secretForms.push({ ...f, owner: spec.name })
    }
  }
  for (const f of secretForms) {
    const hit = f.label.startsWith('piece') ? windows.has(f.text) : text.includes(f.text)
    if (hit) throw new Error(`${where}: ${f.owner} (${f.label}) is shown`)
  }

  // Refused before any request, naming the input (or, for one input, the file or text it points to).
  if (o.refusedOffline) {
    expect(o.requests).toHaveLength(0)
    expect(o.githubRequests ?? 0).toBe(0)
    const refusals = o.errors.filter(isOfflineRefusal)
    if (!refusals.some((e) => namesInput(e.message, spec.name)))
      throw new Error(`${where}: the refusal does not name \`${spec.name}\`: ${refusals.map((e) => e.message).join(' | ')}`)
    // The rule is stated; the value is not echoed (paths excepted: a path is how a file is found again).
    if (!['tweet-file', 'media'].includes(spec.name) && c.value.trim().length >= 16) {
      for (const e of refusals) expect(e.message).not.toContain(c.value.trim())
    }
  } else if (o.failed) {
    // Refused by X: a diagnosis this input can cause, and a secret input is named.
    for (const title of o.titles)
      if (!spec.xDiagnoses.includes(title)) throw new Error(`${where}: unexpected diagnosis "${title}": ${o.errors.map((e) => e.message).join(' | ')}`)
    if (spec.secret && !o.errors.some((e) => namesInput(e.message, spec.name))) throw new Error(`${where}: the failure does not name \`${spec.name}\``)
  }

  if (c.expect === 'ok' && o.failed) throw new Error(`${where}: expected success, got ${o.titles.join('; ')}: ${o.errors.map((e) => e.message).join(' | ')}`)
  if (c.expect === 'invalid' && !o.refusedOffline)
    throw new Error(`${where}: expected a refusal before any request, got ${o.failed ? o.titles.join('; ') : 'success'}`)
  if (c.expect === 'x-refuses' && (!o.failed || o.refusedOffline))
    throw new Error(`${where}: expected X's refusal, got ${o.failed ? o.titles.join('; ') : 'success'}`)
  expect(o.ms).toBeLessThan(10_000)
  spec.check?.(c, o)

  tally.cases++
  if (o.failed) tally.failed++
  else tally.ok++
  if (o.refusedOffline) tally.refusedOffline++
  tally.byExpect[c.expect ?? 'any'] = (tally.byExpect[c.expect ?? 'any'] ?? 0) + 1
  tally.maxMs = Math.max(tally.maxMs, o.ms)
  tally.totalMs += o.ms
}

// ---------------------------------------------------------------------------
// The runs.

const MIN_CASES = 100
/**
 * Seeds are fixed per input by default, so `npm test` and CI are repeatable; FUZZ_SEED=random explores new
 * values (the seed is reported on failure), FUZZ_SEED=<n> replays one. FUZZ_BUDGET_SCALE=10 searches ten times
 * longer (the numRuns cap scales too).
 */
const seedFor = (name: string): number => {
  const given = process.env.FUZZ_SEED
  if (given === 'random') return Date.now() % 2 ** 31
  return given ? Number(given) : 20_261_130 + NAMES.indexOf(name)
}
const BUDGET_SCALE = Number(process.env.FUZZ_BUDGET_SCALE ?? 1)
const PROCESS_SAMPLES = 2
const tallies = new Map<string, Tally & { numRuns: number; skipped: number; processRuns: number; seed: number }>()
let specs: InputSpec[] = []
let propertyFailures = 0

beforeAll(() => {
  specs = SPECS()
})

/** The inputs, in two parts that run as separate test files. */
export const SETTINGS_INPUTS = [
  'api-key',
  'api-secret',
  'access-token',
  'access-secret',
  'bearer-token',
  'permission',
  'expect-username',
  'api-base-url',
  'timeout-seconds',
  'rate-limit-wait-seconds'
] as const
export const POSTING_INPUTS = ['tweet', 'tweet-file', 'media', 'media-alt-text', 'reply-to', 'quote', 'dry-run', 'on-duplicate'] as const
export const OAUTH2_INPUTS = ['client-id', 'client-secret', 'refresh-token', 'refresh-token-secret', 'secret-environment', 'github-token'] as const
const NAMES: readonly string[] = [...SETTINGS_INPUTS, ...POSTING_INPUTS, ...OAUTH2_INPUTS]

test('the fuzzed inputs are exactly the inputs of action.yml', async () => {
  const { parse } = await import('yaml')
  const { readFileSync } = await import('node:fs')
  const { REPO_ROOT } = await import('../../tools/runner.js')
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }
  expect([...NAMES].sort()).toEqual(Object.keys(action.inputs).sort())
  expect(specs.map((s) => s.name).sort()).toEqual([...NAMES].sort())
})

describe('the checks catch what they look for', () => {
  const clean = (): Outcome => ({
    masks: [],
    infos: ['Verified: @release_bot with `read-write` access.'],
    warnings: [],
    errors: [],
    outputs: Object.fromEntries(Array.from({ length: OUTPUT_COUNT }, (_, i) => [`output-${i}`, ''])),
    summary: '## X credentials: ✅ verified',
    failures: [],
    failed: false,
    titles: [],
    requests: [],
    posts: 0,
    mediaAttached: 0,
    altTexts: [],
    refusedOffline: false,
    ms: 5
  })
  const refused = (o: Outcome, message: string) => {
    o.errors.push({ title: 'Invalid input', message })
    o.titles.push('Invalid input')
    o.failures.push('X credentials action failed: Invalid input.')
    o.failed = o.refusedOffline = true
  }
  const tally = (): Tally => ({ cases: 0, ok: 0, failed: 0, refusedOffline: 0, byExpect: {}, maxMs: 0, totalMs: 0 })
  const check = (name: string, value: string, o: Outcome) =>
    checkCase(
      specs.find((s) => s.name === name)!,
      { value },
      o,
      tally()
    )

  test.each<[string, string, string, (o: Outcome) => void]>([
    ['12 characters of the API secret in the summary', 'permission', 'read', (o) => void (o.summary += SAMPLE.apiSecret.slice(7, 19))],
    ['base64 of key:secret in a log line', 'permission', 'read', (o) => void o.infos.push(pairForms(SAMPLE.apiKey, SAMPLE.apiSecret)[0].text)],
    ['the decoded bearer token in an output', 'permission', 'read', (o) => void (o.outputs['output-0'] = decodeURIComponent(SAMPLE.bearerToken))],
    ['the fuzzed secret echoed in an annotation', 'api-key', 'Zq8xV2mN4bT7wK1pR5', (o) => refused(o, '`api-key` Zq8xV2mN4bT7wK1pR5 is wrong.')],
    ['a stack trace', 'permission', 'read', (o) => void o.infos.push('TypeError: x\n    at run (main.js:1:1)')],
    ['[object Object]', 'permission', 'read', (o) => void (o.summary += ' [object Object]')],
    ['a log line the runner would read as a command', 'permission', 'read', (o) => void o.infos.push('fine\n::error::injected')],
    ['a failure without an annotation', 'permission', 'read', (o) => void ((o.failed = true), o.failures.push('failed'))],
    ['two setFailed calls', 'permission', 'admin', (o) => (refused(o, '`permission` must be one of …'), void o.failures.push('again'))],
    ['a refusal that names another input', 'permission', 'admin', (o) => refused(o, '`dry-run` must be `true` or `false`.')],
    [
      'a refusal after a request went out',
      'permission',
      'admin',
      (o) => (refused(o, '`permission` must be one of …'), void o.requests.push(sim.requests[0] ?? ({ route: 'users/me' } as XSimulator['requests'][number])))
    ],
    [
      'a refusal that echoes the value',
      'expect-username',
      'not a valid username!',
      (o) => refused(o, '`expect-username` not a valid username! is not a username.')
    ],
    [
      'a diagnosis this input cannot cause',
      'permission',
      'read',
      (o) => (
        o.errors.push({ title: 'Bearer token rejected', message: 'x' }),
        o.titles.push('Bearer token rejected'),
        o.failures.push('f'),
        void (o.failed = true)
      )
    ],
    ['a title outside the catalogue', 'permission', 'read', (o) => void o.warnings.push({ title: 'Something', message: 'x' })],
    ['an output missing', 'permission', 'read', (o) => void delete o.outputs['output-3']]
  ])('%s', (_what, name, value, spoil) => {
    const o = clean()
    expect(() => check(name, value, o)).not.toThrow()
    spoil(o)
    expect(() => check(name, value, o)).toThrow()
  })
})

/**
 * Registers the property runs for `names` (a part of the inputs; the parts run
 * as separate test files, so jest's workers share the work) and writes their
 * figures to build/reliability/fuzz-<part>.json.
 */
export function fuzzInputs(part: string, names: readonly string[]): void {
  describe.each(names)('%s', (name) => {
    test('in-process: every value ends in success or one clear failure, with nothing leaked', async () => {
      const spec = specs.find((s) => s.name === name)!
      const tally: Tally = { cases: 0, ok: 0, failed: 0, refusedOffline: 0, byExpect: {}, maxMs: 0, totalMs: 0 }
      const seed = seedFor(name)
      const inputsFor = (value: string) => ({ ...credentialInputs(SAMPLE), 'api-base-url': sim.url, ...spec.with, [spec.name]: value })
      // Time, not only the count, bounds each input. fast-check's own time limits do not fit: interruptAfterTimeLimit
      // abandons the case in flight (which then runs on beside the next), skipAllAfterTimeLimit counts every later
      // value as a failed precondition. So values generated after the budget are simply not run; once a case fails,
      // every shrinking candidate is.
      const endsAt = performance.now() + spec.budgetMs * BUDGET_SCALE
      let failing = false
      const details = await fc.check(
        fc.asyncProperty(spec.arb, async (c) => {
          if (!failing && performance.now() > endsAt) return
          if (spec.name === 'api-base-url') {
            const where = destination(inputsFor(c.value))
            // An accepted https:// or non-simulator URL would reach out (DNS included): never run it.
            fc.pre(where !== 'elsewhere')
          }
          try {
            checkCase(spec, c, await exercise(spec, c.value), tally)
          } catch (error) {
            failing = true
            throw error
          }
        }),
        { numRuns: Math.round(spec.numRuns * BUDGET_SCALE), seed, maxSkipsPerRun: 100, includeErrorInReport: true }
      )
      if (details.failed) {
        propertyFailures++
        throw new Error(fc.defaultReportMessage(details) ?? 'property failed')
      }
      tallies.set(name, { ...tally, numRuns: details.numRuns, skipped: details.numSkips, processRuns: 0, seed })
      expect(tally.cases).toBeGreaterThanOrEqual(spec.minCases ?? MIN_CASES)
      // The generators reach every kind of case they claim to.
      for (const kind of ['any', 'invalid']) expect(tally.byExpect[kind] ?? 0).toBeGreaterThan(0)
      expect(tally.ok).toBeGreaterThan(0)
      expect(tally.refusedOffline).toBeGreaterThan(0)
    }, 60_000)

    test('through dist/index.js: the same verdict as in-process', async () => {
      const spec = specs.find((s) => s.name === name)!
      const seed = 20_260_101 + NAMES.indexOf(name)
      const values = fc
        .sample(spec.arb, { numRuns: 200, seed })
        // Environment variables cannot hold NUL, and stay far below the kernel's size limit.
        .filter((c) => !c.value.includes('\u0000') && c.value.length < 60_000)
        .filter((c) => spec.name !== 'api-base-url' || destination({ ...credentialInputs(SAMPLE), 'api-base-url': c.value }) !== 'elsewhere')
      // One value the generator knows must be refused, one it knows nothing about.
      const picked = [values.find((c) => c.expect === 'invalid'), values.find((c) => c.expect === undefined && c.value.trim() !== '')]
        .filter((c): c is Case => !!c)
        .slice(0, PROCESS_SAMPLES)
      expect(picked).toHaveLength(PROCESS_SAMPLES)
      for (const c of picked) {
        const inProcess = await exercise(spec, c.value)
        const { inputs } = prepareCase(spec, c.value)
        const processRun = await act(sim, { 'timeout-seconds': '10', ...inputs }, { workspace, env: GITHUB_ENV() })
        expect({ value: c.value, exit: processRun.exitCode }).toEqual({ value: c.value, exit: inProcess.failed ? 1 : 0 })
        expect(processRun.commands.filter((x) => x.command === 'error' && x.properties.title).map((x) => x.properties.title)).toEqual(inProcess.titles)
        if (inProcess.refusedOffline && sim.requests.length)
          throw new Error(`${JSON.stringify(c)}: refused in-process, but the process sent ${sim.requests.map((r) => r.route).join(', ')}; ${processRun.stdout}`)
        tallies.get(name)!.processRuns++
      }
    }, 60_000)
  })

  afterAll(() => {
    if (!tallies.size) return
    const rows = names.filter((n) => tallies.has(n)).map((n) => ({ input: n, ...tallies.get(n)! }))
    const total = rows.reduce((sum, r) => sum + r.cases, 0)
    const hosts = Object.fromEntries(hostsSeen)
    const table = markdownTable(
      ['Input', 'Cases', 'Green', 'Failed', 'Refused offline', 'Max ms', 'Through dist/index.js'],
      rows.map((r) => [r.input, r.cases, r.ok, r.failed, r.refusedOffline, Math.round(r.maxMs), r.processRuns])
    )
    console.log(
      `Input fuzzing: ${total} cases over ${rows.length} inputs, ${propertyFailures} property failures; HTTP requests by host: ${JSON.stringify(hosts)}\n\n${table}`
    )
    writeFigures(`fuzz-${part}.json`, { inputs: names.length, inputsPassed: rows.length, cases: total, propertyFailures, hostsSeen: hosts, rows })
  })

  // Registered after the property runs, so it sees their requests.
  test('no request went anywhere but 127.0.0.1', () => {
    expect(hostsSeen.size).toBeGreaterThan(0)
    expect([...hostsSeen.keys()].filter((h) => h !== '127.0.0.1' && h !== 'localhost')).toEqual([])
  })
}
