/**
 * The retry policy on its own: `withRetries` with fake senders that fail the
 * way twitter-api-v2 fails, under jest's fake clock, so every wait is
 * measured exactly and nothing sleeps for real.
 */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import fc from 'fast-check'
import { inspect } from 'node:util'
import { toXApiError, XApiError } from '../../src/x/errors.js'
import { Deadline } from '../../src/deadline.js'
import { backoffMs, DEFAULT_RETRY, formatReset, rateLimitReset, withRetries, type RetryPolicy } from '../../src/x/retry.js'

const ENDPOINT = 'GET /2/users/me'
const START = Date.UTC(2026, 0, 15, 12, 0, 0)

beforeEach(() => {
  jest.useFakeTimers({ now: START })
})
afterEach(() => {
  jest.useRealTimers()
})

/** What twitter-api-v2 throws, by shape (its classes are not needed to build them). */
const thrown = {
  status: (
    code: number,
    data: unknown = { title: 'Error', detail: `HTTP ${code}`, type: 'about:blank', status: code },
    headers: Record<string, string> = {}
  ) => ({ type: 'response', code, data, headers, error: true }),
  html: (code: number) => ({ type: 'response', code, data: '<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>', headers: {} }),
  reset: () => ({ type: 'request', requestError: { code: 'ECONNRESET', message: 'socket hang up' } }),
  timeout: () => ({ type: 'request', requestError: { message: 'Request timeout.' } }),
  truncated: () => ({ type: 'partial-response', message: 'JSON parse error', response: { statusCode: 200, headers: {} } }),
  tooMany: (headers: Record<string, string>) => ({
    type: 'response',
    code: 429,
    data: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
    headers
  })
}

interface Trace {
  /** Fake-clock time of each attempt, ms after START. */
  at: number[]
  waits: string[]
  failures: XApiError[]
}

function policy(over: Partial<RetryPolicy> = {}): RetryPolicy {
  return { ...DEFAULT_RETRY, rateLimitWaitSeconds: 60, deadline: Deadline.in(10 * 60_000), ...over }
}

/** Runs withRetries over `answers` (a throwable, or `'ok'`), one per attempt, to completion on the fake clock. */
async function drive(answers: unknown[], p: RetryPolicy = policy()): Promise<{ result?: string; error?: XApiError; trace: Trace }> {
  const trace: Trace = { at: [], waits: [], failures: [] }
  const pending = withRetries(
    ENDPOINT,
    async (attempt) => {
      trace.at.push(Date.now() - START)
      const answer = answers[attempt - 1]
      if (answer === undefined) throw new Error(`attempt ${attempt} was not expected`)
      if (answer === 'ok') return `ok after ${attempt}`
      throw answer
    },
    (error, attempts) => toXApiError(ENDPOINT, error, attempts, (t) => t),
    p,
    { onWait: (m) => void trace.waits.push(m), onAttemptError: (e) => void trace.failures.push(e) }
  ).then(
    (result) => ({ result }),
    (error: unknown) => ({ error: error as XApiError })
  )
  await jest.runAllTimersAsync()
  const settled = await pending
  // Every scenario starts at the same instant, so headers can be written relative to START.
  jest.setSystemTime(START)
  return { ...settled, trace }
}

const gaps = (at: number[]) => at.slice(1).map((t, i) => t - at[i])

describe('backoff', () => {
  test('doubles from 1 s up to 8 s, each with equal jitter: between half and all of it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, r) => {
        const full = Math.min(8000, 1000 * 2 ** (retry - 1))
        const ms = backoffMs(retry, DEFAULT_RETRY, () => r)
        expect(ms).toBeGreaterThanOrEqual(full / 2)
        expect(ms).toBeLessThanOrEqual(full)
      }),
      { numRuns: 500 }
    )
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, DEFAULT_RETRY, () => 0))).toEqual([500, 1000, 2000, 4000, 4000])
    expect([1, 2, 3, 4, 5].map((n) => backoffMs(n, DEFAULT_RETRY, () => 0.999999))).toEqual([1000, 2000, 4000, 8000, 8000])
  })

  test('the jitter really spreads: 200 draws of the first backoff are not all alike', () => {
    const draws = new Set(Array.from({ length: 200 }, () => backoffMs(1, DEFAULT_RETRY)))
    expect(draws.size).toBeGreaterThan(50)
  })
})

