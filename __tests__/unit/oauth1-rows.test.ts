/**
 * The OAuth 1.0a rows, reached directly: each reads the facts the two
 * answers proved (POST /oauth2/token and GET /2/users/me) and nothing else.
 */
import { describe, expect, test } from '@jest/globals'
import { readFacts, type Answers, type TokenAnswer } from '../../src/auth/oauth1a/facts.js'
import { accessLevelRow, accessTokenRow, consumerKeysRow } from '../../src/auth/oauth1a/rows.js'
import { clockRow } from '../../src/checks/clock.js'
import { finding } from '../../src/diagnoses/finding.js'
import type { Answer } from '../../src/checks/answer.js'
import type { XUser } from '../../src/x/api.js'
import { XApiError, type XErrorInfo } from '../../src/x/errors.js'

const user: XUser = { id: '1846203957715066880', username: 'release_bot', name: 'Release Bot' }
const ok = <T>(data: T, accessLevel?: string): Answer<T> => ({ ok: true, value: { data, headers: { accessLevel } } })
const fail = (endpoint: string, info: Partial<XErrorInfo> & { status: number }): Answer<never> => ({
  ok: false,
  error: new XApiError(endpoint, 'http', { headers: {}, attempts: 1, ...info })
})
const bearer = ok<TokenAnswer>({ token_type: 'bearer', access_token: 'AAAA%3Dissued' })
const code99 = fail('POST /oauth2/token', { status: 403, code: 99, detail: 'Unable to verify your credentials' })
const me401 = fail('GET /2/users/me', { status: 401, title: 'Unauthorized', detail: 'Unauthorized' })
const me429 = fail('GET /2/users/me', { status: 429, title: 'Too Many Requests', headers: { rateLimit: { limit: 75, remaining: 0, reset: 1_900_000_000 } } })
const problem = (status: number, name: string) => fail('GET /2/users/me', { status, problem: name })
const after = {
  'a rate limit': me429,
  'a usage cap': problem(429, 'usage-capped'),
  'no credits (402)': problem(402, 'credits-depleted'),
  'an App outside the endpoint’s access (client-forbidden)': fail('GET /2/users/me', {
    status: 403,
    problem: 'client-forbidden',
    reason: 'client-not-enrolled'
  }),
  'a suspended account': problem(403, 'user-suspended')
}
const facts = (token: Answer<TokenAnswer>, me: Answer<XUser>) => readFacts({ token, me } as Answers)
const need = { level: 'read-write' as const, because: '`permission` is `read-write`' }
const swapped = finding('access-pair-swapped', 'They look swapped.', 'access-token')

describe('API key and secret', () => {
  test('pass when X issues the bearer token for them', () => {
    expect(consumerKeysRow(facts(bearer, ok(user)), []).row).toMatchObject({ id: 'consumer-keys', verdict: 'pass' })
  })

  test('code 99 while users/me accepted the keys: throttled, a warning, not "regenerate"', () => {
    const r = consumerKeysRow(facts(code99, ok(user)), [])
    expect(r.row.verdict).toBe('warn')
    expect(r.findings.map((f) => f.id)).toEqual(['bearer-not-compared'])
  })

  test('code 99 with nothing else proving them: rejected, with the hints about the keys', () => {
    const hint = finding('consumer-pair-swapped', 'Swapped.', 'api-key')
    const r = consumerKeysRow(facts(code99, me401), [hint, swapped])
    expect(r.row.verdict).toBe('fail')
    expect(r.findings.map((f) => [f.id, f.severity])).toEqual([
      ['consumer-keys-rejected', 'error'],
      ['consumer-pair-swapped', 'error']
    ])
  })

  test.each(Object.entries(after))('code 99 while users/me answered %s: users/me authenticated the keys, so a warning', (_, me) => {
    const r = consumerKeysRow(facts(code99, me), [])
    expect(r.row.verdict).toBe('warn')
    expect(r.findings.map((f) => f.id)).toEqual(['bearer-not-compared'])
    expect(r.findings[0].message).toMatch(/which X sends only to requests that authenticated, so X most likely throttled/)
  })

  test('a failed /oauth2/token with the keys proven by users/me: a warning, not a failed step', () => {
    const r = consumerKeysRow(facts(fail('POST /oauth2/token', { status: 503 }), ok(user)), [])
    expect(r.row).toMatchObject({ verdict: 'warn', detail: 'Accepted by users/me; /oauth2/token failed (HTTP 503).' })
    expect(r.findings.map((f) => f.id)).toEqual(['bearer-not-compared'])
  })

  test('any other failure, with nothing proving the keys, gets the general reading of X errors', () => {
    const r = consumerKeysRow(facts(fail('POST /oauth2/token', { status: 503 }), me401), [])
    expect(r.findings.map((f) => f.id)).toEqual(['x-unavailable'])
  })
})

