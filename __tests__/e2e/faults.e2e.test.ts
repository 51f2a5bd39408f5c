/**
 * The fault matrix, end to end through dist/index.js: every request the
 * action makes, against every way X or the network fails — error statuses,
 * a proxy's HTML page, a dropped connection, a hung one, a slow one, a
 * truncated body, and 429 with the reset near or far. Each scenario gets its
 * own simulator, so they run side by side; each asserts the verdict, how many
 * requests reached that route, the wall time and the posts that exist.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { SAMPLE, XSimulator, type FaultStep, type RateLimitScope, type RouteName } from '../../tools/simulator/index.js'
import { tooManyRequests } from '../../tools/simulator/problems.js'
import { act, credentialInputs, errorTitles, startSimulator, type Act } from '../helpers/e2e.js'
import { mp4, png } from '../helpers/media-files.js'
import { inPool, markdownTable, writeFigures } from '../helpers/reliability.js'

type Route = Extract<RouteName, 'users/me' | 'oauth2/token' | 'usage/tweets' | 'tweets' | 'media/append' | 'media/finalize'>

/** What the action calls each route in its messages. */
const ENDPOINT: Record<Route, string> = {
  'users/me': 'GET /2/users/me',
  'oauth2/token': 'POST /oauth2/token',
  'usage/tweets': 'GET /2/usage/tweets',
  tweets: 'POST /2/tweets',
  'media/append': 'POST /2/media/upload/{id}/append',
  'media/finalize': 'POST /2/media/upload/{id}/finalize'
}

const POSTING: Route[] = ['tweets', 'media/append', 'media/finalize']

/** Every transient fault: what the simulator does, and how the final message describes it. */
const TRANSIENT: { fault: string; step: FaultStep; says: RegExp }[] = [
  { fault: '500', step: { status: 500 }, says: /X answered HTTP 500: Internal Server Error/ },
  { fault: '502 HTML page', step: { status: 502, html: true }, says: /X answered HTTP 502 with an HTML error page instead of JSON/ },
  { fault: '503', step: { status: 503 }, says: /X answered HTTP 503: Service Unavailable/ },
  { fault: 'dropped connection', step: { drop: true }, says: /the network failed/ },
  { fault: 'hang past the timeout', step: { hang: true }, says: /no answer within the timeout/ },
  { fault: 'malformed JSON', step: { malformedJson: true }, says: /X's answer \(HTTP 200\) could not be read/ }
]

/** The shortest backoff before the 2nd and 3rd attempts: 1 s and 2 s, each at least half (equal jitter). */
const MIN_BACKOFF_MS = { once: 500, persists: 500 + 1000 }
/** ...and the longest. */
const MAX_BACKOFF_MS = { once: 1000, persists: 1000 + 2000 }
/** Starting node and running the checks, with up to a handful of actions side by side on 2 cores. */
const OVERHEAD_MS = 4000
const HANG_TIMEOUT_S = 1
const SLOW_MS = 700
const NEAR_RESET_S = 2
const FAR_RESET_S = 3 * 3600

interface Expectation {
  exit: 0 | 1
  /** The error annotation's title (the diagnosis), when it fails. */
  title?: string
  /** Requests the simulator logged for the route. */
  requests: number
  /** Posts that exist afterwards (posting routes). */
  posts?: number
  /** In the error annotations (failure) or the log (success). */
  says?: RegExp
  minMs: number
  maxMs: number
}

interface Scenario {
  route: Route
  fault: string
  variant: 'persists' | 'once' | 'after X stored the post' | ''
  timeoutSeconds: number
  script(sim: XSimulator): void
  expect: Expectation
}

function rateLimit(sim: XSimulator, route: Route, resetInSeconds: number, scope: RateLimitScope): void {
  if (route !== 'oauth2/token') return sim.rateLimit(route, { resetInSeconds, scope })
  // The simulator throttles /oauth2/token the way X does, with 403 code 99; a 429 is scripted instead.
  const limited = tooManyRequests()
  sim.fault(route, [
    {
      status: limited.status,
      body: limited.body,
      headers: { 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000 + resetInSeconds)) }
    }
  ])
}

/** The 24-hour caps where X sends them (posting), the 15-minute window elsewhere. */
const FAR_SCOPE: Record<Route, RateLimitScope> = {
  'users/me': '15min',
  'oauth2/token': '15min',
  'usage/tweets': '15min',
  tweets: 'user24h',
  'media/append': 'app24h',
  'media/finalize': '15min'
}

