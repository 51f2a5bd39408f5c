/**
 * The fuzzing of a part of the inputs, as functions its test file calls: open
 * the world, run each input's cases (in-process, then a few through the built
 * dist/index.js), and write the figures.
 *
 * FUZZ_CASES sets the number of cases per input, for every part (unset, each
 * part's default: DEFAULT_CASES, or fewer for a part whose cases are slow; the
 * scheduled fuzz workflow runs 2000). Seeds are fixed per input by
 * default, so a run is repeatable; FUZZ_SEED=random explores new values (a
 * failure reports its seed) and FUZZ_SEED=<n> replays one.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { act } from '../helpers/e2e.js'
import { markdownTable, writeFigures } from '../helpers/reliability.js'
import { checkCase, destination, foreignHosts, refusedOffline } from './properties.js'
import type { Case, InputSpec } from './values.js'
import { exercise, githubEnv, inputsFor, openWorld, prepareCase, type Outcome, type World } from './world.js'

const DEFAULT_CASES = 60

/** Fewer cases may not reach every kind of value a generator claims to make (checked after each input). */
const MIN_CASES = 50

/** FUZZ_CASES, or the part's default when it is not set. */
function casesPerInput(partDefault: number): number {
  const given = process.env.FUZZ_CASES
  if (!given) return partDefault
  const n = Number(given)
  if (!Number.isSafeInteger(n) || n < MIN_CASES) throw new Error(`FUZZ_CASES must be a whole number of at least ${MIN_CASES}, not ${JSON.stringify(given)}`)
  return n
}

export interface CampaignOptions {
  /**
   * Cases per input when FUZZ_CASES is not set (DEFAULT_CASES unless given):
   * fewer for a part whose cases are slow, so that `npm test` stays quick. Its
   * fixed seeds must still reach every kind of value (checked after each input).
   */
  defaultCases?: number
  /** What one case may take on average on a busy machine: an input's cases have 30 s plus this per case (default 100 ms). */
  msPerCase?: number
}

/** A fixed seed per input, from its name, so that adding an input changes no other input's values. */
function fixedSeed(name: string): number {
  let h = 2_166_136_261
  for (const ch of name) h = Math.imul(h ^ ch.charCodeAt(0), 16_777_619)
  return h | 0
}

function seedFor(name: string): number {
  const given = process.env.FUZZ_SEED
  if (!given) return fixedSeed(name)
  if (given === 'random') return Math.floor(Math.random() * 2 ** 31)
  const n = Number(given)
  if (!Number.isSafeInteger(n)) throw new Error(`FUZZ_SEED must be "random" or a whole number, not ${JSON.stringify(given)}`)
  return n
}

interface Tally {
  cases: number
  ok: number
  failed: number
  refusedOffline: number
  byExpect: Record<string, number>
  maxMs: number
  seed: number
  processRuns: number
}

function count(t: Tally, c: Case, o: Outcome): void {
  t.cases++
  if (o.failed) t.failed++
  else t.ok++
  if (refusedOffline(o)) t.refusedOffline++
  t.byExpect[c.expect ?? 'any'] = (t.byExpect[c.expect ?? 'any'] ?? 0) + 1
  t.maxMs = Math.max(t.maxMs, o.ms)
}

/** Values through the built action per input: one the generator knows must be refused, one it knows nothing about. */
const PROCESS_SAMPLES = 2

/** One part of the inputs (a test file's worth), each made into its spec once the world is open. */
export class Campaign {
  readonly names: string[]
  /** Cases per input. */
  readonly cases: number
  /** Time for one input's cases: generous, since the count, not the clock, decides what is checked. */
  readonly timeoutMs: number
  /**
   * Time for one input's values through dist/index.js: a minute, or as long as
   * its cases when they are many, since each process run's leak check searches
   * every token X issued in this world so far (some 30,000 after 2000 OAuth 2.0
   * cases per input, 10 s a run).
   */
  readonly distTimeoutMs: number
  private world?: World
  private specs = new Map<string, InputSpec>()
  private tallies = new Map<string, Tally>()
  private propertyFailures = 0

  constructor(
    readonly part: string,
    private readonly inputs: Record<string, (simUrl: string) => InputSpec>,
    options: CampaignOptions = {}
  ) {
    this.names = Object.keys(inputs)
    this.cases = casesPerInput(options.defaultCases ?? DEFAULT_CASES)
    this.timeoutMs = 30_000 + this.cases * (options.msPerCase ?? 100)
    this.distTimeoutMs = Math.max(60_000, this.timeoutMs)
  }

  async open(): Promise<void> {
    this.world = await openWorld()
    for (const [name, make] of Object.entries(this.inputs)) this.specs.set(name, make(this.world.sim.url))
  }

  private get(name: string): { world: World; spec: InputSpec } {
    if (!this.world) throw new Error('the world is not open')
    return { world: this.world, spec: this.specs.get(name)! }
  }

