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
import type { DiagnosisId } from '../../src/diagnoses/catalogue.js'
import { act, credentialInputs, errorIds, startSimulator, warningIds, type Act } from '../helpers/e2e.js'
import { mp4, png } from '../helpers/media-files.js'
import { inPool, markdownTable, writeFigures } from '../helpers/reliability.js'

type Route = Extract<RouteName, 'users/me' | 'oauth2/token' | 'usage/tweets' | 'tweets' | 'media/upload' | 'media/append' | 'media/finalize'>

/** What the action calls each route in its messages. */
const ENDPOINT: Record<Route, string> = {
  'users/me': 'GET /2/users/me',
  'oauth2/token': 'POST /oauth2/token',
  'usage/tweets': 'GET /2/usage/tweets',
  tweets: 'POST /2/tweets',
  'media/upload': 'POST /2/media/upload',
  'media/append': 'POST /2/media/upload/{id}/append',
  'media/finalize': 'POST /2/media/upload/{id}/finalize'
}

const POSTING: Route[] = ['tweets', 'media/upload', 'media/append', 'media/finalize']
/** Posting a video: the chunked upload, then the post. (An image goes through the one-shot media/upload instead; one post cannot carry both.) */
const VIDEO_POSTING: Route[] = ['tweets', 'media/append', 'media/finalize']