function scenariosFor(route: Route): Scenario[] {
  const endpoint = ENDPOINT[route].replace(/[{}/]/g, (c) => `\\${c}`)
  const posting = POSTING.includes(route)
  const okPosts = posting ? 1 : undefined
  const failPosts = posting ? 0 : undefined
  // Video processing adds one STATUS poll after 1 s.
  const extraMs = route === 'media/finalize' ? 1000 : 0
  const list: Scenario[] = []
  for (const t of TRANSIENT) {
    const hang = !!t.step.hang
    const perAttempt = hang ? HANG_TIMEOUT_S * 1000 : 0
    list.push({
      route,
      fault: t.fault,
      variant: 'persists',
      timeoutSeconds: hang ? HANG_TIMEOUT_S : 10,
      script: (sim) => sim.fault(route, [t.step, t.step, t.step]),
      expect: {
        exit: 1,
        title: 'X API or the network failed',
        requests: 3,
        posts: failPosts,
        says: new RegExp(`^${endpoint}: ${t.says.source}.*after 3 attempts`),
        minMs: MIN_BACKOFF_MS.persists + 3 * perAttempt,
        maxMs: MAX_BACKOFF_MS.persists + 3 * perAttempt + OVERHEAD_MS
      }
    })
    list.push({
      route,
      fault: t.fault,
      variant: 'once',
      timeoutSeconds: hang ? HANG_TIMEOUT_S : 10,
      script: (sim) => sim.fault(route, [t.step]),
      expect: {
        exit: 0,
        requests: 2,
        posts: okPosts,
        says: new RegExp(`${endpoint}: attempt 1 failed \\(.+\\); retrying in \\d\\.\\d s\\.`),
        minMs: MIN_BACKOFF_MS.once + perAttempt,
        maxMs: MAX_BACKOFF_MS.once + perAttempt + extraMs + OVERHEAD_MS
      }
    })
  }
  list.push({
    route,
    fault: `slow response (${SLOW_MS} ms, timeout 2 s)`,
    variant: '',
    timeoutSeconds: 2,
    script: (sim) => sim.fault(route, [{ delayMs: SLOW_MS }]),
    expect: { exit: 0, requests: 1, posts: okPosts, minMs: SLOW_MS, maxMs: SLOW_MS + extraMs + OVERHEAD_MS }
  })
  list.push({
    route,
    fault: `429, reset in ${NEAR_RESET_S} s`,
    variant: '',
    timeoutSeconds: 10,
    script: (sim) => rateLimit(sim, route, NEAR_RESET_S, route === 'tweets' ? 'user24h' : '15min'),
    expect: {
      exit: 0,
      requests: 2,
      posts: okPosts,
      says: new RegExp(`${endpoint}: rate limited by X; waiting \\d s for the reset at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`),
      // The wait runs to one second past the reset (whole seconds).
      minMs: NEAR_RESET_S * 1000,
      maxMs: (NEAR_RESET_S + 2) * 1000 + extraMs + OVERHEAD_MS
    }
  })
  const usersMe = route === 'users/me'
  list.push({
    route,
    fault: '429, reset in 3 h',
    variant: '',
    timeoutSeconds: 10,
    script: (sim) => rateLimit(sim, route, FAR_RESET_S, FAR_SCOPE[route]),
    expect: {
      exit: 1,
      // users/me rate-limited still proves the credentials authenticated: only the level is unknown.
      title: usersMe ? 'Access level could not be read' : 'Rate limited by X',
      requests: 1,
      posts: failPosts,
      says: usersMe
        ? /The credentials authenticated, but the access level could not be read\. The limit resets at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 3\.0 h\)/
        : new RegExp(`^${endpoint}: X answered HTTP 429.*The limit resets at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(in 3\\.0 h\\)`),
      minMs: 0,
      maxMs: OVERHEAD_MS
    }
  })
  if (route === 'tweets') {
    // X stored the post, then the answer was lost: the retry is refused as duplicate, which proves the first went through.
    for (const [fault, step] of [
      ['500', { afterHandling: true, status: 500 }],
      ['hang past the timeout', { afterHandling: true, hang: true }]
    ] as const) {
      list.push({
        route,
        fault,
        variant: 'after X stored the post',
        timeoutSeconds: step.hang ? HANG_TIMEOUT_S : 10,
        script: (sim) => sim.fault(route, [step]),
        expect: {
          exit: 0,
          requests: 2,
          posts: 1,
          says: /X refused the retry as duplicate content — so the first attempt was posted/,
          minMs: MIN_BACKOFF_MS.once + (step.hang ? HANG_TIMEOUT_S * 1000 : 0),
          maxMs: MAX_BACKOFF_MS.once + (step.hang ? HANG_TIMEOUT_S * 1000 : 0) + OVERHEAD_MS
        }
      })
    }
  }
  return list
}

