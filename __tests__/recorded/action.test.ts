/**
 * The action reads X's recorded answers right: for every entry of
 * `x-recorded-answers.json` that the verification or posting can receive,
 * exactly that answer (status, headers, body) is replayed through the
 * action's own X client, in-process over real HTTP against the simulator,
 * and the run must give the diagnoses, by id, that the entry's meaning calls
 * for (`decisions.ts`). An entry without a decision fails.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import { ANSWER_HEADERS, credentialInputs, type FaultStep, SAMPLE, seedDefault, XSimulator } from '../../tools/simulator/index.js'
import type { Captured } from '../helpers/capture-io.js'
import { idsOf, runInProcess } from '../helpers/in-process.js'
import { departures, RECORDED, type RecordedEntry } from './answers.js'
import { DECISIONS, type Reading } from './decisions.js'
import { type GitHubSimulator, REFRESH_TOKEN_SECRET, REPOSITORY } from '../../tools/github-simulator/index.js'
import { liveRefreshToken, newChain, oauth2Inputs, startGitHub } from '../helpers/oauth2.js'

let sim: XSimulator
let gh: GitHubSimulator
beforeAll(async () => {
  sim = await XSimulator.start()
  seedDefault(sim)
  gh = await startGitHub()
})
afterAll(async () => {
  await sim.close()
  await gh.close()
})

const decided = RECORDED.filter((e) => DECISIONS[e.id])
const readings = decided.flatMap((e) => {
  const action = DECISIONS[e.id].action
  return Array.isArray(action) ? action.map((r, i) => [`${e.id} #${i + 1}${r.pending ? ' (pending a specific diagnosis)' : ''}: ${r.how}`, e, r] as const) : []
})
const notReceived = decided.flatMap((e) => {
  const a = DECISIONS[e.id].action
  return 'notReceived' in a ? [[e.id, a.notReceived, a] as const] : []
})

test('every recorded entry has a decision', () => {
  expect(RECORDED.filter((e) => !DECISIONS[e.id]).map((e) => e.id)).toEqual([])
})

/** Headers of the transport, which the server sets itself for what it sends. */
const TRANSPORT = ['content-encoding', 'content-length']

/** The recorded answer, completed where the record shows only part; the Date is the replay's own moment, in the recorded form. */
function replayOf(entry: RecordedEntry, reading: Reading): FaultStep & { status: number; headers: Record<string, string> } {
  const r = entry.response
  const headers: Record<string, string> = { ...reading.completion?.headers }
  for (const [name, value] of Object.entries(r.headers ?? {})) if (!TRANSPORT.includes(name)) headers[name] = value
  if (headers.date) headers.date = new Date().toUTCString().replace(/GMT$/, headers.date.slice(-3))
  const status = r.status ?? reading.completion?.status
  const body = reading.completion?.body ?? r.body
  if (status === undefined || body === undefined)
    throw new Error(`${entry.id}: the record has no ${status === undefined ? 'status' : 'body'}; the reading must complete it`)
  return { status, headers, body, afterHandling: true }
}

const ids = idsOf

/** The inputs and environment of the reading's credentials: OAuth 1.0a and the bearer, or an OAuth 2.0 chain with its secret at the GitHub simulator. */
function credentialsOf(reading: Reading): { inputs: Record<string, string>; env: NodeJS.ProcessEnv; refreshToken?: string } {
  if (!reading.oauth2) return { inputs: credentialInputs(reading.credentials ?? SAMPLE), env: {} }
  const refreshToken = newChain(sim, gh, { scopes: reading.oauth2.scopes })
  return { inputs: oauth2Inputs(refreshToken), env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPOSITORY }, refreshToken }
}

async function runAction(reading: Reading): Promise<Captured & { refreshToken?: string }> {
  const credentials = credentialsOf(reading)
  const inputs = { 'api-base-url': sim.url, 'timeout-seconds': '5', ...credentials.inputs, ...reading.inputs }
  const captured = await runInProcess(inputs, { env: credentials.env, files: reading.files })
  return { ...captured, refreshToken: credentials.refreshToken }
}

describe('read right', () => {
  test.each(readings)('%s', async (_, entry, reading) => {
    sim.reset()
    gh.reset()
    reading.setup?.(sim)
    for (const [route, steps] of Object.entries(reading.alongside ?? {})) sim.fault(route as keyof typeof reading.alongside & string, steps!)
    if (reading.route) {
      const replay = replayOf(entry, reading)
      // The replay must be the recorded answer: everything the record shows, whatever was completed.
      // The server adds its own headers to a scripted answer (values not compared) and the transport's.
      const added = Object.fromEntries(ANSWER_HEADERS.map((name) => [name, '(set by the server)']))
      const headers = { ...added, ...transportOf(entry), ...Object.fromEntries(Object.entries(replay.headers).map(([k, v]) => [k.toLowerCase(), v])) }
      const observed = { status: replay.status, headers, text: JSON.stringify(replay.body), body: replay.body }
      expect(departures(entry, observed, { partialBody: !!reading.completion?.body, ...reading.hold })).toEqual([])
      sim.fault(reading.route, [replay])
    }

    const captured = await runAction(reading)

    if (reading.route) {
      const replayed = sim.requests.filter((r) => r.route === reading.route)
      expect(replayed[0]?.fault).toMatch(/^after handling: status /)
      if (reading.expect.requests !== undefined) expect(replayed).toHaveLength(reading.expect.requests)
    }
    expect(captured.failed.length > 0).toBe(reading.expect.errors.length > 0)
    expect({ errors: ids(captured.errors), warnings: ids(captured.warnings) }).toEqual({
      errors: reading.expect.errors,
      warnings: reading.expect.warnings ?? []
    })
    expect(captured.outputs).toMatchObject(reading.expect.outputs ?? {})
    if (reading.expect.summary) expect(captured.summary).toMatch(reading.expect.summary)
    for (const value of reading.expect.masked ?? []) expect(captured.masks).toContain(value)
    if (reading.oauth2) {
      // A refresh that X answered with a new token leaves it in the secret, masked; any other leaves the secret as it was.
      const stored = gh.secret(REPOSITORY, REFRESH_TOKEN_SECRET)?.value
      const rotated = gh.writes.some((w) => w.name === REFRESH_TOKEN_SECRET)
      expect(stored).toBe(rotated ? liveRefreshToken(sim) : captured.refreshToken)
      if (rotated) expect(captured.masks).toContain(stored)
    }
  })
})

/** The recorded transport headers, as they were: the replay leaves them to the server. */
function transportOf(entry: RecordedEntry): Record<string, string> {
  return Object.fromEntries(Object.entries(entry.response.headers ?? {}).filter(([name]) => TRANSPORT.includes(name)))
}

describe('never received by the action', () => {
  // The endpoint names the action's X client gives its requests.
  const client = fs.readFileSync(new URL('../../src/x/api.ts', import.meta.url), 'utf8')
  const endpoints = [...client.matchAll(/#send(?:<[^>]*>)?\(\s*'([A-Z]+ \/[^']*)'/g)].map((m) => m[1])

  test('the endpoints of the action are read from its X client', () => {
    expect(endpoints).toEqual(expect.arrayContaining(['GET /2/users/me', 'POST /oauth2/token', 'GET /2/usage/tweets', 'POST /2/tweets']))
  })

  // Empty once the action receives every recorded answer; a new such entry is checked here.
  test('each names an endpoint the action does not call', () => {
    expect(notReceived.filter(([, , decision]) => endpoints.includes(decision.endpoint)).map(([id]) => id)).toEqual([])
  })
})
