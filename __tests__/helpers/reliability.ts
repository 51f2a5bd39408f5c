/**
 * The reliability figures the README quotes: each suite writes what it
 * measured to build/reliability/ (git-ignored), from real runs only.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../../tools/runner.js'
import { leakTotals } from './leaks.js'

export const RELIABILITY_DIR = path.join(REPO_ROOT, 'build', 'reliability')

export function writeFigures(name: string, data: unknown): string {
  mkdirSync(RELIABILITY_DIR, { recursive: true })
  const file = path.join(RELIABILITY_DIR, name)
  writeFileSync(file, JSON.stringify(data, null, 2) + '\n')
  return file
}

export interface LeakRecord {
  file: string
  scenarios: number
  checks: number
  leaks: number
  writtenAt: string
}

/**
 * Writes this test file's leak-check totals (each file has its own copy of
 * `leakTotals`), then the sum over every file's latest record to leaks.json.
 */
export function recordLeakTotals(testPath: string): LeakRecord | undefined {
  if (leakTotals.scenarios === 0) return undefined
  const file = path.basename(testPath).replace(/\.test\.ts$/, '')
  const record: LeakRecord = { file, ...leakTotals, writtenAt: new Date().toISOString() }
  writeFigures(`leaks-${file}.json`, record)
  writeFigures('leaks.json', sumLeakTotals())
  return record
}

export function sumLeakTotals(): { files: LeakRecord[]; scenarios: number; checks: number; leaks: number } {
  const files = readdirSync(RELIABILITY_DIR)
    .filter((f) => /^leaks-.+\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(RELIABILITY_DIR, f), 'utf8')) as LeakRecord)
  const sum = (key: 'scenarios' | 'checks' | 'leaks') => files.reduce((n, r) => n + r[key], 0)
  return { files, scenarios: sum('scenarios'), checks: sum('checks'), leaks: sum('leaks') }
}

/** Runs `work` over `items` with at most `limit` at a time; results in input order. */
export async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await work(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/** A Markdown table from rows of cells. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}