const ROUTES: Route[] = ['users/me', 'oauth2/token', 'usage/tweets', 'tweets', 'media/append', 'media/finalize']
const SCENARIOS = ROUTES.flatMap(scenariosFor)
const nameOf = (s: Scenario) => [s.fault, s.variant].filter(Boolean).join(', ')

interface Measured {
  run?: Act
  error?: unknown
  requests: number
  posts: number
  routes: string[]
}

async function play(s: Scenario, i: number): Promise<Measured> {
  const sim = await startSimulator({ videoProcessingPolls: 1 })
  try {
    const tag = `Fault matrix ${i}: ${s.route} × ${nameOf(s)} ${Date.now()}`
    const inputs: Record<string, string> = { ...credentialInputs(SAMPLE), 'timeout-seconds': String(s.timeoutSeconds) }
    const files: Record<string, Buffer> = {}
    if (POSTING.includes(s.route)) inputs.tweet = tag
    if (s.route === 'media/append') files['shot.png'] = png(32, 24, i)
    if (s.route === 'media/finalize') files['clip.mp4'] = mp4(64 * 1024 + i)
    if (Object.keys(files).length) inputs.media = Object.keys(files)[0]
    s.script(sim)
    const measured = (run?: Act, error?: unknown): Measured => ({
      run,
      error,
      requests: sim.requests.filter((r) => r.route === s.route).length,
      posts: sim.posts.length,
      routes: sim.requests.map((r) => r.route)
    })
    try {
      return measured(await act(sim, inputs, { files, killAfterMs: 60_000 }))
    } catch (error) {
      return measured(undefined, error)
    }
  } finally {
    await sim.close()
  }
}

const results = new Map<Scenario, Measured>()
let matrixMs = 0

beforeAll(async () => {
  const started = Date.now()
  // Longest first, so the slow hangs do not all end up in the last batch.
  const order = [...SCENARIOS].sort((a, b) => b.expect.maxMs - a.expect.maxMs)
  const measured = await inPool(order, 6, (s) => play(s, SCENARIOS.indexOf(s)))
  order.forEach((s, i) => results.set(s, measured[i]))
  matrixMs = Date.now() - started
}, 180_000)

afterAll(() => {
  const rows = SCENARIOS.map((s) => {
    const m = results.get(s)
    const run = m?.run
    const verdict = !run ? 'not run' : run.exitCode === 0 ? 'exit 0 (green)' : `exit ${run.exitCode}: ${errorTitles(run).join('; ')}`
    return { route: s.route, fault: nameOf(s), verdict, requests: m?.requests ?? 0, wallMs: run?.durationMs ?? 0, posts: POSTING.includes(s.route) ? (m?.posts ?? 0) : null }
  })
  const table = markdownTable(
    ['Route', 'Fault', 'Verdict', 'Requests', 'Wall ms', 'Posts'],
    rows.map((r) => [r.route, r.fault, r.verdict, r.requests, r.wallMs, r.posts ?? '–'])
  )
  console.log(`Fault matrix: ${rows.length} scenarios in ${(matrixMs / 1000).toFixed(1)} s\n\n${table}`)
  writeFigures('faults.json', { scenarios: rows.length, matrixWallMs: matrixMs, concurrency: 6, rows })
})

describe.each(ROUTES)('%s', (route) => {
  test.each(SCENARIOS.filter((s) => s.route === route).map((s) => [nameOf(s), s] as const))('%s', (_name, s) => {
    const m = results.get(s)!
    if (m.error) throw m.error
    const run = m.run!
    const e = s.expect
    expect(run.exitCode).toBe(e.exit)
    expect(m.requests).toBe(e.requests)
    if (e.exit === 1) {
      expect(errorTitles(run)).toEqual([e.title])
      expect(run.commands.filter((c) => c.command === 'error').map((c) => c.message)).toEqual([expect.stringMatching(e.says!)])
      expect(run.outputs.verified).toBe(s.route === 'tweets' || s.route.startsWith('media/') ? 'true' : 'false')
    } else {
      expect(errorTitles(run)).toEqual([])
      if (e.says) expect(run.stdout).toMatch(e.says)
      expect(run.outputs.verified).toBe('true')
    }
    if (e.posts !== undefined) {
      expect(m.posts).toBe(e.posts)
      expect(m.routes.filter((r) => r === 'tweets').length).toBe(e.exit === 1 && s.route !== 'tweets' ? 0 : s.route === 'tweets' ? e.requests : 1)
    }
    expect(run.durationMs).toBeGreaterThanOrEqual(e.minMs)
    expect(run.durationMs).toBeLessThanOrEqual(e.maxMs)
  })
})

test('the whole matrix ran well within its time budget', () => {
  expect(results.size).toBe(SCENARIOS.length)
  expect(matrixMs).toBeLessThan(90_000)
})
