/**
 * End-to-end scaffolding: a seeded simulator, inputs from a credential set,
 * and `act()`, which runs the built dist/index.js as the runner does and
 * applies the leak check to every run.
 */
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals'
import { DIAGNOSES, type DiagnosisId } from '../../src/diagnoses/catalogue.js'
import { ALL_GITHUB_TOKENS, type GitHubSimulator } from '../../tools/github-simulator/index.js'
import { ALL_SECRET_VALUES, XSimulator, type SimulatorOptions } from '../../tools/simulator/index.js'
import { credentialInputs, seedDefault } from '../../tools/simulator/fixtures.js'

export { credentialInputs }
import { runAction, type ActionRun, type RunOptions } from '../../tools/runner.js'
import { laterStepExposure, leakTotals, maskedFirst, pairForms, scanForLeaks, type SecretUnderTest } from './leaks.js'
import { startGitHub } from './oauth2.js'
import { recordLeakTotals } from './reliability.js'

// Every test file that runs the action adds its leak-check totals to the reliability figures.
afterAll(() => {
  recordLeakTotals(expect.getState().testPath ?? 'unknown.test.ts')
})

export async function startSimulator(options: SimulatorOptions = {}): Promise<XSimulator> {
  const sim = await XSimulator.start(options)
  seedDefault(sim)
  return sim
}

/** The seeded X simulator of a suite: started before its first test and handed to `use`, reset before each test, closed after the last. */
export function withSimulator(use: (x: XSimulator) => void): void {
  let sim: XSimulator | undefined
  beforeAll(async () => {
    sim = await startSimulator()
    use(sim)
  })
  afterAll(() => sim?.close())
  beforeEach(() => sim?.reset())
}

/**
 * The X simulator and the GitHub simulator of a suite: started before its first test and handed to `use`, reset before
 * each test (faults, request logs; the seeded state stays), closed after the last.
 */
export function withSimulators(use: (x: XSimulator, gh: GitHubSimulator) => void): void {
  let both: [XSimulator, GitHubSimulator] | undefined
  beforeAll(async () => {
    both = await Promise.all([startSimulator(), startGitHub()])
    use(...both)
  })
  afterAll(async () => {
    if (both) await Promise.all(both.map((s) => s.close()))
  })
  beforeEach(() => both?.forEach((s) => s.reset()))
}

