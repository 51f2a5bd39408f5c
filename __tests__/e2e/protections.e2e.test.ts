/**
 * The protections no other test would miss if they were gone: each test here
 * fails when its protection is removed (the watchdog never firing, the
 * deadline set to a day or ignoring rate-limit waits, the last-resort
 * handlers removed, derived forms not sent to ::add-mask::, the bearer token
 * of POST /oauth2/token not masked, keep-alive connections left open). The
 * faults that only a bug could cause (a library ignoring its abort signal, a
 * promise nobody awaits) are injected into the action's process with
 * `node --import` (__tests__/helpers/inject/).
 */
import { describe, expect, test } from '@jest/globals'
import path from 'node:path'
import { Deadline } from '../../src/deadline.js'
import { redacting } from '../../src/io/redacting-io.js'
import { base64Cores, basicCredentials, Secret } from '../../src/io/secret.js'
import { run } from '../../src/main.js'
import { XApi } from '../../src/x/api.js'
import { XApiError } from '../../src/x/errors.js'
import { OTHER_APP, SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { REPO_ROOT } from '../../tools/runner.js'
import { captureIO } from '../helpers/capture-io.js'
import { act, credentialInputs, errorIds, withSimulator } from '../helpers/e2e.js'

const inject = (name: string) => path.join(REPO_ROOT, '__tests__', 'helpers', 'inject', name)
const oauth1 = credentialInputs({ ...SAMPLE, bearerToken: undefined })

let sim: XSimulator
withSimulator((started) => (sim = started))

describe('the step deadline', () => {
  test('a request that never ends, its own time bound broken: the watchdog ends the step at the deadline, counted from the first line', async () => {
    sim.fault('users/me', [{ hang: true }])
    // 2 requests of 3 × 0.2 s, 3 s of backoff and 1 s of slack: the deadline is about 5 s after the inputs are read, the watchdog 5 s later.
    const run = await act(
      sim,
      { ...oauth1, 'timeout-seconds': '0.2', 'rate-limit-wait-seconds': '0' },
      { preload: [inject('abort-ignored.mjs')], killAfterMs: 40_000 }
    )
    expect(run.signal).toBeNull()
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual([])
    expect(run.errors.join('\n')).toMatch(/^The step did not finish within its overall deadline of \d+ s\. Fix: /m)
    expect(run.durationMs).toBeGreaterThan(9_000)
    expect(run.durationMs).toBeLessThan(20_000)
  })

  test('a rate limit whose reset is within rate-limit-wait-seconds is waited out: the deadline counts the waits', async () => {
    sim.fault('users/me', [{ tooManyRequests: { resetInSeconds: 6 } }])
    const run = await act(sim, { ...oauth1, 'timeout-seconds': '0.5', 'rate-limit-wait-seconds': '10' })
    expect(errorIds(run)).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/GET \/2\/users\/me: rate limited by X; waiting \d+ s for the reset/)
    expect(run.durationMs).toBeGreaterThan(6_000)
  })

  test('a wait that would end past the deadline is not started, over real HTTP: the 429 comes back at once', async () => {
    sim.fault('users/me', [{ tooManyRequests: { resetInSeconds: 10 } }])
    const x = await XApi.create({
      baseUrl: sim.url,
      timeoutMs: 2000,
      rateLimitWaitSeconds: 60,
      deadline: Deadline.in(3000),
      log: () => undefined,
      scrub: (t) => t
    })
    const started = Date.now()
    try {
      const error = await x
        .client({ kind: 'oauth1', ...secrets() })
        .usersMe()
        .then(
          () => undefined,
          (e: unknown) => e
        )
      expect(error).toBeInstanceOf(XApiError)
      expect((error as XApiError).status).toBe(429)
      expect(Date.now() - started).toBeLessThan(1500)
    } finally {
      x.close()
    }
  })
})

describe('the last-resort handlers', () => {
  test.each([
    ['a promise nobody awaited rejects', 'unhandled-rejection.mjs', 'Error: injected: a promise nobody awaited rejected'],
    ['a callback throws', 'uncaught-exception.mjs', 'TypeError: injected: a callback threw']
  ])('%s: the step fails with a short message, no stack trace, nothing on stderr', async (_, module, message) => {
    const run = await act(sim, oauth1, { preload: [inject(module)] })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual([])
    expect(run.errors).toContainEqual(expect.stringContaining(`Unexpected error (${message}).`))
  })
})

describe('what is masked for the later steps of the job', () => {
  test('the derived forms: the repaired bearer token, its decoded and encoded forms, the base64 of each value, the Basic credential, each line of a multi-line value', async () => {
    const decoded = decodeURIComponent(SAMPLE.bearerToken)
    const twoLines = `${SAMPLE.accessSecret}\n${SAMPLE.accessSecret.slice(0, 20)}`
    const run = await act(sim, { ...credentialInputs(SAMPLE), 'bearer-token': `Bearer ${decoded}`, 'access-secret': twoLines })
    // The two-line secret is refused, but masked first, line by line.
    expect(errorIds(run)).toEqual(['invalid-input'])
    expect(run.masks).toEqual(
      expect.arrayContaining([
        SAMPLE.bearerToken,
        decoded,
        encodeURIComponent(SAMPLE.bearerToken),
        ...base64Cores(SAMPLE.apiKey),
        ...basicCredentials(SAMPLE.apiKey, SAMPLE.apiSecret),
        SAMPLE.accessSecret,
        SAMPLE.accessSecret.slice(0, 20)
      ])
    )
  })

  test("POST /oauth2/token answers the App's bearer token, another than the one given: it is masked the moment it arrives", async () => {
    const run = await act(sim, { ...credentialInputs(SAMPLE), 'bearer-token': OTHER_APP.bearerToken })
    expect(errorIds(run)).toEqual(['bearer-other-app'])
    expect(run.masks).toContain(SAMPLE.bearerToken)
    expect(run.masks.indexOf(SAMPLE.bearerToken)).toBeGreaterThan(run.masks.indexOf(OTHER_APP.bearerToken))
  })
})

test('at the end of a run every connection to X is closed, none left open for the process (in-process)', async () => {
  const { io } = captureIO({ ...credentialInputs(SAMPLE), 'api-base-url': sim.url })
  await run(redacting(io), Deadline.in(30_000))
  expect(sim.connections.length).toBeGreaterThan(0)
  const until = Date.now() + 2000
  while (sim.connections.some((c) => c.closedAt === null) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
  expect(sim.connections.filter((c) => c.closedAt === null)).toEqual([])
})

function secrets() {
  return {
    apiKey: new Secret('api-key', SAMPLE.apiKey),
    apiSecret: new Secret('api-secret', SAMPLE.apiSecret),
    accessToken: new Secret('access-token', SAMPLE.accessToken),
    accessSecret: new Secret('access-secret', SAMPLE.accessSecret)
  }
}
