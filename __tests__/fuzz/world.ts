/**
 * The world every fuzzed value runs in: the X simulator and the GitHub
 * simulator (where OAuth 2.0 runs store the rotated refresh token) on
 * 127.0.0.1, one workspace with files good and bad (and links out of it), a
 * record of every host this process sent an HTTP request to, and
 * `exercise()`, which runs the action in-process with one input fuzzed and
 * every other input valid.
 */
import diagnostics from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { redacting } from '../../src/io/redacting-io.js'
import { run } from '../../src/main.js'
import { ENVIRONMENT, REFRESH_TOKEN_SECRET, REPOSITORY, type GitHubSimulator } from '../../tools/github-simulator/index.js'
import { SAMPLE, XSimulator, credentialInputs, seedDefault } from '../../tools/simulator/index.js'
import { captureIO, type Captured } from '../helpers/capture-io.js'
import { png } from '../helpers/media-files.js'
import { newChain, oauth2Inputs, startGitHub } from '../helpers/oauth2.js'
import { FRESH_REFRESH_TOKEN, type InputSpec } from './values.js'

export interface World {
  sim: XSimulator
  gh: GitHubSimulator
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
  const seen = (host: string) => hostsSeen.set(host, (hostsSeen.get(host) ?? 0) + 1)
  // node:http (twitter-api-v2), and fetch (Octokit), which node:http's channel does not see.
  const onRequest = (message: unknown) => seen((message as { request: ClientRequest }).request.host)
  const onFetch = (message: unknown) => seen(new URL(String((message as { request: { origin: string | URL } }).request.origin)).hostname)
  diagnostics.subscribe('http.client.request.start', onRequest)
  diagnostics.subscribe('undici:request:create', onFetch)
  const [sim, gh] = await Promise.all([XSimulator.start(), startGitHub()])
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
    gh,
    workspace,
    hostsSeen,
    close: async () => {
      diagnostics.unsubscribe('http.client.request.start', onRequest)
      diagnostics.unsubscribe('undici:request:create', onFetch)
      await Promise.all([sim.close(), gh.close()])
      rmSync(root, { recursive: true, force: true })
    }
  }
}

/** An error annotation, and how many requests the simulators (X and GitHub) had seen when it was written. */
export interface ErrorAnnotation {
  title: string
  message: string
  requestsBefore: number
}

/** What one run did: everything it wrote, and what the simulators saw. */
export interface Outcome extends Omit<Captured, 'failed' | 'errors'> {
  /** The value as the run got it: the generated one, with the case's refresh token in place of FRESH_REFRESH_TOKEN. */
  value: string
  /** The OAuth 2.0 tokens X issued for the case (its chain's first ones included): secrets too. */
  issued: string[]
  threw?: unknown
  errors: ErrorAnnotation[]
  /** The setFailed messages. */
  failures: string[]
  failed: boolean
  requests: XSimulator['requests']
  githubRequests: GitHubSimulator['requests']
  posts: number
  /** Images attached to the post that was made. */
  mediaAttached: number
  altTexts: (string | undefined)[]
  ms: number
}

/**
 * The inputs of one case: valid credentials (OAuth 1.0a, or OAuth 2.0 with
 * `refreshToken` for an `oauth2` spec) and settings, the spec's companions, and
 * the fuzzed value.
 */
export function inputsFor(
  simUrl: string,
  spec: Pick<InputSpec, 'name' | 'with' | 'oauth2'>,
  value: string,
  refreshToken = FRESH_REFRESH_TOKEN
): Record<string, string> {
  const credentials = spec.oauth2 ? oauth2Inputs(refreshToken) : credentialInputs(SAMPLE)
  return { ...credentials, 'api-base-url': simUrl, 'timeout-seconds': '10', ...spec.with, [spec.name]: value }
}

/** Where the run finds GitHub and the repository whose secret holds the refresh token, as the runner tells it. */
export const githubEnv = (world: World) => ({ GITHUB_API_URL: world.gh.url, GITHUB_REPOSITORY: REPOSITORY })

/**
 * Resets both simulators and scripts them for one case. An `oauth2` spec gets a
 * fresh refresh-token chain (its token at X, and in the repository and the
 * environment secret, so that both places are valid) whose token replaces
 * FRESH_REFRESH_TOKEN in the value. Returns the case's inputs and the value as
 * the run gets it.
 */
export function prepareCase(world: World, spec: InputSpec, generated: string): { inputs: Record<string, string>; value: string } {
  const { sim, gh } = world
  sim.reset()
  gh.reset()
  spec.before?.(sim)
  if (!spec.oauth2) return { inputs: inputsFor(sim.url, spec, generated), value: generated }
  const token = newChain(sim, gh)
  gh.seedSecret(REPOSITORY, REFRESH_TOKEN_SECRET, token, ENVIRONMENT)
  const value = generated.split(FRESH_REFRESH_TOKEN).join(token)
  return { inputs: inputsFor(sim.url, spec, value, token), value }
}

/** Runs the action in-process (`run(io)`) with `generated` for the spec's input. */
export async function exercise(world: World, spec: InputSpec, generated: string): Promise<Outcome> {
  const { sim, gh } = world
  const tokensBefore = new Set(sim.userTokens.keys())
  const { inputs, value } = prepareCase(world, spec, generated)
  const { io, captured } = captureIO(inputs, { GITHUB_WORKSPACE: world.workspace, ...githubEnv(world) })
  const requestsBefore: number[] = []
  const error = (message: string, title: string) => {
    requestsBefore.push(sim.requests.length + gh.requests.length)
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
    value,
    issued: [...sim.userTokens.keys()].filter((t) => !tokensBefore.has(t)),
    threw,
    errors: captured.errors.map((e, i) => ({ ...e, requestsBefore: requestsBefore[i] })),
    failures: captured.failed,
    failed: captured.failed.length > 0,
    requests: [...sim.requests],
    githubRequests: [...gh.requests],
    posts: sim.posts.length,
    mediaAttached: attached.length,
    altTexts: attached.map((m) => m?.altText),
    ms
  }
}