/** Every transient fault: what the simulator does, and how the final message describes it. */
const TRANSIENT: { fault: string; step: FaultStep; says: RegExp }[] = [
  { fault: '500', step: { status: 500 }, says: /X answered HTTP 500: Internal Server Error/ },
  { fault: '502 HTML page', step: { status: 502, html: true }, says: /X answered HTTP 502 with an HTML error page instead of JSON/ },
  { fault: '503', step: { status: 503 }, says: /X answered HTTP 503: Service Unavailable/ },
  { fault: 'dropped connection', step: { drop: true }, says: /the network failed/ },
  { fault: 'hang past the timeout', step: { hang: true }, says: /timed out/ },
  { fault: 'malformed JSON', step: { malformedJson: true }, says: /X's answer \(HTTP 200\) could not be read/ }
]

/** The shortest backoff before the 2nd and 3rd attempts: 1 s and 2 s, each at least half (equal jitter). */
const MIN_BACKOFF_MS = { once: 500, persists: 500 + 1000 }
/** ...and the longest. */
const MAX_BACKOFF_MS = { once: 1000, persists: 1000 + 2000 }
/** Starting node and running the checks, with several actions side by side on a busy 2-core machine. */
const OVERHEAD_MS = 10_000
const HANG_TIMEOUT_S = 1
const SLOW_MS = 700
const NEAR_RESET_S = 2
const FAR_RESET_S = 3 * 3600

interface Expectation {
  exit: 0 | 1
  /** The diagnosis of the error annotation, when it fails. */
  diagnosis?: DiagnosisId
  /** The diagnosis of the one warning annotation, when a green run has one (then `says` is about it). */
  warning?: DiagnosisId
  /** Requests the simulator logged for each faulted route. */
  requests: number
  /** Posts that exist afterwards (when posting). */
  posts?: number
  /** Per faulted route: in the error annotation (failure) or in the log (success). */
  says?: (endpoint: string) => RegExp
  minMs: number
  maxMs: number
}

interface Scenario {
  /** The routes the fault is scripted on; more than one when a single run fails once on each. */
  routes: Route[]
  fault: string
  variant: 'persists' | 'once' | 'after X stored the post' | ''
  timeoutSeconds: number
  script(sim: XSimulator, route: Route): void
  expect: Expectation
}

/**
 * A far reset through the simulator's rate windows; a near one from the fault
 * script, timed from the request so the action's start-up does not eat it.
 * /oauth2/token is throttled by X with 403 code 99, so its 429 is scripted too.
 */
function rateLimit(sim: XSimulator, route: Route, resetInSeconds: number, scope: RateLimitScope): void {
  if (resetInSeconds > 60 && route !== 'oauth2/token') return sim.rateLimit(route, { resetInSeconds, scope })
  sim.fault(route, [{ tooManyRequests: { resetInSeconds, scope } }])
}

/** The 24-hour caps where X sends them (posting), the 15-minute window elsewhere. */
const FAR_SCOPE: Record<Route, RateLimitScope> = {
  'users/me': '15min',
  'oauth2/token': '15min',
  'usage/tweets': '15min',
  tweets: 'user24h',
  'media/upload': 'user24h',
  'media/append': 'app24h',
  'media/finalize': '15min'
}

const literal = (text: string) => text.replace(/[{}/()[\]]/g, (c) => `\\${c}`)
const posting = (routes: Route[]) => routes.some((r) => POSTING.includes(r))
const video = (routes: Route[]) => routes.includes('media/append') || routes.includes('media/finalize')
/** Video processing adds one STATUS poll after 1 s. */
const processingMs = (routes: Route[]) => (video(routes) ? 1000 : 0)

/**
 * A transient fault on every attempt: the step fails after exactly 3, naming
 * the last error — except on /oauth2/token, whose failure only leaves the
 * bearer token uncompared once users/me has proven the keys.
 */
function persists(route: Route, t: (typeof TRANSIENT)[number]): Scenario {
  const perAttempt = t.step.hang ? HANG_TIMEOUT_S * 1000 : 0
  const token = route === 'oauth2/token'
  return {
    routes: [route],
    fault: t.fault,
    variant: 'persists',
    timeoutSeconds: t.step.hang ? HANG_TIMEOUT_S : 10,
    script: (sim) => sim.fault(route, [t.step, t.step, t.step]),
    expect: {
      exit: token ? 0 : 1,
      diagnosis: token ? undefined : 'x-unavailable',
      warning: token ? 'bearer-not-compared' : undefined,
      requests: 3,
      posts: posting([route]) ? 0 : undefined,
      says: (endpoint) => new RegExp(`^${literal(endpoint)}: ${t.says.source}.*after 3 attempts`),
      minMs: MIN_BACKOFF_MS.persists + 3 * perAttempt,
      maxMs: MAX_BACKOFF_MS.persists + 3 * perAttempt + OVERHEAD_MS
    }
  }
}

/**
 * The same fault once on each route of a group in one run: every request is
 * retried once and the step is green. The verification's three requests go
 * side by side; the posting ones one after another.
 */
function once(routes: Route[], t: (typeof TRANSIENT)[number]): Scenario {
  const perAttempt = t.step.hang ? HANG_TIMEOUT_S * 1000 : 0
  const serial = posting(routes) ? routes.length : 1
  return {
    routes,
    fault: t.fault,
    variant: 'once',
    timeoutSeconds: t.step.hang ? HANG_TIMEOUT_S : 10,
    script: (sim, route) => sim.fault(route, [t.step]),
    expect: {
      exit: 0,
      requests: 2,
      posts: posting(routes) ? 1 : undefined,
      says: (endpoint) => new RegExp(`${literal(endpoint)}: attempt 1 failed \\(.+\\); retrying in \\d\\.\\d s\\.`),
      minMs: serial * (MIN_BACKOFF_MS.once + perAttempt),
      maxMs: serial * (MAX_BACKOFF_MS.once + perAttempt) + processingMs(routes) + OVERHEAD_MS
    }
  }
}

function limits(route: Route): Scenario[] {
  const usersMe = route === 'users/me'
  const posts = posting([route])
  // The usage request is optional and never waited on: its 429 proves the bearer token; only the usage goes unread.
  const usage = (fault: string, resetInSeconds: number): Scenario => ({
    routes: [route],
    fault,
    variant: '',
    timeoutSeconds: 10,
    script: (sim) => rateLimit(sim, route, resetInSeconds, '15min'),
    expect: {
      exit: 0,
      warning: 'usage-unreadable',
      requests: 1,
      says: (endpoint) => new RegExp(`^${literal(endpoint)}: X answered HTTP 429.*The limit resets at \\d{4}-\\d\\d-\\d\\d`),
      minMs: 0,
      maxMs: OVERHEAD_MS
    }
  })
  const slow: Scenario = {
    routes: [route],
    fault: `slow response (${SLOW_MS} ms, timeout 2 s)`,
    variant: '',
    timeoutSeconds: 2,
    script: (sim) => sim.fault(route, [{ delayMs: SLOW_MS }]),
    expect: { exit: 0, requests: 1, posts: posts ? 1 : undefined, minMs: SLOW_MS, maxMs: SLOW_MS + processingMs([route]) + OVERHEAD_MS }
  }
  if (route === 'usage/tweets') return [slow, usage(`429, reset in ${NEAR_RESET_S} s`, NEAR_RESET_S), usage('429, reset in 3 h', FAR_RESET_S)]
  const token = route === 'oauth2/token'
  return [
    slow,
    {
      routes: [route],
      fault: `429, reset in ${NEAR_RESET_S} s`,
      variant: '',
      timeoutSeconds: 10,
      script: (sim) => rateLimit(sim, route, NEAR_RESET_S, route === 'tweets' ? 'user24h' : '15min'),
      expect: {
        exit: 0,
        requests: 2,
        posts: posts ? 1 : undefined,
        says: (endpoint) => new RegExp(`${literal(endpoint)}: rate limited by X; waiting \\d s for the reset at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC`),
        // The wait runs to one second past the reset, in whole seconds.
        minMs: NEAR_RESET_S * 1000,
        maxMs: (NEAR_RESET_S + 2) * 1000 + processingMs([route]) + OVERHEAD_MS
      }
    },
    {
      routes: [route],
      fault: '429, reset in 3 h',
      variant: '',
      timeoutSeconds: 10,
      script: (sim) => rateLimit(sim, route, FAR_RESET_S, FAR_SCOPE[route]),
      expect: {
        // A rate-limited /oauth2/token, once users/me proved the keys, leaves only the bearer token uncompared.
        exit: token ? 0 : 1,
        // A rate-limited users/me still proves the credentials authenticated: only the level is unknown.
        diagnosis: token ? undefined : usersMe ? 'access-level-unknown' : 'rate-limited',
        warning: token ? 'bearer-not-compared' : undefined,
        requests: 1,
        posts: posts ? 0 : undefined,
        says: (endpoint) =>
          usersMe
            ? /The credentials authenticated, but the access level could not be read\. The limit resets at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 3\.0 h\)/
            : new RegExp(`^${literal(endpoint)}: X answered HTTP 429.*The limit resets at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(in 3\\.0 h\\)`),
        minMs: 0,
        maxMs: OVERHEAD_MS
      }
    }
  ]
}

