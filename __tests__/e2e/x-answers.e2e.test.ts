/**
 * The verification as X answers in 2026, end to end through dist/index.js:
 * answers that come only after X authenticated prove the keys, a rate limit
 * on the optional usage request blocks nothing, a usage cap is no window, a
 * suspended account or an App in the wrong package is named as such, and
 * OAuth 2.0 values in the wrong inputs are pointed out.
 */
import { describe, expect, test } from '@jest/globals'
import { CAPPED, DEPLETED, REVOKED, SAMPLE, SUSPENDED, SUSPENDED_ACCOUNT, WRONG_PACKAGE, XSimulator } from '../../tools/simulator/index.js'
import { unauthorized } from '../../tools/simulator/problems.js'
import { act, credentialInputs, errorIds, startSimulator, warningIds, withSimulator } from '../helpers/e2e.js'

let sim: XSimulator
withSimulator((started) => (sim = started))

const requests = (route: string) => sim.requests.filter((r) => r.route === route)
const unique = (text: string) => `${text} (${Date.now()}-${Math.random().toString(36).slice(2, 8)})`

/** OAuth 2.0 values as X issues them (base64): a Client ID decodes to `…:1:ci`, a user access token to `…:<ms>:1:0:at:1`. */
const OAUTH2_CLIENT_ID = Buffer.from('Vm9QeTNqLWZ4Q0ltR2Q0T2x:1:ci').toString('base64').replace(/=+$/, '')
const OAUTH2_USER_TOKEN = Buffer.from('bWx2Q3JhTk5ZdzBfVlRTZ2d6UlVrN0x6eWpFQTZ:1790000000000:1:0:at:1').toString('base64').replace(/=+$/, '')

describe('the optional usage request is rate limited', () => {
  test('good credentials: verified green, the bearer valid, the usage said to be unread — and the post goes out', async () => {
    // The reset is within rate-limit-wait-seconds: the action still does not wait for a request that only shows usage.
    sim.rateLimit('usage/tweets', { resetInSeconds: 30 })
    const run = await act(sim, { ...credentialInputs(SAMPLE), 'rate-limit-wait-seconds': '60', tweet: unique('Release 2.0 is out') })
    expect(run.exitCode).toBe(0)
    expect(errorIds(run)).toEqual([])
    expect(warningIds(run)).toEqual(['usage-unreadable'])
    expect(run.warnings[0]).toMatch(/GET \/2\/usage\/tweets: X answered HTTP 429.* The limit resets at/)
    expect(run.outputs).toMatchObject({ verified: 'true', 'bearer-valid': 'true', 'app-consistent': 'true', posted: 'true' })
    expect(run.outputs['tweet-id']).toMatch(/^\d{19}$/)
    expect(sim.posts).toHaveLength(1)
    expect(requests('usage/tweets')).toHaveLength(1)
    expect(run.summary).toMatch(/Bearer token \| ✅ \| Accepted \(X rate-limits only requests that authenticated\); the usage could not be read/)
    expect(run.summary).not.toMatch(/posts this month/)
  })
})

describe('answers X sends only after it authenticated prove the API key and secret', () => {
  test('parallel matrix jobs: /oauth2/token throttled (code 99) and users/me rate limited — the keys are not called wrong', async () => {
    sim.rateLimit('oauth2/token', { resetInSeconds: 900 })
    sim.rateLimit('users/me', { resetInSeconds: 900 })
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['access-level-unknown'])
    expect(warningIds(run)).toEqual(['bearer-not-compared'])
    expect(run.warnings[0]).toMatch(/GET \/2\/users\/me answered HTTP 429, which X sends only to requests that authenticated, so X most likely throttled/)
    expect(run.summary).toMatch(/API key and secret \| ⚠️ \|/)
    expect(run.summary).toMatch(/Access token and secret \| ✅ \| Authenticated/)
    expect(run.stdout + run.summary).not.toMatch(/regenerate \(or re-copy\) the API Key and Secret/)
  })

  test('/oauth2/token throttled and the App without credits: only the credits are named', async () => {
    sim.rateLimit('oauth2/token', { resetInSeconds: 900 })
    const run = await act(sim, credentialInputs(DEPLETED))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['credits-depleted'])
    expect(warningIds(run)).toEqual(['bearer-not-compared'])
    expect(run.outputs).toMatchObject({ verified: 'false', 'bearer-valid': 'true' })
  })

  test('/oauth2/token failing (503) while users/me accepts the keys: a warning, the step green', async () => {
    sim.fault('oauth2/token', [{ status: 503 }, { status: 503 }, { status: 503 }])
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['bearer-not-compared'])
    expect(run.summary).toMatch(/API key and secret \| ⚠️ \| Accepted by users\/me; \/oauth2\/token failed \(HTTP 503\)/)
  })
})

