/**
 * The preview on the pull request, end to end through dist/index.js against
 * the X simulator and the GitHub REST simulator: one comment, found by its
 * marker and updated on every run; never a post on X; on a fork's pull
 * request (no secrets, a read-only token) the preview in the job summary, a
 * green step and no request anywhere.
 */
import { describe, expect, test } from '@jest/globals'
import { FORK_PR, type GitHubSimulator, READ_ONLY_WORKFLOW_TOKEN, RELEASE_PR, REPOSITORY, WORKFLOW_TOKEN } from '../../tools/github-simulator/index.js'
import { SAMPLE, SAMPLE_ACCOUNT, type XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, noticeIds, requestsTo, warningIds, withSimulators } from '../helpers/e2e.js'
import { pullRequestEvent } from '../helpers/events.js'
import { png } from '../helpers/media-files.js'

let x: XSimulator
let gh: GitHubSimulator
withSimulators((...started) => ([x, gh] = started))

const MARKER = '<!-- x-credentials-action:announcement-preview -->'
const creds = credentialInputs(SAMPLE)
const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '9876543210' })

const preview = (
  inputs: Record<string, string>,
  event: { name: string; payload: unknown } = pullRequestEvent(RELEASE_PR),
  token = WORKFLOW_TOKEN,
  files: Record<string, string | Buffer> = {}
) => act(x, { 'pr-comment': 'true', 'github-token': token, ...inputs }, { env: env(), event, files })
const comments = (number = RELEASE_PR.number) => gh.comments(REPOSITORY, number)