describe('access token and secret', () => {
  test('pass names the account', () => {
    expect(accessTokenRow(facts(bearer, ok(user)), [], 0).row.detail).toBe('Authenticated as @release_bot (id 1846203957715066880).')
  })

  test('401 with the keys proven blames the access token, with its hints', () => {
    const r = accessTokenRow(facts(bearer, me401), [swapped], 0)
    expect(r.findings.map((f) => f.id)).toEqual(['access-token-rejected', 'access-pair-swapped'])
  })

  test('401 with the keys rejected adds nothing: the keys row says it', () => {
    const r = accessTokenRow(facts(code99, me401), [swapped], 0)
    expect(r.row.verdict).toBe('fail')
    expect(r.findings).toEqual([])
  })

  test('401 when the keys could not be judged: all four values', () => {
    expect(accessTokenRow(facts(fail('POST /oauth2/token', { status: 503 }), me401), [], 0).findings.map((f) => f.id)).toEqual(['oauth-rejected'])
  })

  test('401 with the clock far off: both causes, the clock first, then the access token the keys point at', () => {
    const r = accessTokenRow(facts(bearer, me401), [swapped], 600)
    expect(r.row.detail).toBe("Refused: the runner's clock is off, or the access token is wrong.")
    expect(r.findings.map((f) => f.id)).toEqual(['clock-skew', 'access-token-rejected', 'access-pair-swapped'])
    expect(r.findings[0].message).toMatch(/600 s ahead of X's, more than the 120 s .* undocumented \(reported as 5 minutes\)/)
    expect(r.findings[1].message).toMatch(/or the runner's clock is why/)
  })

  test('401 with the clock far off and the keys unjudged: the clock, and all four values', () => {
    const r = accessTokenRow(facts(fail('POST /oauth2/token', { status: 503 }), me401), [], -600)
    expect(r.findings.map((f) => f.id)).toEqual(['clock-skew', 'oauth-rejected'])
  })

  test('401 code 135 (timestamp out of bounds): the clock alone, even without a Date to measure', () => {
    const r = accessTokenRow(facts(bearer, fail('GET /2/users/me', { status: 401, code: 135 })), [], undefined)
    expect(r.findings.map((f) => f.id)).toEqual(['clock-skew'])
  })

  test.each(Object.entries(after))('%s proves authentication', (_, me) => {
    expect(accessTokenRow(facts(code99, me), [], 0).row.verdict).toBe('pass')
  })
})

describe('access level', () => {
  test('at least what is required', () => {
    expect(accessLevelRow(facts(bearer, ok(user, 'read-write-directmessages')), need).row.verdict).toBe('pass')
  })

  test('read-write when direct messages are required: its own message, not "read-only"', () => {
    const r = accessLevelRow(facts(bearer, ok(user, 'read-write')), {
      level: 'read-write-directmessages',
      because: '`permission` is `read-write-directmessages`'
    })
    expect(r.row).toMatchObject({ verdict: 'fail', detail: '`read-write`, below `read-write-directmessages`.' })
    expect(r.findings.map((f) => f.id)).toEqual(['access-level-no-direct-messages'])
    expect(r.findings[0].message).toMatch(/it can post, but/)
  })

  test.each([
    ['a usage cap', 'usage-capped'],
    ['no credits (402)', 'credits-depleted'],
    ['an App outside the endpoint’s access (client-forbidden)', 'client-not-enrolled'],
    ['a suspended account', 'user-suspended']
  ] as const)('users/me refused for %s: the level is not read, and the refusal is the finding', (name, id) => {
    const r = accessLevelRow(facts(bearer, after[name]), need)
    expect(r.row.verdict).toBe('fail')
    expect(r.findings.map((f) => f.id)).toEqual([id])
  })

  test('read when read-write is required', () => {
    const r = accessLevelRow(facts(bearer, ok(user, 'read')), need)
    expect(r.row).toMatchObject({ verdict: 'fail', detail: '`read`, below `read-write`.' })
    expect(r.findings.map((f) => f.id)).toEqual(['access-level-too-low'])
  })

  test('no header, or rate limited: unknown, and the reset is named', () => {
    expect(accessLevelRow(facts(bearer, ok(user)), need).findings.map((f) => f.id)).toEqual(['access-level-unknown'])
    expect(accessLevelRow(facts(bearer, me429), need).findings[0].message).toMatch(/resets at 2030-03-17 17:46:40 UTC/)
  })

  test('not checked when the token did not authenticate', () => {
    expect(accessLevelRow(facts(bearer, me401), need).row.verdict).toBe('skip')
  })
})

describe('clock', () => {
  test('within the limit passes; beyond it warns, or fails beside a refused signature', () => {
    expect(clockRow(3, false)).toMatchObject({ verdict: 'pass', detail: "Within 3 s of X's clock." })
    expect(clockRow(-600, false)).toMatchObject({ verdict: 'warn', detail: "600 s behind X's clock." })
    expect(clockRow(600, true)).toMatchObject({ verdict: 'fail', detail: "600 s ahead of X's clock." })
    expect(clockRow(undefined, true).verdict).toBe('skip')
  })
})