describe('a usage cap is not a rate limit', () => {
  test('a cap that blocks reads: users/me refused, the step fails at once with the cap’s fix, nothing waited', async () => {
    const capped = sim.apps.get('capped')!
    capped.usageCapped = 'all'
    try {
      sim.rateLimit('oauth2/token', { resetInSeconds: 900 })
      const run = await act(sim, { ...credentialInputs(CAPPED), 'rate-limit-wait-seconds': '3600' })
      expect(run.exitCode).toBe(1)
      expect(errorIds(run)).toEqual(['usage-capped'])
      expect(warningIds(run)).toEqual(['bearer-not-compared'])
      expect(run.errors[0]).toMatch(
        /Usage cap exceeded: Monthly product cap .*This is a usage cap \(the monthly product cap\), not a rate limit; the 15-minute window still has 74 calls left: waiting for a reset does not lift it/
      )
      expect(run.errors[0]).toMatch(/Fix: \(1\) Wait for the cap to reset with its period/)
      expect(run.stdout).not.toMatch(/rate limited by X; waiting/)
      expect(requests('users/me')).toHaveLength(1)
      expect(run.summary).toMatch(/Access level \| ❌ \| Not read: X refused GET \/2\/users\/me \(Usage cap reached\)/)
    } finally {
      capped.usageCapped = 'posts'
    }
  })

  test('a cap on posting: the post fails at once, one request, not waited on', async () => {
    const run = await act(sim, { ...credentialInputs(CAPPED), tweet: unique('capped'), 'rate-limit-wait-seconds': '3600' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['usage-capped'])
    expect(run.outputs).toMatchObject({ verified: 'true', posted: 'false' })
    expect(requests('tweets')).toHaveLength(1)
  })
})

describe('the 24-hour post cap of pay-per-use, answered without its 24-hour headers', () => {
  test('not mistaken for the 15-minute window: fails at once, saying X did not say when', async () => {
    sim.rateLimit('tweets', { resetInSeconds: 20 * 3600, scope: 'user24h', dailyHeaders: false })
    const run = await act(sim, { ...credentialInputs(SAMPLE), tweet: unique('daily'), 'rate-limit-wait-seconds': '3600' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['rate-limited'])
    expect(run.errors[0]).toMatch(
      /No limit in X's headers is used up \(100 of 100 left\), so this is a limit X does not report in headers — on pay-per-use, the 24-hour post cap/
    )
    expect(run.stdout).not.toMatch(/rate limited by X; waiting/)
    expect(requests('tweets')).toHaveLength(1)
    expect(run.outputs.posted).toBe('false')
  })
})

describe('standing, not credentials', () => {
  test('a suspended account: named as such, no key or token blamed', async () => {
    const run = await act(sim, credentialInputs(SUSPENDED))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['user-suspended'])
    expect(run.errors[0]).toMatch(/The user used for authentication is suspended .*Do not regenerate the keys or tokens/)
    expect(run.summary).toMatch(/API key and secret \| ✅/)
    expect(run.summary).toMatch(/Access token and secret \| ✅ \| Authenticated \(X answers HTTP 403 only to requests that authenticated\)/)
    expect(run.summary).toMatch(/Access level \| ❌ \| Not read: X refused GET \/2\/users\/me \(Account suspended\)/)
    expect(run.outputs).toMatchObject({ verified: 'false', username: '' })
    expect(run.stdout + run.summary).not.toContain(SUSPENDED_ACCOUNT.username)
  })

  test('an App in a package without posting: the check passes, the post is refused with the package fix first', async () => {
    const run = await act(sim, { ...credentialInputs(WRONG_PACKAGE), tweet: unique('wrong package') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['client-not-enrolled'])
    expect(run.commands.find((c) => c.command === 'error')?.properties.title).toBe("App's access does not include this endpoint")
    expect(run.errors[0]).toMatch(/Fix: \(1\) Open the X Developer Console and move the App to the Pay-per-use package and the Production environment/)
    expect(run.outputs).toMatchObject({ verified: 'true', posted: 'false' })
  })

  test('credentials refused at the post after a passing check (revoked meanwhile): the four values named, not "X refused"', async () => {
    sim.fault('tweets', [{ status: 401, body: unauthorized().body }])
    const run = await act(sim, { ...credentialInputs(SAMPLE), tweet: unique('revoked meanwhile') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['oauth-rejected'])
    expect(run.errors[0]).toMatch(/POST \/2\/tweets: X answered HTTP 401: Unauthorized\. X no longer accepts the credentials/)
    expect(run.outputs).toMatchObject({ verified: 'true', posted: 'false' })
  })
})

describe('OAuth 2.0 values in the wrong inputs, pointed out when their check fails', () => {
  test('an OAuth 2.0 Client ID in api-key', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, apiKey: OAUTH2_CLIENT_ID }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['consumer-keys-rejected', 'oauth2-credential-in-oauth1-input'])
    expect(run.errors[1]).toMatch(/`api-key` has the form of an OAuth 2\.0 Client ID/)
  })

  test('an OAuth 2.0 user access token in access-token', async () => {
    const run = await act(sim, credentialInputs({ ...SAMPLE, accessToken: OAUTH2_USER_TOKEN }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['access-token-rejected', 'oauth2-credential-in-oauth1-input'])
    expect(run.errors[1]).toMatch(/`access-token` has the form of an OAuth 2\.0 user access token/)
  })

  test('no hint while the values authenticate', async () => {
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(0)
    expect([...errorIds(run), ...warningIds(run)]).toEqual([])
  })

  test('an OAuth 2.0 user access token in bearer-token, which X refuses on the app-only endpoint', async () => {
    const refusal = {
      title: 'Unsupported Authentication',
      detail: 'Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 Application-Only].',
      type: 'https://api.x.com/2/problems/unsupported-authentication',
      status: 403
    }
    sim.fault('usage/tweets', [{ status: 403, body: refusal }])
    const run = await act(sim, credentialInputs({ ...SAMPLE, bearerToken: OAUTH2_USER_TOKEN }))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['bearer-is-user-token', 'credential-in-wrong-slot'])
    expect(run.outputs).toMatchObject({ 'bearer-valid': 'false', 'app-consistent': 'false' })
    expect(run.errors[1]).toMatch(/`bearer-token` has the form of an OAuth 2\.0 user access token/)
  })
})

