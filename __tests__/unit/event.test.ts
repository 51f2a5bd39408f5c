/** Where the run comes from, read from the event payload file: only the fields used, each checked for its form. */
import { afterAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runEvent } from '../../src/settings/event.js'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-event-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

let n = 0
function eventOf(name: string, payload: unknown) {
  const file = path.join(dir, `event-${n++}.json`)
  fs.writeFileSync(file, typeof payload === 'string' ? payload : JSON.stringify(payload))
  return runEvent({ GITHUB_EVENT_NAME: name, GITHUB_EVENT_PATH: file })
}

const SHA = '3f1c2a9d8e7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d'
const pr = (head: string, extra: Record<string, unknown> = {}) => ({
  pull_request: { number: 42, head: { sha: SHA, repo: { full_name: head, ...extra } } },
  repository: { full_name: 'octo-org/release-notes' }
})

describe('pull requests', () => {
  test('of the repository itself', () => {
    expect(eventOf('pull_request', pr('octo-org/release-notes'))).toEqual({ kind: 'pull-request', name: 'pull_request', number: 42, fork: false, headSha: SHA })
  })
  test('from a fork, by its flag or by another repository as head', () => {
    expect(eventOf('pull_request_target', pr('octo-org/release-notes', { fork: true }))).toMatchObject({ kind: 'pull-request', fork: true })
    expect(eventOf('pull_request', pr('outside-dev/release-notes'))).toMatchObject({ kind: 'pull-request', fork: true })
  })
  test('a head sha or a number not of their form is dropped, not kept', () => {
    const payload = { pull_request: { number: -1, head: { sha: 'not-a-sha' } }, number: 7 }
    expect(eventOf('pull_request', payload)).toEqual({ kind: 'pull-request', name: 'pull_request', number: 7, fork: false, headSha: undefined })
  })
  test('without a pull_request object: another event', () => {
    expect(eventOf('pull_request', { number: 3 })).toEqual({ kind: 'other', name: 'pull_request' })
  })
})

describe('workflow_run', () => {
  const run = (over: Record<string, unknown> = {}) => ({
    workflow_run: {
      event: 'pull_request',
      head_sha: SHA,
      head_branch: 'typo-fix',
      head_repository: { owner: { login: 'outside-dev' } },
      pull_requests: [{ number: 43 }, { number: 'x' }],
      ...over
    }
  })
  test("of a pull request's workflow: its head, and the numbers listed", () => {
    expect(eventOf('workflow_run', run())).toEqual({
      kind: 'workflow-run',
      name: 'workflow_run',
      headSha: SHA,
      headOwner: 'outside-dev',
      headBranch: 'typo-fix',
      numbers: [43]
    })
  })
  test('of a push, or with a head that is not of its form: another event', () => {
    expect(eventOf('workflow_run', run({ event: 'push' }))).toEqual({ kind: 'other', name: 'workflow_run' })
    expect(eventOf('workflow_run', run({ head_branch: 'a b' }))).toEqual({ kind: 'other', name: 'workflow_run' })
    expect(eventOf('workflow_run', run({ head_sha: 'abc' }))).toEqual({ kind: 'other', name: 'workflow_run' })
  })
})

describe('payloads that cannot be read', () => {
  test('no file, not JSON, not an object: another event, by its name', () => {
    expect(runEvent({ GITHUB_EVENT_NAME: 'push' })).toEqual({ kind: 'other', name: 'push' })
    expect(runEvent({ GITHUB_EVENT_NAME: ' ', GITHUB_EVENT_PATH: path.join(dir, 'missing.json') })).toEqual({ kind: 'other', name: 'unknown' })
    expect(eventOf('pull_request', '{not json')).toEqual({ kind: 'other', name: 'pull_request' })
    expect(eventOf('pull_request', '[1, 2]')).toEqual({ kind: 'other', name: 'pull_request' })
  })
})
