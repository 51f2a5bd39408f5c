/** The step's deadline: bounded for every run, grown by the work an operation prepared. */
import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Deadline } from '../../src/deadline.js'
import { requestBudgetMs } from '../../src/main.js'
import { post } from '../../src/operations/post/index.js'
import type { InputReader } from '../../src/settings/settings.js'
import { mp4 } from '../helpers/media-files.js'

const reader = (values: Record<string, string>): InputReader => ({
  line: (name, fallback = '') => values[name]?.trim() || fallback,
  text: (name) => values[name] ?? '',
  choice: (name, allowed, fallback) => (allowed.find((a) => a === values[name]) ?? fallback) as never,
  given: (name) => !!values[name]?.trim()
})
const offline = (workspace: string) => ({ workspace, env: {}, secret: () => undefined })

test('one request may take every attempt and two rate-limit waits, and no more', () => {
  expect(requestBudgetMs({ timeoutMs: 1000, rateLimitWaitSeconds: 0 })).toBe(18_000)
  expect(requestBudgetMs({ timeoutMs: 30_000, rateLimitWaitSeconds: 60 })).toBe(225_000)
})

test('a post adds a request per part and the two reads of a resume; a video adds its chunks and the time X may take to process it', async () => {
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'budget-'))
  writeFileSync(path.join(workspace, 'clip.mp4'), mp4(9 * 1024 * 1024))
  const text = await post.read(reader({ tweet: 'one\n---\ntwo' }))!.prepare(offline(workspace))
  const video = await post.read(reader({ tweet: 'one', media: 'clip.mp4' }))!.prepare(offline(workspace))
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

  test('the watchdog fires after the deadline and its grace, later when the deadline grows, never once stopped', () => {
    const fired: number[] = []
    const deadline = Deadline.in(1000)
    deadline.watch(500, () => fired.push(Date.now()))
    jest.advanceTimersByTime(1000)
    deadline.extendTo(3000, 0)
    jest.advanceTimersByTime(10_000)
    expect(fired).toEqual([3500])

    const stopped = Deadline.in(1000)
    stopped.watch(0, () => fired.push(-1))
    stopped.stop()
    jest.advanceTimersByTime(10_000)
    expect(fired).toEqual([3500])
  })

  test('extendTo never brings the deadline earlier', () => {
    const deadline = Deadline.in(5000)
    deadline.extendTo(1000, 0)
    expect(deadline.at).toBe(5000)
  })
})