/** X stored the post, then the answer was lost: the retry is refused as duplicate, which proves the first went through. */
function ambiguous(fault: string, step: FaultStep): Scenario {
  const perAttempt = step.hang ? HANG_TIMEOUT_S * 1000 : 0
  return {
    routes: ['tweets'],
    fault,
    variant: 'after X stored the post',
    timeoutSeconds: step.hang ? HANG_TIMEOUT_S : 10,
    script: (sim) => sim.fault('tweets', [step]),
    expect: {
      exit: 0,
      requests: 2,
      posts: 1,
      says: () => /X refused the retry as duplicate content — so the first attempt was posted/,
      minMs: MIN_BACKOFF_MS.once + perAttempt,
      maxMs: MAX_BACKOFF_MS.once + perAttempt + OVERHEAD_MS
    }
  }
}

const ROUTES: Route[] = ['users/me', 'oauth2/token', 'usage/tweets', 'tweets', 'media/upload', 'media/append', 'media/finalize']
const VERIFYING = ROUTES.filter((r) => !POSTING.includes(r))
const SCENARIOS: Scenario[] = [
  ...ROUTES.flatMap((route) => [...TRANSIENT.map((t) => persists(route, t)), ...limits(route)]),
  ...TRANSIENT.flatMap((t) => [once(VERIFYING, t), once(VIDEO_POSTING, t)]),
  ambiguous('500', { afterHandling: true, status: 500 }),
  ambiguous('hang past the timeout', { afterHandling: true, hang: true })
]
const nameOf = (s: Scenario) => [s.fault, s.variant].filter(Boolean).join(', ')

interface Measured {
  run?: Act
  error?: unknown
  /** Requests logged per route. */
  requests: Partial<Record<string, number>>
  posts: number
}

async function play(s: Scenario, i: number): Promise<Measured> {
  const sim = await startSimulator({ videoProcessingPolls: 1 })
  try {
    const inputs: Record<string, string> = { ...credentialInputs(SAMPLE), 'timeout-seconds': String(s.timeoutSeconds) }
    const files: Record<string, Buffer> = {}
    if (posting(s.routes)) inputs.tweet = `Fault matrix ${i}: ${s.routes.join(' + ')} × ${nameOf(s)} ${Date.now()}`
    if (video(s.routes)) files['clip.mp4'] = mp4(64 * 1024 + i)
    else if (s.routes.includes('media/upload')) files['shot.png'] = png(32, 24, i)
    if (Object.keys(files).length) inputs.media = Object.keys(files)[0]
    for (const route of s.routes) s.script(sim, route)
    const measured = (run?: Act, error?: unknown): Measured => {
      const requests: Measured['requests'] = {}
      for (const r of sim.requests) requests[r.route] = (requests[r.route] ?? 0) + 1
      return { run, error, requests, posts: sim.posts.length }
    }
    try {
      return measured(await act(sim, inputs, { files, killAfterMs: 60_000 }))
    } catch (error) {
      return measured(undefined, error)
    }
  } finally {
    await sim.close()
  }
}

