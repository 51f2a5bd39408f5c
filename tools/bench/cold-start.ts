/**
 * Cold start: how long `node dist/index.js` takes to fail offline, against
 * bare `node -e 0` and against a bundle of @actions/core alone (the floor of
 * this stack), each in a clean environment with PATH and HOME only. The
 * floor's own make-up is measured too, layer by layer, as @actions/core 3
 * loads it: undici (which @actions/http-client loads statically for its
 * proxy agent, and @actions/core for OIDC), the rest of
 * @actions/http-client, the rest of @actions/core.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { ACTION_ENTRY, REPO_ROOT } from '../runner.js'
import { interleaved, median } from './stats.js'

export const BENCH_DIR = path.join(REPO_ROOT, 'build', 'bench')

/**
 * What the action does when every credential is missing, with @actions/core
 * alone: read the inputs, annotate, set an output, fail.
 */
const FLOOR_ENTRY = `import * as core from '@actions/core'

for (const name of ['api-key', 'api-secret', 'access-token', 'access-secret', 'bearer-token']) {
  if (!core.getInput(name)) core.error(name + ' is empty: the input was not set.', { title: 'Credential missing' })
}
core.setOutput('verified', 'false')
core.setFailed('X credentials action failed: Credential missing.')
`

/** The floor's layers, each bundled alone: the module loaded and one of its exports touched. */
const LAYER_ENTRIES = {
  undici: `import { ProxyAgent } from 'undici'\nif (typeof ProxyAgent !== 'function') process.exit(2)\n`,
  httpClient: `import { HttpClient } from '@actions/http-client'\nif (typeof HttpClient !== 'function') process.exit(2)\n`,
  floor: FLOOR_ENTRY
} as const

export type Layer = keyof typeof LAYER_ENTRIES
export type Bundles = Record<Layer, string>

/** Bundles the floor and its layers with ncc, as the action is bundled; returns each bundle's path. */
export async function buildFloorBundles(): Promise<Bundles> {
  mkdirSync(BENCH_DIR, { recursive: true })
  const require = createRequire(import.meta.url)
  const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist', 'ncc', 'cli.js')
  const bundles: Partial<Bundles> = {}
  for (const [layer, source] of Object.entries(LAYER_ENTRIES) as [Layer, string][]) {
    const entry = path.join(BENCH_DIR, `${layer}-entry.js`)
    const out = path.join(BENCH_DIR, layer)
    writeFileSync(entry, source)
    rmSync(out, { recursive: true, force: true })
    const result = await runNode([ncc, 'build', entry, '-o', out, '--quiet'], { env: process.env, cwd: REPO_ROOT })
    if (result.exitCode !== 0) throw new Error(`ncc could not bundle the ${layer} layer:\n${result.stderr}`)
    bundles[layer] = path.join(out, 'index.js')
  }
  return bundles as Bundles
}

export type Starter = 'bare' | Layer | 'action'

const STARTERS: Record<Starter, { args: (bundles: Bundles) => string[]; exitCode: number }> = {
  bare: { args: () => ['-e', '0'], exitCode: 0 },
  undici: { args: (b) => [b.undici], exitCode: 0 },
  httpClient: { args: (b) => [b.httpClient], exitCode: 0 },
  floor: { args: (b) => [b.floor], exitCode: 1 },
  // No inputs at all: every credential is missing, so the action fails before any request (and opens no connection).
  action: { args: () => [ACTION_ENTRY], exitCode: 1 }
}

/** Times start-to-exit of each starter, in a scratch directory with PATH and HOME only. */
export class ColdStarts {
  private constructor(
    private readonly bundles: Bundles,
    private readonly cwd: string
  ) {}

  static async create(bundles: Bundles): Promise<ColdStarts> {
    const starts = new ColdStarts(bundles, mkdtempSync(path.join(os.tmpdir(), 'x-action-cold-')))
    // One unmeasured pass of each warms the file cache.
    for (const starter of Object.keys(STARTERS) as Starter[]) await starts.time(starter)
    return starts
  }

  /** `extraEnv`: what a scenario adds to the environment, such as NODE_EXTRA_CA_CERTS, whose file Node reads before the first line runs. */
  async time(starter: Starter, extraEnv: Record<string, string> = {}): Promise<number> {
    const { args, exitCode } = STARTERS[starter]
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? this.cwd, ...extraEnv }
    const result = await runNode(args(this.bundles), { env, cwd: this.cwd })
    if (result.exitCode !== exitCode)
      throw new Error(`The ${starter} cold start exited ${result.exitCode}, expected ${exitCode}:\n${result.stderr.slice(0, 2000)}`)
    return result.ms
  }

  close(): void {
    rmSync(this.cwd, { recursive: true, force: true })
  }
}

export interface ColdStart {
  /** Median start-to-exit time of each starter, ms. */
  ms: Record<Starter, number>
  samples: Record<Starter, number[]>
}

/** Start-to-exit times of each starter over `runs` interleaved rounds. */
export async function measureColdStart(starts: ColdStarts, runs: number): Promise<ColdStart> {
  const variants = Object.fromEntries((Object.keys(STARTERS) as Starter[]).map((s) => [s, () => starts.time(s)])) as Record<Starter, () => Promise<number>>
  const samples = await interleaved(runs, variants)
  const ms = Object.fromEntries(Object.entries(samples).map(([s, values]) => [s, median(values)])) as Record<Starter, number>
  return { ms, samples }
}

interface NodeRun {
  exitCode: number | null
  ms: number
  stderr: string
}

/** Runs `node …args` with stdout drained as the runner drains it; times spawn to close. */
function runNode(args: string[], o: { env: NodeJS.ProcessEnv; cwd: string }): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { env: o.env, cwd: o.cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const err: Buffer[] = []
    child.stdout.resume()
    child.stderr.on('data', (d: Buffer) => err.push(d))
    child.on('error', reject)
    child.on('close', (exitCode) => resolve({ exitCode, ms: performance.now() - started, stderr: Buffer.concat(err).toString('utf8') }))
  })
}
