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
import { OTHER_APP, SAMPLE, credentialInputs, type XSimulator } from '../../tools/simulator/index.js'
import { captureIO } from '../helpers/capture-io.js'
import { act, errorIds, startSimulator } from '../helpers/e2e.js'
import { scanSinks } from '../helpers/leaks.js'
import { newChain, oauth2Inputs, startGitHub } from '../helpers/oauth2.js'
import { count, figures, hostileRun, openHostileWorld, sinksOf, writeHostileFigures, type HostileWorld } from './world.js'

/**
 * Offsets from the start of X's text to past the longest cut (300): every third in `npm test`, every one with
 * HOSTILE_OFFSETS=all (the weekly workflow, .github/workflows/fuzz.yml). A credential echoed across a cut shows a piece
 * of it for as many offsets in a row as it has characters beyond the 12 the check looks for (13 or more for the
 * shortest, a 25-character API key), so a step of 3 still meets every such place several times.
 */
const ALL = process.env.HOSTILE_OFFSETS === 'all'
const OFFSETS = Array.from({ length: 321 }, (_, i) => i).filter((o) => o % (ALL ? 1 : 3) === 0)
/** For requests whose errors are cut exactly as the checks' are (swept above), with other headers echoed: every third offset, every sixth in `npm test`. */
const SPARSE_OFFSETS = OFFSETS.filter((o) => o % (ALL ? 3 : 6) === 0)
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

const UNAUTHORIZED = { status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } }
const CODE_99 = { status: 403, body: { errors: [{ code: 99, label: 'authenticity_token_error', message: 'Unable to verify your credentials' }] } }

/** The checks' three requests each refused by `sim`. */
function refuseChecks(sim: XSimulator): void {
  sim.fault('users/me', [UNAUTHORIZED])
  sim.fault('oauth2/token', [CODE_99])
  sim.fault('usage/tweets', [UNAUTHORIZED])
}

/** The checks' three requests each refused, their error bodies echoing the request after `at` characters. */
function refuseEveryCheck(at: number): void {
  world.x.setHostile({ echoAt: at })
  refuseChecks(world.x)
}

/**
 * One in-process run per offset: `prepare` makes the worlds hostile at that offset, and the run must fail as it would
 * anyway (`fails`), having shown no form of any secret.
 */
async function sweep(part: string, offsets: number[], prepare: (at: number) => void, inputs: () => Record<string, string>, fails = true): Promise<void> {
  const hits: string[] = []
  for (const at of offsets) {
    world.x.reset()
    world.gh.reset()
    prepare(at)
    const { captured, leaks } = await hostileRun(world, part, inputs())
    if (fails) expect(captured.failed).toHaveLength(1)
    hits.push(...leaks.map((l) => `at ${at}: ${l}`))
  }
  world.x.setHostile(undefined)
  world.gh.setHostile(undefined)
  expect(hits).toEqual([])
}

describe('a hostile X echoes the request into every error, at every offset around the cuts (in-process)', () => {
  test('the checks: the OAuth 1.0a header, the Basic credential of the keys, the bearer token', () =>
    sweep('checks (OAuth 1.0a and bearer)', OFFSETS, refuseEveryCheck, () => credentialInputs(SAMPLE)))

  test('a bearer token of another App, which POST /oauth2/token answers with the App’s own: echoed by the next refusal, hidden', () =>
    sweep(
      'checks (bearer of another App)',
      OFFSETS.filter((o) => o % 8 === 0),
      (at) => {
        world.x.setHostile({ echoAt: at, routes: ['usage/tweets'] })
        world.x.fault('usage/tweets', [UNAUTHORIZED])
      },
      () => ({ ...credentialInputs(SAMPLE), 'bearer-token': OTHER_APP.bearerToken })
    ))

  test('posting: the checks pass, then POST /2/tweets is refused with the request echoed', () =>
    sweep(
      'posting',
      SPARSE_OFFSETS,
      (at) => {
        world.x.setHostile({ echoAt: at, routes: ['tweets'] })
        world.x.fault('tweets', [{ status: 403, body: { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' } }])
      },
      () => ({ ...credentialInputs(SAMPLE), tweet: `Hostile ${Date.now()} ${Math.random()}` })
    ))

  test('OAuth 2.0: the refresh at X is refused with the Basic credential of the client and the refresh token in the body echoed', () => {
    const refreshToken = newChain(world.x, world.gh)
    return sweep(
      'OAuth 2.0 at X',
      SPARSE_OFFSETS,
      (at) => {
        world.x.setHostile({ echoAt: at })
        // Refused before it is handled: the refresh token is not spent, the next offset uses it again.
        world.x.fault('oauth2/user-token', [{ status: 400, body: { error: 'invalid_grant', error_description: 'The grant was refused.' } }])
      },
      () => oauth2Inputs(refreshToken)
    )
  })

  test('OAuth 2.0: GitHub refuses with the request echoed, the GitHub token in its Authorization header', () => {
    const refreshToken = newChain(world.x, world.gh)
    // GitHub's words are cut at 300 characters of their own: every offset.
    return sweep(
      'OAuth 2.0 at GitHub',
      OFFSETS,
      (at) => {
        world.gh.setHostile({ echoAt: at })
        world.gh.fault('public-key', [
          { status: 403, body: { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com' } }
        ])
      },
      () => oauth2Inputs(refreshToken)
    )
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
      refuseChecks(sim)
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