const CONCURRENCY = 8
const results = new Map<Scenario, Measured>()
let matrixMs = 0

beforeAll(async () => {
  const started = Date.now()
  // Longest first, so the slow ones do not all end up in the last batch.
  const order = [...SCENARIOS].sort((a, b) => b.expect.maxMs - a.expect.maxMs)
  const measured = await inPool(order, CONCURRENCY, (s) => play(s, SCENARIOS.indexOf(s)))
  order.forEach((s, i) => results.set(s, measured[i]))
  matrixMs = Date.now() - started
}, 180_000)

/** One row per route and fault; a "once" run fills one row for each route it faulted. */
const ROWS = ROUTES.flatMap((route) =>
  SCENARIOS.filter((s) => s.routes.includes(route))
    .sort((a, b) => a.fault.localeCompare(b.fault) || a.variant.localeCompare(b.variant))
    .map((s) => ({ route, s }))
)

afterAll(() => {
  const rows = ROWS.map(({ route, s }) => {
    const m = results.get(s)
    const run = m?.run
    const warned = run && warningIds(run).length ? ` with ${warningIds(run).join('; ')}` : ''
    const verdict = !run ? 'not run' : run.exitCode === 0 ? `exit 0 (green)${warned}` : `exit ${run.exitCode}: ${errorIds(run).join('; ')}`
    return {
      route,
      fault: nameOf(s),
      sharedRun: s.routes.length > 1 ? s.routes : undefined,
      verdict,
      requests: m?.requests[route] ?? 0,
      wallMs: run?.durationMs ?? 0,
      posts: posting(s.routes) ? (m?.posts ?? 0) : null
    }
  })
  const table = markdownTable(
    ['Route', 'Fault', 'Verdict', 'Requests', 'Wall ms', 'Posts'],
    rows.map((r) => [r.route, r.fault + (r.sharedRun ? ' ¹' : ''), r.verdict, r.requests, r.wallMs, r.posts ?? '–'])
  )
  const note = '¹ one run with the fault once on each of ' + [VERIFYING, VIDEO_POSTING].map((g) => g.join(', ')).join(' (verification) and ') + ' (posting)'
  console.log(
    `Fault matrix: ${SCENARIOS.length} runs, ${rows.length} rows, in ${(matrixMs / 1000).toFixed(1)} s (${CONCURRENCY} at a time)\n\n${table}\n\n${note}`
  )
  writeFigures('faults.json', { runs: SCENARIOS.length, matrixWallMs: matrixMs, concurrency: CONCURRENCY, rows, note })
})

describe.each(ROUTES)('%s', (route) => {
  test.each(ROWS.filter((r) => r.route === route).map(({ s }) => [nameOf(s), s] as const))('%s', (_name, s) => {
    const m = results.get(s)!
    if (m.error) throw m.error
    const run = m.run!
    const e = s.expect
    const endpoint = ENDPOINT[route]
    expect(run.exitCode).toBe(e.exit)
    expect(m.requests[route]).toBe(e.requests)
    const diagnoses = errorIds(run)
    if (e.exit === 1) {
      expect(diagnoses).toEqual([e.diagnosis])
      expect(run.errors[0]).toMatch(e.says!(endpoint))
      expect(run.outputs.verified).toBe(posting(s.routes) ? 'true' : 'false')
    } else if (e.warning) {
      expect(diagnoses).toEqual([])
      expect(warningIds(run)).toEqual([e.warning])
      expect(run.warnings[0]).toMatch(e.says!(endpoint))
      expect(run.outputs.verified).toBe('true')
    } else {
      expect(diagnoses).toEqual([])
      if (e.says) expect(run.stdout).toMatch(e.says(endpoint))
      expect(run.outputs.verified).toBe('true')
    }
    if (e.posts !== undefined) {
      // Never more than one post per part, and none unless every upload went through.
      expect(m.posts).toBe(e.posts)
      expect(run.outputs.posted).toBe(String(e.posts === 1))
      if (route !== 'tweets') expect(m.requests.tweets ?? 0).toBe(e.exit === 0 ? (s.routes.includes('tweets') ? 2 : 1) : 0)
    }
    expect(run.durationMs).toBeGreaterThanOrEqual(e.minMs)
    expect(run.durationMs).toBeLessThanOrEqual(e.maxMs)
  })
})

test('the whole matrix ran well within its time budget', () => {
  expect(results.size).toBe(SCENARIOS.length)
  expect(matrixMs).toBeLessThan(90_000)
})