describe('transient failures', () => {
  test.each([
    ['a dropped connection', thrown.reset, /the network failed after 3 attempts \(ECONNRESET\)/],
    ['a timeout', thrown.timeout, /after 3 attempts \(Request timeout\.\)/],
    ['HTTP 500', () => thrown.status(500), /X answered HTTP 500: Error — HTTP 500 after 3 attempts/],
    ['HTTP 503', () => thrown.status(503), /X answered HTTP 503.* after 3 attempts/],
    ["a proxy's HTML page", () => thrown.html(502), /HTTP 502 with an HTML error page instead of JSON after 3 attempts/],
    ['a truncated JSON body', thrown.truncated, /could not be read after 3 attempts/]
  ])('%s: 3 attempts in all, backing off 0.5–1 s then 1–2 s, then the last error', async (_name, make, says) => {
    const { error, trace } = await drive([make(), make(), make()])
    expect(error).toBeInstanceOf(XApiError)
    expect(error!.message).toMatch(new RegExp(`^${ENDPOINT.replace(/\//g, '\\/')}: `))
    expect(error!.message).toMatch(says)
    expect(error!.info.attempts).toBe(3)
    expect(trace.at).toHaveLength(3)
    const [first, second] = gaps(trace.at)
    expect(first).toBeGreaterThanOrEqual(500)
    expect(first).toBeLessThanOrEqual(1000)
    expect(second).toBeGreaterThanOrEqual(1000)
    expect(second).toBeLessThanOrEqual(2000)
    expect(trace.failures.map((f) => f.transient)).toEqual([true, true, true])
    expect(trace.waits).toEqual([expect.stringMatching(/attempt 1 failed \(.+\); retrying in \d\.\d s\./), expect.stringMatching(/attempt 2 failed/)])
  })

  test('one failure, then success: the value of the second attempt', async () => {
    const { result, error, trace } = await drive([thrown.reset(), 'ok'])
    expect(error).toBeUndefined()
    expect(result).toBe('ok after 2')
    expect(trace.at).toHaveLength(2)
  })

  test('the number of attempts is the policy’s, whatever it is', async () => {
    for (const attempts of [1, 2, 5]) {
      const { error, trace } = await drive(Array.from({ length: attempts }, thrown.reset), policy({ attempts }))
      expect(trace.at).toHaveLength(attempts)
      expect(error!.info.attempts).toBe(attempts)
    }
  })
})

describe('4xx other than 429', () => {
  test('are never retried, whatever the status', async () => {
    const statuses = [400, 401, 402, 403, 404, 405, 409, 413, 422, ...Array.from({ length: 99 }, (_, i) => 400 + i).filter((s) => s !== 429)]
    for (const status of [...new Set(statuses)]) {
      const { error, trace } = await drive([thrown.status(status), 'ok'])
      expect({ status, attempts: trace.at.length }).toEqual({ status, attempts: 1 })
      expect(error!.status).toBe(status)
      expect(error!.transient).toBe(false)
      expect(error!.message).not.toMatch(/attempts/)
      expect(trace.waits).toEqual([])
    }
  })

  test('nor is X’s duplicate-content refusal (403)', async () => {
    const duplicate = thrown.status(403, {
      title: 'Forbidden',
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      status: 403
    })
    const { error, trace } = await drive([duplicate, 'ok'])
    expect(trace.at).toHaveLength(1)
    expect(error!.isDuplicate).toBe(true)
  })
})

