/**
 * The announcement's lifecycle with the source itself: `run()` in this
 * process against the X simulator and the GitHub REST simulator over real
 * HTTP. The end-to-end suites run the same situations through dist/index.js;
 * here the source's paths are reached directly (and counted by --coverage):
 * a thread stopped midway and resumed, a post confirmed only by X's duplicate
 * answer, the preview comment written then updated, a fork's pull request,
 * and the event payloads they rest on.
 */
import { describe, expect, test } from '@jest/globals'
import { FORK_PR, type GitHubSimulator, READ_ONLY_WORKFLOW_TOKEN, RELEASE_PR, REPOSITORY, WORKFLOW_TOKEN } from '../../tools/github-simulator/index.js'
import { credentialInputs, SAMPLE, type XSimulator } from '../../tools/simulator/index.js'
import { forbidden } from '../../tools/simulator/problems.js'
import { unique, withSimulators } from '../helpers/e2e.js'
import { pullRequestEvent } from '../helpers/events.js'
import { idsOf, runInProcess } from '../helpers/in-process.js'

let x: XSimulator
let gh: GitHubSimulator
withSimulators((...started) => ([x, gh] = started))

const creds = () => ({ ...credentialInputs(SAMPLE), 'api-base-url': x.url, 'timeout-seconds': '5' })
const NOT_PERMITTED = forbidden('You are not permitted to perform this action.')
const MARKER = '<!-- x-credentials-action:announcement-preview -->'

const gitHubEnv = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPOSITORY, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '9876543210' })

describe('a thread', () => {
  const thread = () => {
    const tag = unique('v6.0')
    const parts = [`${tag} is out.`, `${tag}: faster builds.`, `${tag}: thanks to everyone who tested it.`]
    return { tweet: parts.join('\n---\n'), parts }
  }

  test('stopped at part 2, then re-run: parts 2 and 3 posted once in the reply chain, every id in the outputs', async () => {
    const { tweet, parts } = thread()
    x.fault('tweets', [{}, { status: NOT_PERMITTED.status, body: NOT_PERMITTED.body }])
    const first = await runInProcess({ ...creds(), tweet })
    expect(idsOf(first.errors)).toEqual(['action-not-permitted', 'post-failed-midway'])
    expect(first.outputs).toMatchObject({ posted: 'true' })
    expect(x.posts).toHaveLength(1)

    const rerun = await runInProcess({ ...creds(), tweet })
    expect(rerun.failed).toEqual([])
    expect(idsOf(rerun.warnings)).toEqual(['thread-resumed'])
    expect(x.posts.map((p) => p.text)).toEqual(parts)
    expect(x.posts[1].replyTo).toBe(x.posts[0].id)
    expect(x.posts[2].replyTo).toBe(x.posts[1].id)
    expect(rerun.outputs).toMatchObject({ 'tweet-ids': JSON.stringify(x.posts.map((p) => p.id)), duplicate: 'true', posted: 'true' })
  })

  test('posted whole, re-run: nothing posted again, every id found among the account’s posts', async () => {
    const { tweet } = thread()
    expect((await runInProcess({ ...creds(), tweet })).failed).toEqual([])
    const ids = x.posts.map((p) => p.id)
    const rerun = await runInProcess({ ...creds(), tweet })
    expect(idsOf(rerun.warnings)).toEqual(['duplicate-skipped'])
    expect(rerun.outputs).toMatchObject({ 'tweet-ids': JSON.stringify(ids), duplicate: 'true', posted: 'false' })
    expect(x.posts).toHaveLength(3)
  })

  test('part 1 stored by X but its answer lost: the retry’s duplicate answer confirms it, its id is found, the thread goes on from it', async () => {
    const { tweet, parts } = thread()
    x.fault('tweets', [
      { status: 500, body: { title: 'Internal Server Error', detail: 'Internal Server Error', type: 'about:blank', status: 500 }, afterHandling: true }
    ])
    const run = await runInProcess({ ...creds(), tweet })
    expect(run.failed).toEqual([])
    expect(idsOf(run.warnings)).toEqual(['post-confirmed-by-retry'])
    expect(x.posts.map((p) => p.text)).toEqual(parts)
    expect(x.posts[1].replyTo).toBe(x.posts[0].id)
    expect(run.outputs['tweet-ids']).toBe(JSON.stringify(x.posts.map((p) => p.id)))
  })

  test('the earlier parts unreadable on the re-run: red, naming the unknown parts, nothing posted', async () => {
    const { tweet } = thread()
    x.fault('tweets', [{}, { status: NOT_PERMITTED.status, body: NOT_PERMITTED.body }])
    await runInProcess({ ...creds(), tweet })
    x.fault('users/tweets', [{ status: 403, body: NOT_PERMITTED.body }])
    const rerun = await runInProcess({ ...creds(), tweet })
    expect(idsOf(rerun.errors)[0]).toBe('thread-not-resumable')
    expect(rerun.errors[0].message).toContain('Unknown: part 1')
    expect(x.posts).toHaveLength(1)
  })
})

