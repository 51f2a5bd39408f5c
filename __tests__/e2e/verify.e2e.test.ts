/**
 * The verification, end to end: dist/index.js run as the runner runs it,
 * against the X API simulator, one scenario per diagnosis.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { CAPPED, DEPLETED, DM, OTHER_APP, READ_ONLY, REVOKED, SAMPLE, SAMPLE_ACCOUNT, UNENROLLED, XSimulator } from '../../tools/simulator/index.js'
import { appOnlyForbidden, tokenEndpointRefused } from '../../tools/simulator/problems.js'
import { act, credentialInputs, errorIds, startSimulator, warningIds } from '../helpers/e2e.js'

let sim: XSimulator
beforeAll(async () => {
  sim = await startSimulator({ latencyMs: 0 })
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.reset()
  sim.setLatency(0)
})

const routes = () => sim.requests.map((r) => r.route).sort()

describe('all five credentials valid', () => {
  test('passes with every output set, after exactly three concurrent requests', async () => {
    sim.setLatency(150)
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      verified: 'true',
      'user-id': SAMPLE_ACCOUNT.id,
      username: SAMPLE_ACCOUNT.username,
      name: SAMPLE_ACCOUNT.name,
      'access-level': 'read-write',
      'bearer-valid': 'true',
      'app-consistent': 'true',
      posted: 'false'
    })
    expect(routes()).toEqual(['oauth2/token', 'usage/tweets', 'users/me'])
    // Concurrent: every request started before the first one was answered.
    const lastStart = Math.max(...sim.requests.map((r) => r.startedAt))
    const firstEnd = Math.min(...sim.requests.map((r) => r.endedAt ?? Infinity))
    expect(lastStart).toBeLessThan(firstEnd)
    expect(run.summary).toContain('## X credentials: ✅ verified')
    expect(run.summary).toContain('[@release_bot](https://x.com/release_bot)')
    expect(run.summary).toMatch(/2,007 of 2,000,000 posts this month/)
    expect(run.summary).toMatch(/`api-key` sha256:[0-9a-f]{8}/)
    expect(run.errors).toEqual([])
    expect(run.warnings).toEqual([])
  })

  test('a read + write + direct messages token satisfies every permission', async () => {
    const run = await act(sim, { ...credentialInputs(DM), permission: 'read-write-directmessages' })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['access-level']).toBe('read-write-directmessages')
  })

  test('credentials from TWITTER_* environment variables when the inputs are empty', async () => {
    const env = {
      TWITTER_API_KEY: SAMPLE.apiKey,
      TWITTER_API_SECRET: SAMPLE.apiSecret,
      TWITTER_ACCESS_TOKEN: SAMPLE.accessToken,
      TWITTER_ACCESS_SECRET: SAMPLE.accessSecret,
      TWITTER_BEARER_TOKEN: SAMPLE.bearerToken
    }
    const run = await act(sim, {}, { env })
    expect(run.exitCode).toBe(0)
    expect(run.outputs['app-consistent']).toBe('true')
  })

  test('then X_* environment variables', async () => {
    const env = { X_API_KEY: SAMPLE.apiKey, X_API_SECRET: SAMPLE.apiSecret, X_ACCESS_TOKEN: SAMPLE.accessToken, X_ACCESS_SECRET: SAMPLE.accessSecret }
    const run = await act(sim, {}, { env })
    expect(run.exitCode).toBe(0)
  })

  test('no bearer token: its checks are skipped and the summary says so', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: undefined }))
    expect(run.exitCode).toBe(0)
    expect(run.outputs['bearer-valid']).toBe('')
    expect(run.outputs['app-consistent']).toBe('')
    expect(run.summary).toMatch(/Bearer token \| ➖ \| Not given/)
    expect(routes()).toEqual(['oauth2/token', 'users/me'])
  })

  test('expect-username matches case-insensitively, with a leading @', async () => {
    const run = await act(sim, { ...credentialInputs(SAMPLE), 'expect-username': '@Release_Bot' })
    expect(run.exitCode).toBe(0)
  })
})

describe('missing and malformed values, caught before any request', () => {
  test('an empty secret names the input and the environment variables tried', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiSecret: '' }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('missing-credential')
    expect(run.errors.join('\n')).toMatch(/`api-secret` \(API secret\) is empty: .*neither TWITTER_API_SECRET nor X_API_SECRET/)
    expect(run.outputs.verified).toBe('false')
    expect(sim.requests).toHaveLength(0)
  })

  test('on a pull request from a fork, says that secrets are not passed to forks', async () => {
    const payload = {
      pull_request: { head: { repo: { full_name: 'someone/release-notes', fork: true } } },
      repository: { full_name: 'octo-org/release-notes' }
    }
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiKey: '', apiSecret: '', accessToken: '', accessSecret: '' }), {
      event: { name: 'pull_request', payload }
    })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/pull request from a fork, and GitHub does not pass secrets/)
  })

  test('surrounding whitespace and a trailing newline are trimmed with a warning', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiKey: `  ${SAMPLE.apiKey}\n`, accessSecret: `${SAMPLE.accessSecret}\n` }))
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['whitespace-trimmed', 'whitespace-trimmed'])
    expect(run.warnings.join('\n')).toMatch(/`api-key` had whitespace/)
  })

  test('a bearer token stored with "Bearer " in front is repaired with a warning', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: `Bearer ${SAMPLE.bearerToken}` }))
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['bearer-prefix'])
    expect(run.outputs['app-consistent']).toBe('true')
  })

  test('a percent-decoded bearer token (+ / = for %2B %2F %3D) is re-encoded with a warning, and both forms are masked', async () => {
    const decoded = decodeURIComponent(SAMPLE.bearerToken)
    expect(decoded).toMatch(/[+/=]/)
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: decoded }))
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['bearer-decoded'])
    expect(run.masks).toEqual(expect.arrayContaining([decoded, SAMPLE.bearerToken]))
  })

  test('a credential wrapped in quotes is unquoted with a warning', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiKey: `"${SAMPLE.apiKey}"` }))
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['quotes-stripped'])
  })

  test('http:// to a host that is not loopback is refused before any request', async () => {
    const run = await act(undefined, { ...credentialInputs(SAMPLE), 'api-base-url': 'http://api.example.com' })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/`api-base-url` uses http:\/\/ to a host that is not this machine/)
    expect(errorIds(run)).toEqual(['invalid-input'])
  })
})

describe('credentials X refuses', () => {
  test('API key and secret swapped: the API key is rejected, and the swap is named', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiKey: SAMPLE.apiSecret, apiSecret: SAMPLE.apiKey }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(expect.arrayContaining(['consumer-keys-rejected', 'consumer-pair-swapped']))
    expect(run.summary).toMatch(/API key and secret \| ❌/)
    // A suspended App is refused like wrong keys: the fix says how to tell.
    expect(run.errors.join('\n')).toMatch(/banner saying the App is suspended/)
  })

  test('a wrong API secret: API key/secret rejected, the access token not blamed', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiSecret: OTHER_APP.apiSecret }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('consumer-keys-rejected')
    expect(errorIds(run)).not.toContain('access-token-rejected')
    expect(run.summary).toMatch(/Access token and secret \| ❌ \| Not usable: the API key and secret they are signed with were rejected/)
  })

  test('access token and access secret swapped', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, accessToken: SAMPLE.accessSecret, accessSecret: SAMPLE.accessToken }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(expect.arrayContaining(['access-token-rejected', 'access-pair-swapped']))
  })

  test('a revoked (regenerated) access token', async () => {
    const run = await act(sim, credentialInputs(REVOKED))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('access-token-rejected')
    expect(run.errors.join('\n')).toMatch(/API key and secret are valid, so the access token or access secret is wrong, revoked, or from another App/)
    expect(run.outputs['user-id']).toBe('')
  })

  test('an access token from another App', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, accessToken: OTHER_APP.accessToken, accessSecret: OTHER_APP.accessSecret }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('access-token-rejected')
  })

  test('read-only token after switching the app to Read and write without regenerating', async () => {
    const run = await act(sim, credentialInputs(READ_ONLY))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['access-level-too-low'])
    const text = run.errors.join('\n')
    expect(text).toMatch(/has `read` access, but `permission` is `read-write`/)
    expect(text).toMatch(/"Read and write"/)
    expect(text).toMatch(/Regenerate next to "Access Token and Secret"/)
    expect(run.outputs).toMatchObject({ verified: 'false', 'access-level': 'read', username: 'news_reader' })
  })

  test('a read-only token passes when permission is read', async () => {
    const run = await act(sim, { ...credentialInputs(READ_ONLY), permission: 'read' })
    expect(run.exitCode).toBe(0)
  })

  test('a read-write token with permission read-write-directmessages: it can post, it cannot use DMs — not called read-only', async () => {
    const run = await act(sim, { ...credentialInputs(SAMPLE), permission: 'read-write-directmessages' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['access-level-no-direct-messages'])
    const text = run.errors.join('\n')
    expect(text).toMatch(/has `read-write` access: it can post, but `permission` is `read-write-directmessages`/)
    expect(text).toMatch(/"Read and write and Direct message"/)
    expect(text).not.toMatch(/read-only/)
    expect(run.outputs).toMatchObject({ verified: 'false', 'access-level': 'read-write' })
  })

  test('a read-only token with permission read-write-directmessages: read-only, told to allow direct messages too', async () => {
    const run = await act(sim, { ...credentialInputs(READ_ONLY), permission: 'read-write-directmessages' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['access-level-too-low'])
    expect(run.errors.join('\n')).toMatch(/"Read and write and Direct message" when `permission` is `read-write-directmessages`/)
  })

  test('the token belongs to another account than expect-username', async () => {
    const run = await act(sim, { ...credentialInputs(SAMPLE), 'expect-username': 'acme_news' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['username-mismatch'])
    expect(run.errors[0]).toMatch(/belongs to @release_bot .* but `expect-username` is @acme_news/)
  })

  test('a bearer token of another App: valid, not consistent, and the step fails', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: OTHER_APP.bearerToken }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ 'bearer-valid': 'true', 'app-consistent': 'false', verified: 'false' })
    expect(errorIds(run)).toEqual(['bearer-other-app'])
    expect(run.errors[0]).toMatch(/bearer sha256:[0-9a-f]{8}, the App's sha256:[0-9a-f]{8}/)
  })

  test('an invalid bearer token', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: SAMPLE.bearerToken.slice(0, -6) + 'QQQQQQ' }))
    expect(run.exitCode).toBe(1)
    expect(run.outputs).toMatchObject({ 'bearer-valid': 'false', 'app-consistent': 'false' })
    expect(errorIds(run)).toContain('bearer-rejected')
  })

  test('an access token pasted into bearer-token: rejected, and the mix-up named', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: SAMPLE.accessToken }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(expect.arrayContaining(['bearer-rejected', 'credential-in-wrong-slot']))
  })

  test('users/me refuses and /oauth2/token cannot answer: X does not say which value is wrong', async () => {
    sim.fault('oauth2/token', [{ status: 503 }, { status: 503 }, { status: 503 }])
    const run = await act(sim, credentialInputs(REVOKED))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(expect.arrayContaining(['oauth-rejected', 'x-unavailable']))
  })

  test('/oauth2/token throttled (code 99) while users/me accepts the keys: a warning, not a failure of the keys', async () => {
    const refused = tokenEndpointRefused()
    sim.fault('oauth2/token', [{ status: refused.status, body: refused.body }])
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['bearer-not-compared'])
    expect(run.outputs['app-consistent']).toBe('')
    expect(run.summary).toMatch(/API key and secret \| ⚠️ \|/)
  })

  test('an App not attached to a Project (client-not-enrolled): the package and environment first, the keys not blamed', async () => {
    const run = await act(sim, credentialInputs(UNENROLLED))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['client-not-enrolled', 'client-not-enrolled'])
    expect(run.errors[0]).toMatch(
      /client-forbidden.* Fix: \(1\) .*move the App to the Pay-per-use package and the Production environment\. \(2\) If the App is not inside a Project/
    )
    expect(run.outputs).toMatchObject({ 'bearer-valid': 'true' })
  })

  test('pay-per-use credits depleted (402): the bearer still passes (usage/tweets answers 200), users/me names the credits', async () => {
    const run = await act(sim, credentialInputs(DEPLETED))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['credits-depleted'])
    expect(run.outputs).toMatchObject({ verified: 'false', 'bearer-valid': 'true', 'app-consistent': 'true' })
    expect(run.summary).toMatch(/Access token and secret \| ✅ \| Authenticated \(X answers HTTP 402 only to requests that authenticated\)/)
  })

  test('an App whose usage cap blocks posts only still verifies', async () => {
    const run = await act(sim, credentialInputs(CAPPED))
    expect(run.exitCode).toBe(0)
  })

  test('an endpoint refusing the kind of authentication (unsupported-authentication)', async () => {
    const body = appOnlyForbidden('api.x.com')
    sim.fault('users/me', [{ status: body.status, body: body.body }])
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('unsupported-authentication')
  })
})

describe('clock', () => {
  test("a runner clock 10 minutes behind X's: OAuth fails and the clock is named", async () => {
    const ahead = await startSimulator({ now: () => Date.now() + 10 * 60_000 })
    try {
      const run = await act(ahead, credentialInputs(SAMPLE))
      expect(run.exitCode).toBe(1)
      // The keys are judged without a timestamp and pass: the clock, or else the access token.
      expect(errorIds(run)).toEqual(['clock-skew', 'access-token-rejected'])
      expect(run.errors[0]).toMatch(/clock is (59\d|60\d) s behind X's, more than the 120 s .* undocumented \(reported as 5 minutes\)/)
      expect(run.errors[1]).toMatch(/or the runner's clock is why/)
      expect(run.summary).toMatch(/Access token and secret \| ❌ \| Refused: the runner's clock is off, or the access token is wrong/)
    } finally {
      await ahead.close()
    }
  })
})

describe('rate limits', () => {
  test('users/me rate limited far away: authenticated, permission unknown, reset time named', async () => {
    sim.rateLimit('users/me', { resetInSeconds: 900 })
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(1)
    expect(run.summary).toMatch(/Access token and secret \| ✅ \| Authenticated \(X rate-limits only requests that authenticated\)/)
    expect(errorIds(run)).toContain('access-level-unknown')
    expect(run.errors.join('\n')).toMatch(/resets at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 1\d min\)/)
    expect(sim.requests.filter((r) => r.route === 'users/me')).toHaveLength(1)
  })

  test('users/me rate limited with the reset 2 s away: waits, retries, passes', async () => {
    sim.rateLimit('users/me', { resetInSeconds: 2 })
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/rate limited by X; waiting \d s for the reset/)
    expect(sim.requests.filter((r) => r.route === 'users/me')).toHaveLength(2)
  })
})
