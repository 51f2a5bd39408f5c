/**
 * The leak suite against a hostile X (and a hostile GitHub): every error body
 * echoes the request, Authorization header included, at every offset around
 * each place the action cuts text (X's title and detail at 300 characters, a
 * check row at 160, an unexpected error at 300). Whatever the offset, no
 * secret, no 12-character piece of one, no Basic or base64 form may be shown:
 * in the log (as printed, and as the runner shows it once the masks apply),
 * the annotations, the outputs or the summary. The runs are in-process, so
 * hundreds of offsets fit in seconds; end-to-end runs of dist/index.js at the
 * cut points follow, with the runner's own masking applied (act()).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { redacting } from '../../src/io/redacting-io.js'
import { failUnexpected } from '../../src/main.js'
import { REFRESH_TOKEN_SECRET, REPOSITORY } from '../../tools/github-simulator/index.js'
import { OTHER_APP, SAMPLE, credentialInputs } from '../../tools/simulator/index.js'
import { captureIO } from '../helpers/capture-io.js'
import { act, errorIds, startSimulator } from '../helpers/e2e.js'
import { scanSinks } from '../helpers/leaks.js'
import { newChain, oauth2Inputs, startGitHub } from '../helpers/oauth2.js'
import { count, figures, hostileRun, openHostileWorld, sinksOf, writeHostileFigures, type HostileWorld } from './world.js'

/** Every offset from the start of X's text to past the longest cut (300), one character apart. */
const OFFSETS = Array.from({ length: 321 }, (_, i) => i)
/** Every third offset: for requests whose errors are cut exactly as the checks' are (swept one by one above), with other headers echoed. */
const EVERY_THIRD = OFFSETS.filter((o) => o % 3 === 0)
/** A few offsets for the end-to-end runs: where the echoed header meets each cut. */
const CUT_OFFSETS = [120, 140, 160, 230, 260, 280, 299]

let world: HostileWorld
beforeAll(async () => {
  world = await openHostileWorld()
})
afterAll(async () => {
  await world.close()
  writeHostileFigures()
  const total = Object.values(figures).reduce((t, f) => ({ runs: t.runs + f.runs, checks: t.checks + f.checks, hits: t.hits + f.hits }), {
    runs: 0,
    checks: 0,
    hits: 0
  })
  console.log(`Hostile leak suite: ${total.runs} runs, ${total.checks} checks, ${total.hits} hits; by part: ${JSON.stringify(figures)}`)
})

/** The checks' three requests each refused, their error bodies echoing the request after `at` characters. */
function refuseEveryCheck(at: number): void {
  world.x.reset()
  world.x.setHostile({ echoAt: at })
  world.x.fault('users/me', [{ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }])
  world.x.fault('oauth2/token', [
    { status: 403, body: { errors: [{ code: 99, label: 'authenticity_token_error', message: 'Unable to verify your credentials' }] } }
  ])
  world.x.fault('usage/tweets', [{ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }])
}

