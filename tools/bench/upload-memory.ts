/**
 * Upload memory: the action's peak RSS while it posts a large video. Files
 * are written to a temporary workspace in blocks, so the benchmark never
 * holds a whole video either.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runAction } from '../runner.js'
import { seedDefault, XSimulator } from '../simulator/index.js'
import { CREDENTIAL_INPUTS } from './scenarios.js'
import { interleaved, MiB } from './stats.js'

/** The `ftyp` box the test helper's mp4() starts with. */
const FTYP = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')])

/** The same bytes as the test helper's mp4(bytes): an `ftyp` box, then a marker byte every 4 KiB. */
export async function writeMp4(file: string, bytes: number): Promise<void> {
  const handle = await fs.open(file, 'w')
  try {
    const block = Buffer.alloc(MiB)
    for (let offset = 0; offset < bytes; offset += block.length) {
      const length = Math.min(block.length, bytes - offset)
      block.fill(0)
      if (offset === 0) FTYP.copy(block)
      for (let i = FTYP.length; i < length; i += 4096) block[i] = ((offset + i) / 4096) & 0xff
      await handle.write(block, 0, length, offset)
    }
  } finally {
    await handle.close()
  }
}

export interface UploadMemory {
  /** Peak RSS of a verification-only run, KiB, one per round: what posting a video adds to. */
  verifyOnlyKiB: number[]
  videos: { sizeMiB: number; peakRssKiB: number[] }[]
}

export async function measureUploadMemory(sizesMiB: number[], runs: number): Promise<UploadMemory> {
  const workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'x-action-video-'))
  // No latency: memory, not time, is measured here; one STATUS poll ends processing.
  const sim = await XSimulator.start({ videoProcessingPolls: 1 })
  seedDefault(sim)
  let counter = 0
  const peak = async (inputs: Record<string, string>, check: () => boolean, what: string) => {
    sim.reset()
    const run = await runAction({ workspace, measureRss: true, inputs: { ...CREDENTIAL_INPUTS, 'api-base-url': sim.url, ...inputs } })
    const ok = run.exitCode === 0 && run.maxRssKiB !== undefined && check()
    sim.reset() // the simulator keeps appended chunks until then
    if (!ok) throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`)
    return run.maxRssKiB!
  }
  try {
    for (const size of sizesMiB) await writeMp4(path.join(workspace, `video-${size}.mp4`), size * MiB)
    const upload = (size: number) => () =>
      peak(
        { tweet: `Demo video, ${size} MB, benchmark run ${counter++}`, media: `video-${size}.mp4` },
        () => [...sim.media.values()][0]?.totalBytes === size * MiB,
        `Posting the ${size} MiB video`
      )
    const variants: Record<string, () => Promise<number>> = { verifyOnly: () => peak({}, () => sim.requests.length === 3, 'The verification') }
    for (const size of sizesMiB) variants[`${size} MiB`] = upload(size)
    const peaks = await interleaved(runs, variants)
    return { verifyOnlyKiB: peaks.verifyOnly, videos: sizesMiB.map((size) => ({ sizeMiB: size, peakRssKiB: peaks[`${size} MiB`] })) }
  } finally {
    await sim.close()
    await fs.rm(workspace, { recursive: true, force: true })
  }
}