describe('one comment on the pull request, updated on every run', () => {
  test('the first run writes the comment; a second run with changed text updates the same one; nothing is posted on X', async () => {
    const first = await preview({ ...creds, tweet: 'Release 2.0 is out: https://example.com/r\n---\nWhat changed, in brief.' })
    expect(first.errors).toEqual([])
    expect(first.exitCode).toBe(0)
    expect(comments()).toHaveLength(1)
    const [written] = comments()
    expect(written.body.startsWith(MARKER)).toBe(true)
    expect(written.body).toContain('Release 2.0 is out: https://example.com/r')
    expect(written.body).toContain('**Part 1 of 2** — 43/280 weighted characters · has a URL: the expensive kind, $0.200 on pay-per-use')
    expect(written.body).toContain('**Length limit:** 280 weighted characters per post: @\u200brelease_bot has no X subscription')
    expect(written.body).toContain('| Access token and secret | ✅ |')
    expect(written.body).toContain('### Cost on pay-per-use (what this run would cost without the dry run)')
    expect(written.body).toContain(`${RELEASE_PR.headSha.slice(0, 7)}`)
    expect(written.body).not.toContain('Fingerprints')
    expect(first.outputs['comment-url']).toBe(`https://github.com/${REPOSITORY}/pull/${RELEASE_PR.number}#issuecomment-${written.id}`)
    expect(first.summary).toContain('· preview: 💬 comment written')

    const second = await preview({ ...creds, tweet: 'Release 2.0.1 is out, with a fix.' })
    expect(second.exitCode).toBe(0)
    expect(comments()).toHaveLength(1)
    expect(comments()[0].id).toBe(written.id)
    expect(comments()[0].body).toContain('Release 2.0.1 is out, with a fix.')
    expect(comments()[0].body).not.toContain('Release 2.0 is out')
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url'])
    expect(second.summary).toContain('· preview: 💬 comment updated')
    expect(gh.requests.map((r) => `${r.route} ${r.status}`)).toEqual(['comments/list 200', 'comments/create 201', 'comments/list 200', 'comments/update 200'])
    expect(x.posts).toHaveLength(0)
    expect(requestsTo(x, 'tweets')).toBe(0)
  })

  test("a reviewer's comment is left alone; only the comment that starts with the marker is the preview's", async () => {
    gh.seedComment(REPOSITORY, RELEASE_PR.number, `Looks good, but see ${MARKER} below`)
    await preview({ ...creds, tweet: 'Release 2.1' })
    await preview({ ...creds, tweet: 'Release 2.1, take two' })
    expect(comments().map((c) => c.body.startsWith(MARKER))).toEqual([false, true])
    expect(comments()[0].body).toBe(`Looks good, but see ${MARKER} below`)
  })

  test('`pr-comment` with `tweet`, media and a reply target never posts: media, alt text and reply target are in the comment, escaped', async () => {
    const run = await preview(
      {
        ...creds,
        tweet: 'Screenshots of 2.0 @maintainer',
        media: 'shot`1`.png',
        'media-alt-text': 'The new dashboard <img src=x onerror=alert(1)> by @octocat, see [here](https://evil.example)',
        'reply-to': 'https://x.com/release_bot/status/1849735016220930327'
      },
      pullRequestEvent(RELEASE_PR),
      WORKFLOW_TOKEN,
      { 'shot`1`.png': png(16, 16, 5) }
    )
    expect(run.exitCode).toBe(0)
    expect(x.requests.filter((r) => r.route === 'tweets' || r.route.startsWith('media/'))).toEqual([])
    const body = comments()[0].body
    expect(body).toContain('**In reply to:** [1849735016220930327](https://x.com/i/web/status/1849735016220930327)')
    expect(body).toContain('- ``shot`1`.png`` — image/png, ')
    expect(body).toContain(
      // HTML as entities, the link's brackets escaped (its address shows as itself), the mention broken by a zero-width space.
      'alt text: “The new dashboard &lt;img src=x onerror=alert(1)&gt; by @\u200boctocat, see \\[here\\](https://evil.example)”'
    )
    expect(body).not.toMatch(/(^|[^`\u200b])@(octocat|maintainer)\b(?![^`]*`)/m)
    expect(body).not.toMatch(/(^|[^\\])<img/m)
    expect(warningIds(run)).toEqual(['mentions-in-post'])
  }, 30_000)

  test('too long for the account: the comment still says so, with the fix, and the step fails', async () => {
    const run = await preview({ ...creds, tweet: 'A long announcement. '.repeat(30) })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['post-over-account-limit'])
    const body = comments()[0].body
    expect(body).toContain('❌ **Post too long for this account**')
    expect(body).toContain('Shorten the part, or split it into a thread')
  })

  test('with `delete`: the comment lists what would be deleted, and nothing is deleted', async () => {
    const post = x.addPost({ authorId: SAMPLE_ACCOUNT.id, text: 'Release 1.9' })
    const run = await preview({ ...creds, delete: post.id })
    expect(run.exitCode).toBe(0)
    expect(requestsTo(x, 'tweets/delete')).toBe(0)
    expect(comments()[0].body).toContain('### Dry run: what would be deleted')
    expect(run.outputs['deleted-ids']).toBe('[]')
  })
})

describe('a pull request from a fork: no secrets, a read-only token', () => {
  test('green, the preview in the summary, the credentials not checked, a notice instead of a comment, and no request to X or GitHub', async () => {
    const run = await preview({ tweet: 'Typo fix for the 2.0 notes\n---\nand a second part' }, pullRequestEvent(FORK_PR), READ_ONLY_WORKFLOW_TOKEN)
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(noticeIds(run)).toEqual(['pr-comment-fork'])
    expect(run.notices[0]).toMatch(/No comment was written on pull request #43: it comes from a fork/)
    expect(run.summary).toContain('## X credentials: ➖ not checked')
    expect(run.summary).toContain('| Credentials | ➖ | Not checked: secrets are not available to pull requests from forks. |')
    expect(run.summary).toContain('**Part 1 of 2** — 26 weighted characters')
    expect(run.summary).toContain(
      '**Length limit:** 280 weighted characters per post without an X subscription, 25,000 with one: the account is not known, as its credentials were not verified.'
    )
    expect(run.outputs).toMatchObject({ verified: 'false', 'comment-url': '', posted: 'false' })
    expect(x.requests).toHaveLength(0)
    expect(gh.requests).toHaveLength(0)
    expect(comments(FORK_PR.number)).toHaveLength(0)
  })

  test('a part over 280 is flagged, as only an account with a subscription could post it', async () => {
    const run = await preview({ tweet: 'A long announcement. '.repeat(30) }, pullRequestEvent(FORK_PR), READ_ONLY_WORKFLOW_TOKEN)
    expect(run.exitCode).toBe(0)
    expect(run.summary).toContain('⚠️ over 280: only an account with an X subscription may post it')
  })

  test("the `workflow_run` job of the fork recipe writes the comment on the fork's pull request, found from the run's head", async () => {
    const event = {
      name: 'workflow_run',
      payload: {
        action: 'completed',
        workflow_run: {
          event: 'pull_request',
          head_sha: FORK_PR.headSha,
          head_branch: FORK_PR.headBranch,
          head_repository: { full_name: `${FORK_PR.headOwner}/release-notes`, owner: { login: FORK_PR.headOwner } },
          pull_requests: []
        },
        repository: { full_name: REPOSITORY }
      }
    }
    // Only the fork's text arrives, as an artifact: data, never code.
    const run = await preview({ ...creds, 'tweet-file': 'preview/announcement.md' }, event, WORKFLOW_TOKEN, {
      'preview/announcement.md': 'Typo fix for the 2.0 notes'
    })
    expect(run.errors).toEqual([])
    expect(comments(FORK_PR.number)).toHaveLength(1)
    expect(comments(FORK_PR.number)[0].body).toContain('| Access token and secret | ✅ |')
    expect(gh.requests.map((r) => r.route)).toEqual(['pulls/list', 'comments/list', 'comments/create'])
    expect(x.posts).toHaveLength(0)
  }, 30_000)
})

describe('when no comment can be written', () => {
  test("a token without `pull-requests: write`: GitHub's 403, named with the permission it wants", async () => {
    const run = await preview({ ...creds, tweet: 'Release 2.2' }, pullRequestEvent(RELEASE_PR), READ_ONLY_WORKFLOW_TOKEN)
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['pr-comment-forbidden'])
    expect(run.errors[0]).toMatch(/GitHub answered HTTP 403: Resource not accessible by integration.*`issues=write; pull_requests=write`/)
    expect(comments()).toHaveLength(0)
    expect(x.posts).toHaveLength(0)
  })

  test('not a pull request (a push): a warning, no comment, and still nothing posted', async () => {
    const run = await act(
      x,
      { ...creds, 'pr-comment': 'true', 'github-token': WORKFLOW_TOKEN, tweet: 'Release 2.3' },
      { env: env(), event: { name: 'push', payload: { ref: 'refs/heads/main' } } }
    )
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['pr-comment-not-a-pull-request'])
    expect(x.posts).toHaveLength(0)
    expect(gh.requests).toHaveLength(0)
    expect(run.summary).toContain('### Dry run: what would be posted')
  })

  test('GitHub failing: retried, then named', async () => {
    gh.fault('comments/list', [{ status: 502 }, { status: 502 }, { status: 502 }])
    const run = await preview({ ...creds, tweet: 'Release 2.4', 'timeout-seconds': '5' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['pr-comment-failed'])
    expect(gh.requests.map((r) => r.status)).toEqual([502, 502, 502])
  }, 30_000)
})
