/**
 * Hostile files and texts: what a contributor can put in the workspace or a
 * workflow can pass as text. A file is opened once, must be a regular file
 * inside the workspace and outside `.git/`, and is read through that one
 * descriptor up to its limit plus one byte: a named pipe or a device fails
 * at once. A text is refused by its length before anything measures it, so a
 * pathological one fails in a moment. Nothing is sent in any of these runs.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, startSimulator } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

const creds = credentialInputs(SAMPLE)

let sim: XSimulator
let root: string
beforeAll(async () => {
  sim = await startSimulator()
  root = mkdtempSync(path.join(os.tmpdir(), 'hostile-files-'))
})
afterAll(async () => {
  await sim.close()
  rmSync(root, { recursive: true, force: true })
})
beforeEach(() => sim.reset())

/** A workspace of its own for one test, made by `make`. */
function workspace(name: string, make: (dir: string) => void): string {
  const dir = path.join(root, name)
  mkdirSync(dir, { recursive: true })
  make(dir)
  return dir
}

/** Whether this machine lets the tests make a device node (root can; a CI runner's user cannot, and the link to /dev/zero stands in for it). */
const canMakeDevices = (() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mknod-'))
  try {
    execFileSync('mknod', [path.join(dir, 'zero'), 'c', '1', '5'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})()

/** `file`, made by `make` in a workspace of its own, given as `input`: refused with `message`, at once, nothing sent. */
async function refusedAtOnce(input: string, file: string, make: (path: string) => void, message: string): Promise<void> {
  const dir = workspace(`${input}-${Math.random().toString(36).slice(2)}`, (d) => make(path.join(d, file)))
  const run = await act(sim, { ...creds, [input]: file, ...(input === 'media' ? { tweet: 'With media' } : {}) }, { workspace: dir, killAfterMs: 15_000 })
  expect(run.signal).toBeNull()
  expect(errorIds(run)).toEqual(['invalid-input'])
  expect(run.errors[0]).toContain(message)
  expect(run.durationMs).toBeLessThan(5_000)
  expect(sim.requests).toHaveLength(0)
}

describe('files that are not files', () => {
  test.each(['tweet-file', 'media'])('a named pipe as %s fails at once: it is not a regular file, and nothing waits for a writer', (input) =>
    refusedAtOnce(input, 'notes.fifo', (file) => execFileSync('mkfifo', [file]), `\`${input}\`: 'notes.fifo' is not a regular file (a pipe, socket or device)`)
  )

  test.each(['tweet-file', 'media'])('/dev/zero through a link as %s fails at once: it leads outside the workspace', (input) =>
    refusedAtOnce(input, 'zero.png', (file) => symlinkSync('/dev/zero', file), "'zero.png' leads outside the workspace through a symbolic link")
  )

  ;(canMakeDevices ? test.each : test.skip.each)(['tweet-file', 'media'])(
    'a device node inside the workspace as %s fails at once: not a regular file',
    (input) =>
      refusedAtOnce(
        input,
        'zero.png',
        (file) => execFileSync('mknod', [file, 'c', '1', '5']),
        `\`${input}\`: 'zero.png' is not a regular file (a pipe, socket or device)`
      )
  )
})

describe("the repository's own files", () => {
  const gitWorkspace = () =>
    workspace(`git-${Math.random().toString(36).slice(2)}`, (d) => {
      mkdirSync(path.join(d, '.git'))
      writeFileSync(path.join(d, '.git', 'config'), '[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX3Rva2Vu\n')
      writeFileSync(path.join(d, '.git', 'logo.png'), png(8, 8, 1))
      symlinkSync(path.join(d, '.git', 'config'), path.join(d, 'notes.txt'))
    })

  test.each([
    ['tweet-file', '.git/config'],
    ['tweet-file', './docs/../.git/config'],
    ['tweet-file', 'notes.txt'],
    ['media', '.git/logo.png']
  ])('%s: %s is refused, whatever the path that leads there', async (input, given) => {
    const run = await act(sim, { ...creds, [input]: given, ...(input === 'media' ? { tweet: 'With media' } : {}) }, { workspace: gitWorkspace() })
    expect(errorIds(run)).toEqual(['invalid-input'])
    expect(run.errors[0]).toContain(`\`${input}\`: '${given}' is inside a \`.git\` folder`)
    expect(sim.requests).toHaveLength(0)
    expect(sim.posts).toHaveLength(0)
  })
})

describe('texts that would pin the CPU', () => {
  const pathological = (length: number) => 'a.'.repeat(Math.ceil(length / 2)).slice(0, length)

  test('a 1 MiB tweet-file of `a.a.a.…` fails in a moment, by its length, before anything measures it', async () => {
    const started = Date.now()
    const run = await act(sim, { ...creds, 'tweet-file': 'notes.txt' }, { files: { 'notes.txt': pathological(1024 * 1024) }, killAfterMs: 30_000 })
    const reference = await act(sim, { ...creds, 'tweet-file': 'missing.txt' })
    expect(run.signal).toBeNull()
    expect(errorIds(run)).toEqual(['text-too-long'])
    expect(run.errors[0]).toContain('`tweet-file`: the text is 1,048,576 characters long; a post holds 280 weighted characters')
    // The same run with a missing file is the floor: the long file costs less than a second more.
    expect(run.durationMs - reference.durationMs).toBeLessThan(1000)
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(sim.requests).toHaveLength(0)
  })

  test('a 100,000-character tweet of `a.a.a.…` fails in a moment, by its length', async () => {
    const run = await act(sim, { ...creds, tweet: pathological(100_000) }, { killAfterMs: 30_000 })
    const reference = await act(sim, { ...creds, tweet: 'x', 'timeout-seconds': 'soon' })
    expect(run.signal).toBeNull()
    expect(errorIds(run)).toEqual(['text-too-long'])
    expect(run.errors[0]).toContain('`tweet`: the text is 100,000 characters long')
    expect(run.durationMs - reference.durationMs).toBeLessThan(1000)
    expect(sim.requests).toHaveLength(0)
  })

  // Parts up to 25,000 weighted characters pass offline (an account with an X subscription may post them) and are held to the
  // account's own limit after the check: measuring them must stay quick however they are made.
  test.each([
    ['25 parts of 2,500 characters, each measured whole', 25, 2500],
    ['4 parts of 24,000 characters, each measured in pieces', 4, 24_000]
  ])('a thread of %s, of pathological text: measured within a second or two, then held to the account’s limit', async (_name, parts, length) => {
    const part = pathological(length)
    const text = Array.from({ length: parts }, (_, i) => `${i} ${part}`.slice(0, length)).join('\n---\n')
    const run = await act(sim, { ...creds, tweet: text }, { killAfterMs: 30_000 })
    const reference = await act(sim, { ...creds, tweet: 'x', 'timeout-seconds': 'soon' })
    expect(errorIds(run)).toEqual(['post-over-account-limit'])
    expect(run.durationMs - reference.durationMs).toBeLessThan(2000)
    expect(sim.posts).toHaveLength(0)
  })
})