describe('a hostile X echoes the request into every error, at every offset around the cuts (in-process)', () => {
  test('the checks: the OAuth 1.0a header, the Basic credential of the keys, the bearer token', async () => {
    const hits: string[] = []
    for (const at of OFFSETS) {
      refuseEveryCheck(at)
      const { captured, leaks } = await hostileRun(world, 'checks (OAuth 1.0a and bearer)', credentialInputs(SAMPLE))
      expect(captured.failed).toHaveLength(1)
      hits.push(...leaks.map((l) => `at ${at}: ${l}`))
    }
    expect(hits).toEqual([])
  })

  test('a bearer token of another App, which POST /oauth2/token answers with the App’s own: echoed by the next refusal, hidden', async () => {
    const hits: string[] = []
    for (const at of OFFSETS.filter((o) => o % 8 === 0)) {
      world.x.reset()
      world.x.setHostile({ echoAt: at, routes: ['usage/tweets'] })
      world.x.fault('usage/tweets', [{ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }])
      const { leaks } = await hostileRun(world, 'checks (bearer of another App)', { ...credentialInputs(SAMPLE), 'bearer-token': OTHER_APP.bearerToken })
      hits.push(...leaks.map((l) => `at ${at}: ${l}`))
    }
    expect(hits).toEqual([])
  })

  test('posting: the checks pass, then POST /2/tweets is refused with the request echoed', async () => {
    const hits: string[] = []
    for (const at of EVERY_THIRD) {
      world.x.reset()
      world.x.setHostile({ echoAt: at, routes: ['tweets'] })
      world.x.fault('tweets', [{ status: 403, body: { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' } }])
      const { captured, leaks } = await hostileRun(world, 'posting', { ...credentialInputs(SAMPLE), tweet: `Hostile ${at} ${Date.now()}` })
      expect(captured.failed).toHaveLength(1)
      hits.push(...leaks.map((l) => `at ${at}: ${l}`))
    }
    expect(hits).toEqual([])
  })

  test('OAuth 2.0: the refresh at X is refused with the Basic credential of the client and the refresh token in the body echoed', async () => {
    const hits: string[] = []
    const refreshToken = newChain(world.x, world.gh)
    for (const at of EVERY_THIRD) {
      world.x.reset()
      world.gh.reset()
      world.x.setHostile({ echoAt: at })
      // Refused before it is handled: the refresh token is not spent, the next offset uses it again.
      world.x.fault('oauth2/user-token', [{ status: 400, body: { error: 'invalid_grant', error_description: 'The grant was refused.' } }])
      const { captured, leaks } = await hostileRun(world, 'OAuth 2.0 at X', oauth2Inputs(refreshToken))
      expect(captured.failed).toHaveLength(1)
      hits.push(...leaks.map((l) => `at ${at}: ${l}`))
    }
    expect(hits).toEqual([])
  })

  test('OAuth 2.0: GitHub refuses with the request echoed, the GitHub token in its Authorization header', async () => {
    const hits: string[] = []
    const refreshToken = newChain(world.x, world.gh)
    // GitHub's words are cut at 300 characters of their own: every offset.
    for (const at of OFFSETS) {
      world.x.reset()
      world.gh.reset()
      world.gh.setHostile({ echoAt: at })
      world.gh.fault('public-key', [
        { status: 403, body: { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com' } }
      ])
      const { captured, leaks } = await hostileRun(world, 'OAuth 2.0 at GitHub', oauth2Inputs(refreshToken))
      expect(captured.failed).toHaveLength(1)
      hits.push(...leaks.map((l) => `at ${at}: ${l}`))
    }
    world.gh.setHostile(undefined)
    expect(hits).toEqual([])
  })

  test('an unexpected error whose message holds a secret at every offset around its cut', () => {
    const hits: string[] = []
    for (const at of OFFSETS) {
      const { io, captured } = captureIO({})
      const redactingIO = redacting(io)
      for (const value of Object.values(SAMPLE)) redactingIO.mask(value)
      failUnexpected(
        new Error(`${'x'.repeat(at)}Authorization: OAuth oauth_consumer_key="${SAMPLE.apiKey}", oauth_token="${SAMPLE.accessToken}" ${SAMPLE.apiSecret}`),
        redactingIO
      )
      const secrets = Object.values(SAMPLE).map((value, i) => ({ name: `sample#${i}`, value, publicPrefix: /^\d+-/.exec(value)?.[0] }))
      const report = scanSinks(sinksOf(captured), captured.masks, secrets)
      count('unexpected errors', report.checks, report.leaks.length)
      hits.push(...report.leaks.map((l) => `at ${at}: ${l}`))
    }
    expect(hits).toEqual([])
  })
})

describe('end to end, dist/index.js at the cut points, the runner’s masking applied (act)', () => {
  test.each(CUT_OFFSETS)('the checks refused, the request echoed after %i characters', async (at) => {
    const sim = await startSimulator({ hostile: { echoAt: at } })
    try {
      sim.fault('users/me', [{ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }])
      sim.fault('oauth2/token', [
        { status: 403, body: { errors: [{ code: 99, label: 'authenticity_token_error', message: 'Unable to verify your credentials' }] } }
      ])
      sim.fault('usage/tweets', [{ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }])
      const run = await act(sim, credentialInputs(SAMPLE))
      count('end to end (dist/index.js)', run.leakChecks, 0)
      // The keys refused, so users/me's 401 adds nothing of its own; the bearer token refused on its own.
      expect(errorIds(run)).toEqual(['consumer-keys-rejected', 'bearer-rejected'])
    } finally {
      await sim.close()
    }
  })

  test.each(CUT_OFFSETS.filter((_, i) => i % 2 === 0))('OAuth 2.0: the refresh refused at X and GitHub echoing too, after %i characters', async (at) => {
    const sim = await startSimulator({ hostile: { echoAt: at } })
    const gh = await startGitHub()
    try {
      const refreshToken = newChain(sim, gh)
      sim.fault('oauth2/user-token', [{ status: 400, body: { error: 'invalid_grant', error_description: 'The grant was refused.' } }])
      const run = await act(sim, oauth2Inputs(refreshToken), { env: { GITHUB_API_URL: gh.url } })
      count('end to end (dist/index.js)', run.leakChecks, 0)
      expect(run.exitCode).toBe(1)
      expect(gh.secret(REPOSITORY, REFRESH_TOKEN_SECRET)?.value).toBe(refreshToken)
    } finally {
      await Promise.all([sim.close(), gh.close()])
    }
  })
})
