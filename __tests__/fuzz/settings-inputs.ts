/**
 * The credential and settings inputs: what each is fuzzed with, which
 * diagnoses X may answer it with, and its own checks.
 */
import { expect } from '@jest/globals'
import fc from 'fast-check'
import type { DiagnosisId } from '../../src/diagnoses/catalogue.js'
import { OTHER_APP, SAMPLE, credentialInputs, type Credentials } from '../../tools/simulator/index.js'
import { refusedOffline } from './properties.js'
import { anything, brokenLine, caseVariants, padded, tag, type Case, type InputSpec } from './values.js'

/** Each credential input with its key in the simulator's credential sets. */
export const CREDENTIAL_INPUTS = (Object.keys(SAMPLE) as (keyof Credentials)[]).map((key) => {
  const [input] = Object.keys(credentialInputs({ [key]: SAMPLE[key] }))
  return { input, key }
})

/** The rejections X gives wrong credentials. */
const CREDENTIAL_REJECTED: DiagnosisId[] = [
  'consumer-keys-rejected',
  'access-token-rejected',
  'oauth-rejected',
  'bearer-rejected',
  'bearer-other-app',
  'consumer-pair-swapped',
  'access-pair-swapped',
  'credential-in-wrong-slot'
]

function credential(input: string, key: keyof Credentials): InputSpec {
  const valid = SAMPLE[key]
  const optional = key === 'bearerToken'
  const accepted = [
    valid,
    ` ${valid}`,
    `${valid}\n`,
    `"${valid}"`,
    `'${valid}'`,
    ` "${valid}"\n`,
    ...(optional ? [`Bearer ${valid}`, `bearer  ${valid}`, decodeURIComponent(valid)] : [])
  ]
  const refused = fc.oneof(
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
      valid.repeat(Math.ceil(513 / valid.length)),
      // Shorter than any credential: refused rather than half-masked.
      valid.slice(0, 15),
      'read',
      'x'
    ),
    fc
      .tuple(fc.integer({ min: 1, max: valid.length - 1 }), fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u200b', '\u00e9', '\u65e5', '\u0007'))
      .map(([at, c]) => `${valid.slice(0, at)}${c}${valid.slice(at)}`)
  )
  const wrong = fc.oneof(
    fc.constant(OTHER_APP[key]),
    fc.stringMatching(/^[A-Za-z0-9%_-]{16,60}$/),
    fc.constant(valid.slice(0, -1) + (valid.endsWith('x') ? 'y' : 'x'))
  )
  return {
    name: input,
    secret: true,
    xDiagnoses: CREDENTIAL_REJECTED,
    arb: fc.oneof(
      { weight: 2, arbitrary: fc.constantFrom(...accepted).map(tag('ok')) },
      { weight: 2, arbitrary: refused.map(tag('invalid')) },
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
const permission = (): InputSpec => ({
  name: 'permission',
  xDiagnoses: ['access-level-too-low', 'access-level-no-direct-messages'],
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
})

const expectUsername = (): InputSpec => ({
  name: 'expect-username',
  xDiagnoses: ['username-mismatch'],
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
})

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

const apiBaseUrl = (simUrl: string): InputSpec => {
  const port = new URL(simUrl).port
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
    // A path that is not X's (e.g. `/2`) meets other endpoints of the simulator: /2/oauth2/token refuses the API key with 401.
    xDiagnoses: ['x-error', 'x-unavailable', 'oauth-rejected'],
    arb: fc.oneof(
      { weight: 3, arbitrary: loopbackToSim.map(tag('ok')) },
      { weight: 1, arbitrary: loopbackToSim.chain(padded).map(tag('ok')) },
      { weight: 1, arbitrary: withPrefix.map(tag(undefined)) },
      { weight: 3, arbitrary: refused.map(tag('invalid')) },
      { weight: 1, arbitrary: loopbackToSim.chain(brokenLine).map(tag('invalid')) },
      { weight: 3, arbitrary: anything }
    ),
    check: (_c, o) => {
      // Accepted means the simulator, and only it, was asked.
      if (!refusedOffline(o)) expect(o.requests.length).toBeGreaterThan(0)
    }
  }
}

const seconds = (name: string, range: { min: number; max: number }): InputSpec => ({
  name,
  xDiagnoses: ['x-unavailable'],
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

/** Each input's spec, made once the simulator's address is known. */
export const SETTINGS_INPUTS: Record<string, (simUrl: string) => InputSpec> = {
  ...Object.fromEntries(CREDENTIAL_INPUTS.map(({ input, key }) => [input, () => credential(input, key)])),
  permission,
  'expect-username': expectUsername,
  'api-base-url': apiBaseUrl,
  'timeout-seconds': () => seconds('timeout-seconds', { min: 0.1, max: 600 }),
  'rate-limit-wait-seconds': () => seconds('rate-limit-wait-seconds', { min: 0, max: 3600 })
}