describe('the clock', () => {
  test('a Date header ending in UTC is read like GMT', async () => {
    const utc = await startSimulator({ dateZone: 'UTC' })
    try {
      const run = await act(utc, credentialInputs(SAMPLE))
      expect(run.exitCode).toBe(0)
      expect(run.summary).toMatch(/Clock \| ✅ \| Within \d+ s of X's clock/)
    } finally {
      await utc.close()
    }
  })

  test('a clock 10 minutes off and a revoked token: both causes named, the clock first', async () => {
    const ahead = await startSimulator({ now: () => Date.now() + 10 * 60_000 })
    try {
      const run = await act(ahead, credentialInputs(REVOKED))
      expect(run.exitCode).toBe(1)
      expect(errorIds(run)).toEqual(['clock-skew', 'access-token-rejected'])
      expect(run.summary).toMatch(/Clock \| ❌ \|/)
    } finally {
      await ahead.close()
    }
  })

  test('401 code 135 (timestamp out of bounds): the clock for certain, even when the Date looks right', async () => {
    sim.fault('users/me', [{ status: 401, body: { errors: [{ code: 135, message: 'Timestamp out of bounds.' }] } }])
    const run = await act(sim, credentialInputs(SAMPLE))
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['clock-skew'])
    expect(run.errors[0]).toMatch(/X refused the signature's timestamp/)
  })
})
