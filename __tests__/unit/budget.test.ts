/** The step's deadline: bounded for every run, grown by the work an operation prepared. */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Deadline } from '../../src/deadline.js'
import { requestBudgetMs } from '../../src/main.js'
import { post } from '../../src/operations/post/index.js'
import { WorkspaceFiles } from '../../src/settings/workspace.js'
import type { InputReader } from '../../src/settings/settings.js'
import { mp4 } from '../helpers/media-files.js'

const reader = (values: Record<string, string>): InputReader => ({
  line: (name, fallback = '') => values[name]?.trim() || fallback,
  text: (name) => values[name] ?? '',
  choice: (name, allowed, fallback) => (allowed.find((a) => a === values[name]) ?? fallback) as never,
  given: (name) => !!values[name]?.trim()
})
const offline = (workspace: string, files: WorkspaceFiles) => ({ workspace, env: {}, secret: () => undefined, files })

test('one request may take every attempt, the longest backoffs between them and two rate-limit waits, and no more', () => {
  // 3 attempts, backoffs of at most 1 s and 2 s, a second of slack.
  expect(requestBudgetMs({ timeoutMs: 1000, rateLimitWaitSeconds: 0 })).toBe(3_000 + 3_000 + 1_000)
  expect(requestBudgetMs({ timeoutMs: 30_000, rateLimitWaitSeconds: 60 })).toBe(90_000 + 3_000 + 120_000 + 1_000)
})

test('a post adds a request per part and the two reads of a resume; a video adds its chunks and the time X may take to process it', async () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'budget-'))
  writeFileSync(path.join(workspace, 'clip.mp4'), mp4(9 * 1024 * 1024))
  const files = new WorkspaceFiles(workspace)
  const text = await post.read(reader({ tweet: 'one\n---\ntwo' }))!.prepare(offline(workspace, files))
  const video = await post.read(reader({ tweet: 'one', media: 'clip.mp4' }))!.prepare(offline(workspace, files))
  await files.close()
  // 2 parts + the 2 pages of the account's posts a resume may read.
  expect(text.budgetMs(10_000)).toBe(40_000)
  // 1 part + 2 pages + 3 chunks + initialize, finalize, metadata and a STATUS poll; then 10 minutes of processing.
  expect(video.budgetMs(10_000)).toBe(10 * 10_000 + 10 * 60_000)
})

describe('the deadline', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  test('the watchdog fires after the deadline and its grace, where the deadline was moved to, never once stopped', () => {
    const fired: number[] = []
    const deadline = Deadline.in(1000)
    deadline.watch(500, () => fired.push(Date.now()))
    jest.advanceTimersByTime(1000)
    deadline.setRemaining(2000)
    jest.advanceTimersByTime(10_000)
    expect(fired).toEqual([3500])

    const stopped = Deadline.in(1000)
    stopped.watch(0, () => fired.push(-1))
    stopped.stop()
    jest.advanceTimersByTime(10_000)
    expect(fired).toEqual([3500])
  })

  test('once the offline part is over, the deadline is exactly the time the work may take, earlier than the first budget too', () => {
    const fired: number[] = []
    const deadline = Deadline.in(60_000)
    deadline.watch(500, () => fired.push(Date.now()))
    jest.advanceTimersByTime(200)
    deadline.setRemaining(1000)
    expect(deadline.at).toBe(1200)
    jest.advanceTimersByTime(10_000)
    expect(fired).toEqual([1700])
  })
})