  /** Runs `cases` generated values of one input in-process, each held to every property. */
  async fuzz(name: string): Promise<void> {
    const { world, spec } = this.get(name)
    const seed = seedFor(name)
    const tally: Tally = { cases: 0, ok: 0, failed: 0, refusedOffline: 0, byExpect: {}, maxMs: 0, seed, processRuns: 0 }
    const details = await fc.check(
      fc.asyncProperty(spec.arb, async (c) => {
        // An accepted https:// or non-simulator URL would reach out: never run it (a skip, not a case).
        if (spec.name === 'api-base-url') fc.pre(destination(world.sim.url, inputsFor(world.sim.url, spec, c.value)) !== 'elsewhere')
        const o = await exercise(world, spec, c.value)
        const ran = { ...c, value: o.value }
        checkCase(spec, ran, o)
        count(tally, ran, o)
      }),
      { numRuns: this.cases, seed, maxSkipsPerRun: 100, includeErrorInReport: true }
    )
    if (details.failed) {
      this.propertyFailures++
      throw new Error(fc.defaultReportMessage(details) ?? 'property failed')
    }
    this.tallies.set(name, tally)
    expect(tally.cases).toBe(this.cases)
    // The generators reach every kind of case they claim to.
    for (const kind of ['any', 'invalid']) expect({ kind, reached: (tally.byExpect[kind] ?? 0) > 0 }).toEqual({ kind, reached: true })
    expect(tally.ok).toBeGreaterThan(0)
    expect(tally.refusedOffline).toBeGreaterThan(0)
  }

  /** A few values of one input through the built dist/index.js: the same verdict, and the same diagnoses, as in-process. */
  async throughDist(name: string): Promise<void> {
    const { world, spec } = this.get(name)
    const { sim, gh } = world
    const values = fc
      .sample(spec.arb, { numRuns: 200, seed: fixedSeed(name) + 1 })
      // Environment variables cannot hold NUL, and stay far below the kernel's size limit.
      .filter((c) => !c.value.includes('\u0000') && c.value.length < 60_000)
      .filter((c) => spec.name !== 'api-base-url' || destination(sim.url, inputsFor(sim.url, spec, c.value)) !== 'elsewhere')
    const picked = [values.find((c) => c.expect === 'invalid'), values.find((c) => c.expect === undefined && c.value.trim() !== '')].filter(
      (c): c is Case => !!c
    )
    expect(picked).toHaveLength(PROCESS_SAMPLES)
    for (const c of picked) {
      const inProcess = await exercise(world, spec, c.value)
      const { inputs } = prepareCase(world, spec, c.value)
      const processRun = await act(sim, inputs, { workspace: world.workspace, env: githubEnv(world) })
      expect({ value: c.value, exit: processRun.exitCode }).toEqual({ value: c.value, exit: inProcess.failed ? 1 : 0 })
      expect(processRun.commands.filter((x) => x.command === 'error' && x.properties.title).map((x) => x.properties.title)).toEqual(
        inProcess.errors.map((e) => e.title)
      )
      const sent = [...sim.requests, ...gh.requests].map((r) => r.route)
      if (refusedOffline(inProcess) && sent.length)
        throw new Error(`${JSON.stringify(c)}: refused in-process, but the process sent ${sent.join(', ')}; ${processRun.stdout}`)
      const tally = this.tallies.get(name)
      if (tally) tally.processRuns++
    }
  }

  /** The hosts requests went to, other than this machine. */
  foreignHosts(): string[] {
    expect(this.world?.hostsSeen.size).toBeGreaterThan(0)
    return foreignHosts(this.world!.hostsSeen)
  }

  /** Prints and writes the figures (build/reliability/fuzz-<part>.json), then closes the world. */
  async close(): Promise<void> {
    const rows = this.names.filter((n) => this.tallies.has(n)).map((n) => ({ input: n, ...this.tallies.get(n)! }))
    const total = rows.reduce((sum, r) => sum + r.cases, 0)
    const hosts = Object.fromEntries(this.world?.hostsSeen ?? [])
    const table = markdownTable(
      ['Input', 'Cases', 'Green', 'Failed', 'Refused offline', 'Max ms', 'Through dist/index.js', 'Seed'],
      rows.map((r) => [r.input, r.cases, r.ok, r.failed, r.refusedOffline, Math.round(r.maxMs), r.processRuns, r.seed])
    )
    console.log(
      `Input fuzzing (${this.part}): ${total} cases over ${rows.length} inputs (${this.cases} each), ${this.propertyFailures} property failures; ` +
        `HTTP requests by host: ${JSON.stringify(hosts)}\n\n${table}`
    )
    writeFigures(`fuzz-${this.part}.json`, {
      inputs: this.names.length,
      inputsPassed: rows.length,
      casesPerInput: this.cases,
      cases: total,
      propertyFailures: this.propertyFailures,
      hostsSeen: hosts,
      rows
    })
    await this.world?.close()
  }
}

/**
 * The tests of one fuzz file, registered when the file calls this (never on import): for each input, the in-process
 * property and the same values through dist/index.js; last, that no request left the machine.
 */
export function fuzzTests(campaign: Campaign): void {
  beforeAll(() => campaign.open())
  afterAll(() => campaign.close())

  describe.each(campaign.names)('%s', (name) => {
    test(
      `in-process: each of ${campaign.cases} values ends in success or one clear failure, with nothing leaked`,
      () => campaign.fuzz(name),
      campaign.timeoutMs
    )
    test('through dist/index.js: the same verdict as in-process', () => campaign.throughDist(name), campaign.distTimeoutMs)
  })

  // Registered after the property runs, so it sees their requests.
  test('no request went anywhere but 127.0.0.1', () => expect(campaign.foreignHosts()).toEqual([]))
}