/** A text no earlier test posted, so X's duplicate rule does not meet it by chance. */
export const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`

/** How many requests reached this route of the simulator. */
export const requestsTo = (sim: XSimulator, route: string) => sim.requests.filter((r) => r.route === route).length

const CREDENTIAL_INPUTS = [
  'api-key',
  'api-secret',
  'access-token',
  'access-secret',
  'bearer-token',
  'client-id',
  'client-secret',
  'refresh-token',
  'github-token'
]

function underTest(value: string, name: string): SecretUnderTest {
  const prefix = /^\d+-/.exec(value.trim())?.[0]
  return { name, value, publicPrefix: prefix }
}

export interface Act extends ActionRun {
  /** Annotations by kind, messages only. */
  errors: string[]
  warnings: string[]
  notices: string[]
  /** The summary with Markdown as text. */
  leakChecks: number
}

export interface ActOptions extends Omit<RunOptions, 'inputs'> {
  /**
   * With an HTTPS simulator, the action trusts its CA through
   * NODE_EXTRA_CA_CERTS, as a runner trusts a proxy's CA (default true).
   * false: the action gets no such variable and must refuse the certificate.
   */
  trustSimulatorCa?: boolean
  /** The run may write to stderr (a scenario about what it writes there); by default stderr must stay empty: no warning, no stack. */
  stderr?: boolean
  /**
   * Another run talks to the same simulator at the same time: the tokens X issues meanwhile cannot be told apart, so only
   * the values this run was given are held to the later-step check (the leak scan still looks for every token).
   */
  othersRunning?: boolean
}

/** The environment that makes a child Node process trust `sim`'s certificate: NODE_EXTRA_CA_CERTS, over HTTPS only. */
export function trustEnv(sim: XSimulator): Record<string, string> {
  return sim.caFile ? { NODE_EXTRA_CA_CERTS: sim.caFile } : {}
}

/**
 * Runs the action against `sim` with these inputs (api-base-url defaults to
 * the simulator) and asserts no secret leaked and every given credential was
 * masked before anything else was printed.
 */
export async function act(sim: XSimulator | undefined, inputs: Record<string, string>, options: ActOptions = {}): Promise<Act> {
  const { trustSimulatorCa = true, stderr = false, othersRunning = false, ...runOptions } = options
  const all: Record<string, string> = { ...(sim ? { 'api-base-url': sim.url } : {}), ...inputs }
  const env = { ...(sim && trustSimulatorCa ? trustEnv(sim) : {}), ...runOptions.env }
  const issuedBefore = new Set(sim ? sim.userTokens.keys() : [])
  const requestsBefore = sim?.requests.length ?? 0
  const run = await runAction({ ...runOptions, env, inputs: all })
  const given = [
    ...CREDENTIAL_INPUTS.map((n) => all[n] ?? ''),
    ...Object.entries(options.env ?? {})
      .filter(([k]) => /^(TWITTER|X)_|^(GH|GITHUB)_TOKEN$/.test(k))
      .map(([, v]) => v)
  ].filter((v) => v.trim())
  // Every OAuth 2.0 token X issued, the ones this run received included: they are secrets from the moment they arrive.
  const issued = sim ? [...sim.userTokens.keys()] : []
  const secrets = [...new Set([...ALL_SECRET_VALUES, ...ALL_GITHUB_TOKENS, ...issued, ...given])].map((v, i) => underTest(v, `secret#${i}`))
  const pairs = pairForms(all['api-key'] ?? '', all['api-secret'] ?? '')
  const report = scanForLeaks(run, secrets, pairs)
  expect(report.leaks).toEqual([])
  // What the run registered with ::add-mask:: protects the later steps of the job: every form of every secret it was given or received.
  const received = sim && !othersRunning ? [...issuedDuring(sim, issuedBefore), ...appBearerIssued(sim, requestsBefore, all)] : []
  const exposure = laterStepExposure(
    run.masks,
    [...new Set([...given, ...received])].filter((v) => v.trim().length >= 16).map((v, i) => underTest(v, `given or received #${i}`)),
    [
      [all['api-key'], all['api-secret']],
      [all['client-id'], all['client-secret']]
    ].flatMap(([a, b]) => {
      const [user, password] = [credentialValue(a), credentialValue(b)]
      return user && password ? [[user, password] as [string, string]] : []
    })
  )
  leakTotals.checks += exposure.checks
  leakTotals.leaks += exposure.exposures.length
  expect(exposure.exposures).toEqual([])
  if (!stderr) expect(run.stderr).toBe('')
  expect(maskedFirst(run, given)).toEqual([])
  expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?/)
  expect(run.stdout + run.stderr + run.summary).not.toContain('[object Object]')
  expect(run.exitCode === 0 || run.exitCode === 1).toBe(true)
  return {
    ...run,
    errors: run.commands.filter((c) => c.command === 'error').map((c) => c.message),
    warnings: run.commands.filter((c) => c.command === 'warning').map((c) => c.message),
    notices: run.commands.filter((c) => c.command === 'notice').map((c) => c.message),
    leakChecks: report.checks
  }
}

/** A value as the action uses it when it accepts it as a credential (trimmed, unquoted), else undefined: only those travel. */
function credentialValue(raw: string | undefined): string | undefined {
  const value = (raw ?? '')
    .trim()
    .replace(/^(["'])(.*)\1$/s, '$2')
    .trim()
  return /^[\x21-\x7e]{16,512}$/.test(value) ? value : undefined
}

/** The OAuth 2.0 tokens X issued while the run ran: the run received them, and must have masked them. */
function issuedDuring(sim: XSimulator, before: Set<string>): string[] {
  return [...sim.userTokens.keys()].filter((value) => !before.has(value))
}

/** The App's bearer token, when POST /oauth2/token gave it to the run for its API key and secret (the same as bearer-token, or another). */
function appBearerIssued(sim: XSimulator, requestsBefore: number, inputs: Record<string, string>): string[] {
  if (!sim.requests.slice(requestsBefore).some((r) => r.route === 'oauth2/token' && r.status === 200)) return []
  const app = [...sim.apps.values()].find((a) => a.consumerKey === (inputs['api-key'] ?? '').trim() && a.consumerSecret === (inputs['api-secret'] ?? '').trim())
  return app?.bearerToken ? [app.bearerToken] : []
}

const ID_BY_TITLE = new Map(Object.entries(DIAGNOSES).map(([id, entry]) => [entry.title as string, id as DiagnosisId]))

/**
 * The diagnoses of the annotations of one kind, by id, in order. An
 * annotation's title is its diagnosis's title (titles are unique); a title
 * that names no diagnosis is kept as it is, so the assertion shows it.
 */
function annotationIds(run: ActionRun, kind: 'error' | 'warning' | 'notice'): string[] {
  return run.commands
    .filter((c) => c.command === kind && c.properties.title)
    .map((c) => ID_BY_TITLE.get(c.properties.title) ?? `untitled: ${c.properties.title}`)
}

export const errorIds = (run: ActionRun) => annotationIds(run, 'error')
export const warningIds = (run: ActionRun) => annotationIds(run, 'warning')
export const noticeIds = (run: ActionRun) => annotationIds(run, 'notice')