describe('the preview on the pull request', () => {
  const preview = (inputs: Record<string, string>, event = pullRequestEvent(RELEASE_PR), token = WORKFLOW_TOKEN) =>
    runInProcess({ ...creds(), 'pr-comment': 'true', 'github-token': token, ...inputs }, { env: gitHubEnv(), event })

  test('written on the first run, the same comment updated on the next; nothing posted on X', async () => {
    const first = await preview({ tweet: 'Release 7.0 is out.' })
    expect(first.failed).toEqual([])
    const [written] = gh.comments(REPOSITORY, RELEASE_PR.number)
    expect(written.body.startsWith(MARKER)).toBe(true)
    expect(written.body).toContain('Release 7.0 is out.')
    expect(first.outputs['comment-url']).toBe(`https://github.com/${REPOSITORY}/pull/${RELEASE_PR.number}#issuecomment-${written.id}`)

    const second = await preview({ tweet: 'Release 7.0 is out, with notes.' })
    expect(second.failed).toEqual([])
    const comments = gh.comments(REPOSITORY, RELEASE_PR.number)
    expect(comments).toHaveLength(1)
    expect(comments[0].id).toBe(written.id)
    expect(comments[0].body).toContain('Release 7.0 is out, with notes.')
    expect(x.posts).toHaveLength(0)
  })

  test("a fork's pull request (no secrets, a read-only token): the preview in the job summary, a green step, no request anywhere", async () => {
    const run = await runInProcess(
      { 'api-base-url': x.url, 'pr-comment': 'true', 'github-token': READ_ONLY_WORKFLOW_TOKEN, tweet: 'Typo fix for the notes' },
      { env: gitHubEnv(), event: pullRequestEvent(FORK_PR) }
    )
    expect(run.failed).toEqual([])
    expect(run.summary).toContain('Typo fix for the notes')
    expect(x.requests).toHaveLength(0)
    expect(gh.requests).toHaveLength(0)
  })

  test('a token without pull-requests: write: the permission named, no comment', async () => {
    const run = await preview({ tweet: 'Release 7.1' }, pullRequestEvent(RELEASE_PR), READ_ONLY_WORKFLOW_TOKEN)
    expect(idsOf(run.errors)).toEqual(['pr-comment-forbidden'])
    expect(gh.comments(REPOSITORY, RELEASE_PR.number)).toHaveLength(0)
  })

  test('not a pull request (a push): a warning, no comment, nothing posted', async () => {
    const run = await runInProcess(
      { ...creds(), 'pr-comment': 'true', 'github-token': WORKFLOW_TOKEN, tweet: 'Release 7.2' },
      { env: gitHubEnv(), event: { name: 'push', payload: { ref: 'refs/heads/main' } } }
    )
    expect(idsOf(run.warnings)).toEqual(['pr-comment-not-a-pull-request'])
    expect(gh.requests).toHaveLength(0)
    expect(x.posts).toHaveLength(0)
  })
})
