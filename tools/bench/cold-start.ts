/**
 * Cold start: how long `node dist/index.js` takes to fail offline, against
 * bare `node -e 0` and against a bundle of @actions/core alone (the floor of
 * this stack), each in a clean environment with PATH and HOME only.
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

/** Bundles FLOOR_ENTRY with ncc, as the action is bundled, and returns the bundle's path. */
export async function buildFloorBundle(): Promise<string> {
  mkdirSync(BENCH_DIR, { recursive: true })
  const entry = path.join(BENCH_DIR, 'core-only-entry.js')
  const out = path.join(BENCH_DIR, 'core-only')
  writeFileSync(entry, FLOOR_ENTRY)
  rmSync(out, { recursive: true, force: true })
  const require = createRequire(import.meta.url)
  const ncc = path.join(path.dirname(require.resolve('@vercel/ncc/package.json')), 'dist', 'ncc', 'cli.js')
  const result = await runNode([ncc, 'build', entry, '-o', out, '--quiet'], { env: process.env, cwd: REPO_ROOT })
  if (result.exitCode !== 0) throw new Error(`ncc could not bundle the @actions/core floor:\n${result.stderr}`)
  return path.join(out, 'index.js')
}

export type Starter = 'bare' | 'floor' | 'action'

const STARTERS: Record<Starter, { args: (floorBundle: string) => string[]; exitCode: number }> = {
  bare: { args: () => ['-e', '0'], exitCode: 0 },
  floor: { args: (floorBundle) => [floorBundle], exitCode: 1 },
  // No inputs at all: every credential is missing, so the action fails before any request.
  action: { args: () => [ACTION_ENTRY], exitCode: 1 }
}

/** Times start-to-exit of each starter, in a scratch directory with PATH and HOME only. */
export class ColdStarts {
  private constructor(
    private readonly floorBundle: string,
    private readonly cwd: string
  ) {}

  static async create(floorBundle: string): Promise<ColdStarts> {
    const starts = new ColdStarts(floorBundle, mkdtempSync(path.join(os.tmpdir(), 'x-action-cold-')))
    // One unmeasured pass of each warms the file cache.
    for (const starter of Object.keys(STARTERS) as Starter[]) await starts.time(starter)
    return starts
  }

  async time(starter: Starter): Promise<number> {
    const { args, exitCode } = STARTERS[starter]
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? this.cwd }
    const result = await runNode(args(this.floorBundle), { env, cwd: this.cwd })
    if (result.exitCode !== exitCode)
      throw new Error(`The ${starter} cold start exited ${result.exitCode}, expected ${exitCode}:\n${result.stderr.slice(0, 2000)}`)
    return result.ms
  }

  close(): void {
    rmSync(this.cwd, { recursive: true, force: true })
  }
}

export interface ColdStart {
  bareMs: number
  floorMs: number
  actionMs: number
  samples: Record<Starter, number[]>
}

/** Median start-to-exit time of each starter over `runs` interleaved rounds. */
export async function measureColdStart(starts: ColdStarts, runs: number): Promise<ColdStart> {
  const samples = await interleaved(runs, {
    bare: () => starts.time('bare'),
    floor: () => starts.time('floor'),
    action: () => starts.time('action')
  })
  return { bareMs: median(samples.bare), floorMs: median(samples.floor), actionMs: median(samples.action), samples }
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
