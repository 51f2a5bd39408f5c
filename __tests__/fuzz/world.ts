/**
 * The world every fuzzed value runs in: one simulator on 127.0.0.1, one
 * workspace with files good and bad (and links out of it), a record of every
 * host this process sent an HTTP request to, and `exercise()`, which runs the
 * action in-process with one input fuzzed and every other input valid.
 */
import diagnostics from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { redacting } from '../../src/io/redacting-io.js'
import { run } from '../../src/main.js'
import { SAMPLE, XSimulator, credentialInputs, seedDefault } from '../../tools/simulator/index.js'
import { captureIO, type Captured } from '../helpers/capture-io.js'
import { png } from '../helpers/media-files.js'
import type { InputSpec } from './values.js'

export interface World {
  sim: XSimulator
  workspace: string
  /** Every outgoing HTTP request this process made while the world was open, by host. */
  hostsSeen: Map<string, number>
  close(): Promise<void>
}

/** A 1×1 single-frame GIF: a still image for X. */
const STILL_GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64')

/** The workspace's files; `escape.txt` and `escape.png` are links to a file outside it. */
const FILES: Record<string, string | Buffer> = {
  'notes/ok.txt': 'Release notes, read from a file\n',
  'notes/unicode.txt': 'Ünïcödé 日本語 🎉\n---\nSecond part\n',
  'notes/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
  'notes/empty.txt': '',
  'notes/long.txt': 'a'.repeat(300),
  'notes/big.txt': Buffer.alloc(1024 * 1024 + 1, 0x61),
  'dir/inner.txt': 'inside a directory',
  'a.png': png(8, 8, 1),
  'b.png': png(8, 9, 2),
  'c.png': png(9, 8, 3),
  'd.png': png(9, 9, 4),
  'e.png': png(10, 8, 5),
  'still.gif': STILL_GIF,
  'not-media.txt': 'plain text',
  'zero.png': Buffer.alloc(0),
  'fake.png': 'not a PNG at all',
  'photo.heic': Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')])
}

export async function openWorld(): Promise<World> {
  const hostsSeen = new Map<string, number>()
  const onRequest = (message: unknown) => {
    const { request } = message as { request: ClientRequest }
    hostsSeen.set(request.host, (hostsSeen.get(request.host) ?? 0) + 1)
  }
  diagnostics.subscribe('http.client.request.start', onRequest)
  const sim = await XSimulator.start()
  seedDefault(sim)
  const root = mkdtempSync(path.join(os.tmpdir(), 'fuzz-inputs-'))
  const workspace = path.join(root, 'workspace')
  const outside = path.join(root, 'outside.txt')
  writeFileSync(outside, 'A secret note outside the workspace')
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
    writeFileSync(path.join(workspace, name), content)
  }
  symlinkSync(outside, path.join(workspace, 'escape.txt'))
  symlinkSync(outside, path.join(workspace, 'escape.png'))
  return {
    sim,
    workspace,
    hostsSeen,
    close: async () => {
      diagnostics.unsubscribe('http.client.request.start', onRequest)
      await sim.close()
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** An error annotation, and how many requests the simulator had seen when it was written. */
export interface ErrorAnnotation {
  title: string
  message: string
  requestsBefore: number
}

/** What one run did: everything it wrote, and what the simulator saw. */
export interface Outcome extends Omit<Captured, 'failed' | 'errors'> {
  threw?: unknown
  errors: ErrorAnnotation[]
  /** The setFailed messages. */
  failures: string[]
  failed: boolean
  requests: XSimulator['requests']
  posts: number
  /** Images attached to the post that was made. */
  mediaAttached: number
  altTexts: (string | undefined)[]
  ms: number
}

/** The inputs of one case: valid credentials and settings, the spec's companions, and the fuzzed value. */
export function inputsFor(simUrl: string, spec: Pick<InputSpec, 'name' | 'with'>, value: string): Record<string, string> {
  return { ...credentialInputs(SAMPLE), 'api-base-url': simUrl, 'timeout-seconds': '10', ...spec.with, [spec.name]: value }
}

/** Resets the simulator and scripts it for this input. */
export function prepareSim(world: World, spec: InputSpec): void {
  world.sim.reset()
  spec.before?.(world.sim)
}

/** Runs the action in-process (`run(io)`) with `value` for the spec's input. */
export async function exercise(world: World, spec: InputSpec, value: string): Promise<Outcome> {
  const { sim } = world
  prepareSim(world, spec)
  const { io, captured } = captureIO(inputsFor(sim.url, spec, value), { GITHUB_WORKSPACE: world.workspace })
  const requestsBefore: number[] = []
  const error = (message: string, title: string) => {
    requestsBefore.push(sim.requests.length)
    io.error(message, title)
  }
  const started = performance.now()
  let threw: unknown
  try {
    await run(redacting({ ...io, error }))
  } catch (e) {
    threw = e
  }
  const ms = performance.now() - started
  const [first] = sim.posts
  const attached = first ? first.mediaIds.map((id) => sim.media.get(id)) : []
  return {
    ...captured,
    threw,
    errors: captured.errors.map((e, i) => ({ ...e, requestsBefore: requestsBefore[i] })),
    failures: captured.failed,
    failed: captured.failed.length > 0,
    requests: [...sim.requests],
    posts: sim.posts.length,
    mediaAttached: attached.length,
    altTexts: attached.map((m) => m?.altText),
    ms
  }
}
