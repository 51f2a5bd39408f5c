/**
 * `npm run bench`: runs the committed dist/index.js as the runner does,
 * against the simulator with an injected per-request latency, and prints one
 * Markdown table. Timings on shared machines are noisy, so every timing is a
 * ratio of medians measured in the same run. Nothing leaves 127.0.0.1.
 */
import { readdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { BENCH_DIR, buildFloorBundle, measureColdStart } from './bench/cold-start.js'
import { IMAGE_COUNT, runLatencyScenarios, type ScenarioRun } from './bench/scenarios.js'
import { formatBytes, median, round } from './bench/stats.js'
import { markdownTable, type Row } from './bench/table.js'
import { measureUploadMemory } from './bench/upload-memory.js'
import { ACTION_ENTRY } from './runner.js'

const COLD_START_RUNS = 15
const LATENCY_RUNS = 5
const LATENCY_MS = 300
const MEMORY_RUNS = 3
const VIDEO_SIZES_MIB = [64, 256] as const

/** Requests of one image upload, in order: initialize, append (one chunk), finalize, metadata (its alt text). */
const REQUESTS_PER_IMAGE = 4
/** The allowance for the action's own work, per the verdict target: 1 round trip + 0.3. */
const SLACK_ROUND_TRIPS = 0.3

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`)

async function main(): Promise<void> {
  const benchStarted = performance.now()

  progress('bundling @actions/core alone with ncc (the cold-start floor)')
  const floorBundle = await buildFloorBundle()
  progress(`cold start, ${COLD_START_RUNS} runs each of bare node, the floor and dist/index.js`)
  const cold = await measureColdStart(floorBundle, COLD_START_RUNS)
  progress(`latency scenarios, ${LATENCY_RUNS} runs each at ${LATENCY_MS} ms per request`)
  const latency = await runLatencyScenarios(LATENCY_MS, LATENCY_RUNS)
  progress(`upload memory, ${MEMORY_RUNS} runs each of a ${VIDEO_SIZES_MIB.join(' and a ')} MiB video`)
  const memory = await measureUploadMemory([...VIDEO_SIZES_MIB], MEMORY_RUNS)

  const wall = (runs: ScenarioRun[]) => median(runs.map((r) => r.wallMs))
  const verifyWallMs = wall(latency.verify)
  const roundTrips = (ms: number) => round(ms / LATENCY_MS)
  const verdict = roundTrips(verifyWallMs - cold.actionMs)
  const verdictSerial = roundTrips(wall(latency.verifySerial) - cold.actionMs)
  const threadExtra = roundTrips(wall(latency.thread) - verifyWallMs)
  const imagesExtra = roundTrips(wall(latency.images) - verifyWallMs)
  const logRounds = (runs: ScenarioRun[]) => median(runs.map((r) => r.rounds))

  const requests = (runs: ScenarioRun[], expected: number, metric: string, target = String(expected)): Row => {
    const counts = [...new Set(runs.map((r) => r.requests))].sort((a, b) => a - b)
    return { metric, measured: counts.join(' / '), target, met: counts.length === 1 && counts[0] === expected }
  }
  const allRuns = Object.values(latency).flat()
  const usersMe = [...new Set(allRuns.map((r) => r.byRoute['users/me'] ?? 0))].sort((a, b) => a - b)

  const [small, large] = memory.map((m) => ({ ...m, peakMiB: median(m.peakRssKiB) / 1024 }))
  const rssDiffMiB = large.peakMiB - small.peakMiB

  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`
  const ms = (value: number) => `${Math.round(value)} ms`
  const rows: Row[] = [
    {
      metric: 'Verdict latency: (wall − cold start) ÷ latency, 5 credentials',
      measured: `${verdict} (wall ${ms(verifyWallMs)}, ${logRounds(latency.verify)} round in the log)`,
      target: '≤ 1.3 (one round trip)',
      met: verdict <= 1.3
    },
    {
      metric: '… the same with the server answering one request at a time',
      measured: `${verdictSerial} (wall ${ms(wall(latency.verifySerial))}, ${logRounds(latency.verifySerial)} rounds)`,
      target: 'reference: what concurrency buys',
      met: undefined
    },
    requests(latency.verify, 3, 'Requests: verification'),
    requests(latency.post, 4, 'Requests: verification + one post'),
    requests(latency.thread, 6, 'Requests: 3-part thread'),
    requests(latency.images, 4 + IMAGE_COUNT * REQUESTS_PER_IMAGE, `Requests: post with ${IMAGE_COUNT} images and alt texts`, `${4 + IMAGE_COUNT * REQUESTS_PER_IMAGE} = 4 + ${IMAGE_COUNT} × (initialize, append, finalize, metadata)`),
    { metric: 'Requests: `GET /2/users/me` in each run above', measured: usersMe.join(' / '), target: 'exactly 1, never repeated', met: usersMe.length === 1 && usersMe[0] === 1 },
    {
      metric: 'Cold start: `dist/index.js` ÷ `@actions/core` alone (floor)',
      measured: `${ratio(cold.actionMs, cold.floorMs)} (${ms(cold.actionMs)} vs ${ms(cold.floorMs)})`,
      target: '≤ 1.1×',
      met: cold.actionMs / cold.floorMs <= 1.1
    },
    { metric: 'Cold start: floor ÷ bare `node -e 0`', measured: `${ratio(cold.floorMs, cold.bareMs)} (${ms(cold.floorMs)} vs ${ms(cold.bareMs)})`, target: 'reference (≈ 3.1×)', met: undefined },
    { metric: 'Cold start: `dist/index.js` ÷ bare `node -e 0`', measured: ratio(cold.actionMs, cold.bareMs), target: 'reference (a naive bundle ≈ 4.2×)', met: undefined },
    { metric: `Upload memory: peak RSS posting a ${small.sizeMiB} MiB video`, measured: `${small.peakMiB.toFixed(1)} MiB`, target: 'reference', met: undefined },
    { metric: `Upload memory: peak RSS posting a ${large.sizeMiB} MiB video`, measured: `${large.peakMiB.toFixed(1)} MiB`, target: 'reference', met: undefined },
    { metric: `Upload memory: ${large.sizeMiB} MiB − ${small.sizeMiB} MiB peak`, measured: `${rssDiffMiB.toFixed(1)} MiB`, target: '< 32 MiB (streamed in chunks)', met: rssDiffMiB < 32 },
    {
      metric: '3-part thread: (wall − verification wall) ÷ latency',
      measured: `${threadExtra} (${logRounds(latency.thread)} rounds in the log)`,
      target: `≤ ${3 + SLACK_ROUND_TRIPS} (3 round trips)`,
      met: threadExtra <= 3 + SLACK_ROUND_TRIPS
    },
    {
      metric: `${IMAGE_COUNT} images: (wall − verification wall) ÷ latency`,
      measured: `${imagesExtra} (${logRounds(latency.images)} rounds in the log)`,
      target: `≤ ${REQUESTS_PER_IMAGE + 1 + SLACK_ROUND_TRIPS} (one upload's ${REQUESTS_PER_IMAGE} + the post; ${IMAGE_COUNT * REQUESTS_PER_IMAGE + 1} if one by one)`,
      met: imagesExtra <= REQUESTS_PER_IMAGE + 1 + SLACK_ROUND_TRIPS
    }
  ]

  const entrySize = statSync(ACTION_ENTRY).size
  const distDir = path.dirname(ACTION_ENTRY)
  const chunks = readdirSync(distDir).filter((f) => /^\d+\.index\.js$/.test(f))
  const chunkBytes = chunks.reduce((sum, f) => sum + statSync(path.join(distDir, f)).size, 0)
  const floorSize = statSync(floorBundle).size
  const seconds = (performance.now() - benchStarted) / 1000
  const context = [
    `- \`dist/index.js\`: ${formatBytes(entrySize)}, plus ${chunks.length} chunks loaded on demand (${formatBytes(chunkBytes)}); the \`@actions/core\`-only floor bundle: ${formatBytes(floorSize)}.`,
    `- Node ${process.version} on ${process.platform} ${process.arch}, ${os.cpus().length} CPUs.`,
    `- Medians of ${COLD_START_RUNS} runs (cold start, clean environment with PATH and HOME only), ${LATENCY_RUNS} runs (scenarios, ${LATENCY_MS} ms per request), ${MEMORY_RUNS} runs (memory); runs interleaved.`,
    `- Benchmark time: ${seconds.toFixed(0)} s.`
  ]
  process.stdout.write(`${markdownTable(rows)}\n\n${context.join('\n')}\n`)

  const results = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: os.cpus().length,
    latencyMs: LATENCY_MS,
    runs: { coldStart: COLD_START_RUNS, latency: LATENCY_RUNS, memory: MEMORY_RUNS },
    sizes: { distIndexBytes: entrySize, distChunks: chunks.length, distChunkBytes: chunkBytes, floorBundleBytes: floorSize },
    coldStart: cold,
    scenarios: latency,
    uploadMemory: memory,
    metrics: { verdict, verdictSerial, threadExtra, imagesExtra, coldStartOverFloor: cold.actionMs / cold.floorMs, floorOverBare: cold.floorMs / cold.bareMs, rssDiffMiB },
    rows,
    allMet: rows.every((r) => r.met !== false),
    seconds
  }
  writeFileSync(path.join(BENCH_DIR, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  if (!results.allMet) process.exitCode = 1
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 2
})
