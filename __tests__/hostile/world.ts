/**
 * The hostile world: the X simulator and the GitHub simulator in hostile mode
 * (tools/simulator/hostile.ts), and one run of the action in-process against
 * them, with everything it showed scanned for every form of every secret.
 * The figures (runs, checks, hits) are written to build/reliability/hostile.json.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Deadline } from '../../src/deadline.js'
import { redacting } from '../../src/io/redacting-io.js'
import { run } from '../../src/main.js'
import { ALL_GITHUB_TOKENS, GitHubSimulator } from '../../tools/github-simulator/index.js'
import { ALL_SECRET_VALUES, XSimulator, seedDefault } from '../../tools/simulator/index.js'
import { captureIO, type Captured } from '../helpers/capture-io.js'
import { pairForms, scanSinks, type SecretUnderTest } from '../helpers/leaks.js'
import { startGitHub } from '../helpers/oauth2.js'
import { writeFigures } from '../helpers/reliability.js'

export interface HostileWorld {
  x: XSimulator
  gh: GitHubSimulator
  workspace: string
  close(): Promise<void>
}

export async function openHostileWorld(): Promise<HostileWorld> {
  const x = await XSimulator.start()
  seedDefault(x)
  const gh = await startGitHub()
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'hostile-'))
  return {
    x,
    gh,
    workspace,
    close: async () => {
      await Promise.all([x.close(), gh.close()])
      rmSync(workspace, { recursive: true, force: true })
    }
  }
}

/** Runs, checks and hits of the whole hostile suite, by part. */
export const figures: Record<string, { runs: number; checks: number; hits: number }> = {}

export function count(part: string, checks: number, hits: number): void {
  const f = (figures[part] ??= { runs: 0, checks: 0, hits: 0 })
  f.runs++
  f.checks += checks
  f.hits += hits
}

export function writeHostileFigures(): void {
  const parts = Object.values(figures)
  const total = (key: 'runs' | 'checks' | 'hits') => parts.reduce((n, p) => n + p[key], 0)
  writeFigures('hostile.json', { parts: figures, runs: total('runs'), checks: total('checks'), hits: total('hits'), writtenAt: new Date().toISOString() })
}

const secretUnderTest = (value: string, i: number): SecretUnderTest => ({ name: `secret#${i}`, value, publicPrefix: /^\d+-/.exec(value.trim())?.[0] })

/** Everything the run showed, by where a reader sees it. */
export function sinksOf(c: Captured): Record<string, string> {
  return {
    log: [...c.infos, ...c.warnings.map((w) => `${w.title}: ${w.message}`), ...c.errors.map((e) => `${e.title}: ${e.message}`), ...c.failed].join('\n'),
    outputs: Object.values(c.outputs).join('\n'),
    summary: c.summary
  }
}

/**
 * One in-process run against the hostile world; its leak scan counted under
 * `part`. Every fake secret of both simulators is looked for, with every
 * token X issued, and the HTTP Basic credential of each pair given.
 */
export async function hostileRun(world: HostileWorld, part: string, inputs: Record<string, string>): Promise<{ captured: Captured; leaks: string[] }> {
  const { io, captured } = captureIO(
    { 'api-base-url': world.x.url, 'timeout-seconds': '5', ...inputs },
    {
      GITHUB_WORKSPACE: world.workspace,
      GITHUB_REPOSITORY: 'octo-org/release-notes',
      GITHUB_API_URL: world.gh.url
    }
  )
  await run(redacting(io), Deadline.in(60_000))
  const secrets = [...new Set([...ALL_SECRET_VALUES, ...ALL_GITHUB_TOKENS, ...world.x.userTokens.keys()])].map(secretUnderTest)
  const pairs = [...pairForms(inputs['api-key'] ?? '', inputs['api-secret'] ?? ''), ...pairForms(inputs['client-id'] ?? '', inputs['client-secret'] ?? '')]
  const report = scanSinks(sinksOf(captured), captured.masks, secrets, pairs)
  count(part, report.checks, report.leaks.length)
  return { captured, leaks: report.leaks }
}