describe('429', () => {
  const epoch = (msFromStart: number) => String(Math.ceil((START + msFromStart) / 1000))

  test('reset near: waits until one second past the reset, says when in UTC, then tries again', async () => {
    const limited = thrown.tooMany({ 'x-rate-limit-limit': '75', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(5000) })
    const { result, trace } = await drive([limited, 'ok'])
    expect(result).toBe('ok after 2')
    expect(gaps(trace.at)).toEqual([6000])
    expect(trace.waits).toEqual([`${ENDPOINT}: rate limited by X; waiting 6 s for the reset at 2026-01-15 12:00:05 UTC (in 5 s).`])
  })

  test('reset beyond rate-limit-wait-seconds: fails at once, and the diagnosis can name the reset', async () => {
    const limited = thrown.tooMany({ 'x-rate-limit-limit': '75', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(3 * 3600_000) })
    const { error, trace } = await drive([limited, 'ok'], policy({ rateLimitWaitSeconds: 60 }))
    expect(trace.at).toHaveLength(1)
    expect(error!.status).toBe(429)
    expect(formatReset(rateLimitReset(error!)!)).toBe('2026-01-15 15:00:00 UTC (in 3.0 h)')
  })

  test('the limit is the input: 61 s away waits with 120, fails with 60', async () => {
    const limited = () => thrown.tooMany({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(60_000) })
    expect((await drive([limited(), 'ok'], policy({ rateLimitWaitSeconds: 120 }))).trace.at).toHaveLength(2)
    expect((await drive([limited(), 'ok'], policy({ rateLimitWaitSeconds: 60 }))).trace.at).toHaveLength(1)
    expect((await drive([limited(), 'ok'], policy({ rateLimitWaitSeconds: 0 }))).trace.at).toHaveLength(1)
  })

  test('the 24-hour cap decides when it is the exhausted window, even if the 15-minute one resets soon', async () => {
    const limited = thrown.tooMany({
      'x-rate-limit-limit': '100',
      'x-rate-limit-remaining': '97',
      'x-rate-limit-reset': epoch(10_000),
      'x-user-limit-24hour-limit': '100',
      'x-user-limit-24hour-remaining': '0',
      'x-user-limit-24hour-reset': epoch(20 * 3600_000)
    })
    const { error, trace } = await drive([limited, 'ok'])
    expect(trace.at).toHaveLength(1)
    expect(formatReset(rateLimitReset(error!)!)).toBe('2026-01-16 08:00:00 UTC (in 20.0 h)')
  })

  test('an app-wide 24-hour cap that resets soon is waited for', async () => {
    const limited = thrown.tooMany({ 'x-app-limit-24hour-limit': '10000', 'x-app-limit-24hour-remaining': '0', 'x-app-limit-24hour-reset': epoch(3000) })
    const { result, trace } = await drive([limited, 'ok'])
    expect(result).toBe('ok after 2')
    expect(gaps(trace.at)).toEqual([4000])
  })

  test('a 429 whose windows all have calls left (pay-per-use 24-hour cap, no 24-hour headers): not the 15-minute reset, fails at once', async () => {
    const limited = thrown.tooMany({ 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '99', 'x-rate-limit-reset': epoch(5000) })
    const { error, trace } = await drive([limited, 'ok'], policy({ rateLimitWaitSeconds: 900 }))
    expect(trace.at).toHaveLength(1)
    expect(rateLimitReset(error!)).toBeUndefined()
  })

  test('a usage cap is no window: never waited for, even with its reset near and waits allowed', async () => {
    const capped = {
      type: 'response',
      code: 429,
      data: {
        title: 'UsageCapExceeded',
        detail: 'Usage cap exceeded: Monthly product cap',
        type: 'https://api.twitter.com/2/problems/usage-capped',
        period: 'Monthly',
        scope: 'Product'
      },
      headers: { 'x-rate-limit-limit': '40000', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(2000) }
    }
    const { error, trace } = await drive([capped, 'ok'], policy({ rateLimitWaitSeconds: 900 }))
    expect(trace.at).toHaveLength(1)
    expect(trace.waits).toEqual([])
    expect(error!.isProblem('usage-capped')).toBe(true)
    expect([error!.info.period, error!.info.scope]).toEqual(['Monthly', 'Product'])
  })

  test('no reset header: nothing to wait for, fails at once', async () => {
    const { error, trace } = await drive([thrown.tooMany({}), 'ok'])
    expect(trace.at).toHaveLength(1)
    expect(error!.status).toBe(429)
  })

  test('waits at most twice per request, then fails', async () => {
    const limited = () => thrown.tooMany({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(2000) })
    // The clock moves with each wait (3 s, then 4 s), so each later reset lies ahead of it.
    const answers = [
      limited(),
      thrown.tooMany({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(6000) }),
      thrown.tooMany({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(10_000) }),
      'ok'
    ]
    const { error, trace } = await drive(answers)
    expect(trace.at).toHaveLength(3)
    expect(error!.status).toBe(429)
    expect(trace.waits).toHaveLength(2)
  })

  test('does not count against the transient attempts', async () => {
    const limited = thrown.tooMany({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': epoch(1000) })
    const { result, trace } = await drive([thrown.reset(), limited, thrown.reset(), 'ok'])
    expect(result).toBe('ok after 4')
    expect(trace.at).toHaveLength(4)
  })
})

describe('the step deadline', () => {
  test('a backoff that would end past the deadline is not started: the failure says so', async () => {
    const { error, trace } = await drive([thrown.status(503), 'ok'], policy({ deadline: Deadline.in(400) }))
    expect(trace.at).toHaveLength(1)
    expect(error!.kind).toBe('deadline')
    expect(error!.message).toBe(`${ENDPOINT}: stopped at the step's overall deadline.`)
  })

  test('a rate-limit wait that would end past the deadline is not started', async () => {
    const limited = thrown.tooMany({ 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil((START + 30_000) / 1000)) })
    const { error, trace } = await drive([limited, 'ok'], policy({ deadline: Deadline.in(20_000) }))
    expect(trace.at).toHaveLength(1)
    expect(error!.status).toBe(429)
  })

  test('no attempt starts after the deadline, whatever the jitter', async () => {
    for (let i = 0; i < 50; i++) {
      const deadline = Deadline.in(2500)
      const { error, trace } = await drive([thrown.reset(), thrown.reset(), thrown.reset()], policy({ deadline }))
      expect(Math.max(...trace.at)).toBeLessThan(2500)
      if (trace.at.length < 3) expect(error!.kind).toBe('deadline')
    }
  })
})

describe('what an error keeps', () => {
  test("never the library's request: no Authorization header, key or signature in the message, its JSON or its inspection", () => {
    const secret = 'ZgwZfjHM3irZqVD3cd3CMyjws'
    const libraryError = {
      ...thrown.status(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }, { 'x-access-level': 'read' }),
      request: { _header: `GET /2/users/me HTTP/1.1\r\nAuthorization: OAuth oauth_consumer_key="${secret}", oauth_signature="c2lnbmF0dXJl"\r\n` },
      requestError: { options: { headers: { Authorization: `Bearer ${secret}` } } }
    }
    const error = toXApiError(ENDPOINT, libraryError, 1, (t) => t)
    for (const text of [error.message, JSON.stringify(error), JSON.stringify(error.info), inspect(error, { depth: 10 }), String(error)]) {
      expect(text).not.toContain(secret)
      expect(text).not.toContain('c2lnbmF0dXJl')
      expect(text).not.toMatch(/Authorization/i)
      expect(text).not.toContain('[object Object]')
    }
    expect(error.message).toBe(`${ENDPOINT}: X answered HTTP 401: Unauthorized.`)
  })

  test("X's own full stop is not doubled", () => {
    const detail = 'You are not allowed to create a Tweet with duplicate content.'
    const error = toXApiError('POST /2/tweets', thrown.status(403, { title: 'Forbidden', detail, type: 'about:blank', status: 403 }), 1, (t) => t)
    expect(error.message).toBe(`POST /2/tweets: X answered HTTP 403: Forbidden — ${detail}`)
    expect(toXApiError('POST /2/tweets', thrown.status(503, { title: 'Service Unavailable' }), 3, (t) => t).message).toBe(
      'POST /2/tweets: X answered HTTP 503: Service Unavailable after 3 attempts.'
    )
  })

  test('an error body X did not shape (an object for a title) is not printed as [object Object]', () => {
    const error = toXApiError(ENDPOINT, thrown.status(400, { title: { nested: true }, detail: ['a', 'b'], errors: [{ message: { x: 1 } }] }), 1, (t) => t)
    expect(error.message).toBe(`${ENDPOINT}: X answered HTTP 400.`)
  })
})
