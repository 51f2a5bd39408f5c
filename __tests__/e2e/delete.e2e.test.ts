/**
 * The rollback, end to end through dist/index.js against the simulator: the
 * credentials verified first, then each post deleted, last part first; a
 * post already gone is fine and said so; another account's post is refused
 * by X and diagnosed; a dry run deletes nothing.
 */
import { describe, expect, test } from '@jest/globals'
import { READ_ONLY, SAMPLE, SAMPLE_ACCOUNT, SUMMONED_POST_ID, type XSimulator } from '../../tools/simulator/index.js'
import type { GitHubSimulator } from '../../tools/github-simulator/index.js'
import { act, credentialInputs, errorIds, noticeIds, unique, warningIds, withSimulators } from '../helpers/e2e.js'
import { newChain, oauth2Inputs } from '../helpers/oauth2.js'

let sim: XSimulator
let gh: GitHubSimulator
withSimulators((...started) => ([sim, gh] = started))

const creds = credentialInputs(SAMPLE)
const deletes = () => sim.requests.filter((r) => r.route === 'tweets/delete')
const deletedPaths = () => deletes().map((r) => r.path.replace('/2/tweets/', ''))

/** Announces a thread with the action itself, as the announce job of the rollback recipe does, and returns its `tweet-ids` output. */
async function announceThread(): Promise<string> {
  const run = await act(sim, { ...creds, tweet: `${unique('Release 4.0 is out')}\n---\nWhat changed\n---\nHow to upgrade` })
  expect(run.exitCode).toBe(0)
  expect(sim.posts).toHaveLength(3)
  return run.outputs['tweet-ids']
}

describe('delete: the rollback of an announcement', () => {
  test('a 3-part thread from `tweet-ids`: three deletes, last part first; `deleted-ids` in that order; the simulator holds none of them', async () => {
    const tweetIds = await announceThread()
    const ids = JSON.parse(tweetIds) as string[]
    const run = await act(sim, { ...creds, delete: tweetIds })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(deletedPaths()).toEqual([...ids].reverse())
    expect(JSON.parse(run.outputs['deleted-ids'])).toEqual([...ids].reverse())
    expect(sim.posts.filter((p) => ids.includes(p.id))).toEqual([])
    expect(run.summary).toContain('## X credentials: ✅ verified · delete: ✅ 3 deleted')
    expect(run.summary).toContain('| Delete a post — `DELETE /2/tweets/:id` | 3 | $0.010 per request | $0.030 |')
    // The credentials came first, then the deletes.
    const routes = sim.requests.map((r) => r.route)
    expect(routes.indexOf('users/me')).toBeLessThan(routes.indexOf('tweets/delete'))
  })

  test('ids and status URLs, by lines and commas: each deleted once, in reverse order of the list', async () => {
    const a = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('one') })
    const b = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('two') })
    const run = await act(sim, { ...creds, delete: `https://x.com/release_bot/status/${a.id}, ${b.id}\n${a.id}` })
    expect(run.exitCode).toBe(0)
    expect(deletedPaths()).toEqual([b.id, a.id])
    expect(run.outputs['deleted-ids']).toBe(JSON.stringify([b.id, a.id]))
  })

  test('a post already deleted: green, and said so', async () => {
    const tweetIds = await announceThread()
    await act(sim, { ...creds, delete: tweetIds })
    sim.clearLog()
    const again = await act(sim, { ...creds, delete: tweetIds })
    expect(again.exitCode).toBe(0)
    expect(errorIds(again)).toEqual([])
    expect(noticeIds(again)).toEqual(['already-deleted', 'already-deleted', 'already-deleted'])
    expect(again.notices[0]).toMatch(/X answered 404: the post does not exist \(any more\)/)
    expect(again.outputs['deleted-ids']).toBe('[]')
    expect(again.summary).toContain('Already deleted (X answered 404)')
    expect(again.summary).toContain('delete: ☑️ already deleted')
  })

  test("another account's post: X refuses it and the diagnosis says whose it is", async () => {
    const run = await act(sim, { ...creds, delete: SUMMONED_POST_ID })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['delete-not-own-post'])
    expect(run.errors[0]).toMatch(/DELETE \/2\/tweets\/:id: X answered HTTP 403.*is not one this account wrote/)
    expect(run.outputs).toMatchObject({ verified: 'true', 'deleted-ids': '[]' })
    expect(sim.existingPosts.has(SUMMONED_POST_ID)).toBe(true)
  })

  test('stops at the first refusal, so no part is left replying to a deleted one, and says which are left', async () => {
    const own = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('mine') })
    const run = await act(sim, { ...creds, delete: `${own.id}\n${SUMMONED_POST_ID}` })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['delete-not-own-post', 'delete-stopped'])
    expect(deletedPaths()).toEqual([SUMMONED_POST_ID])
    expect(sim.posts.some((p) => p.id === own.id)).toBe(true)
    expect(run.errors[1]).toContain(`Still on X (not deleted, last part first): ${SUMMONED_POST_ID}, ${own.id}.`)
  })

  test('dry-run: lists what would be deleted and deletes nothing', async () => {
    const tweetIds = await announceThread()
    sim.clearLog()
    const run = await act(sim, { ...creds, delete: tweetIds, 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(deletes()).toHaveLength(0)
    expect(sim.posts).toHaveLength(3)
    expect(run.outputs['deleted-ids']).toBe('[]')
    expect(run.summary).toContain('### Dry run: what would be deleted')
    expect(run.summary.match(/Would be deleted/g)).toHaveLength(3)
    expect(run.summary).toContain('(what this run would cost without the dry run)')
  })

  test('a delete that fails on the way is retried (deleting twice is harmless), then done', async () => {
    const post = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('flaky') })
    sim.fault('tweets/delete', [{ status: 503 }])
    const run = await act(sim, { ...creds, delete: post.id })
    expect(run.exitCode).toBe(0)
    expect(deletes().map((r) => r.status)).toEqual([503, 200])
    expect(run.outputs['deleted-ids']).toBe(JSON.stringify([post.id]))
  })

  test('the first attempt went through but its answer was lost: the retry finds it gone, and this run deleted it', async () => {
    const post = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('lost answer') })
    sim.fault('tweets/delete', [{ afterHandling: true, drop: true }])
    const run = await act(sim, { ...creds, delete: post.id, 'timeout-seconds': '5' })
    expect(run.exitCode).toBe(0)
    expect(noticeIds(run)).toEqual([])
    expect(run.outputs['deleted-ids']).toBe(JSON.stringify([post.id]))
    expect(run.summary).toContain('Deleted (the retry found it gone)')
  })

  test('a read-only token: refused by the checks, before any delete', async () => {
    const post = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('keep') })
    // `permission: read` alone would pass: the delete's own need is what refuses the token.
    const run = await act(sim, { ...credentialInputs(READ_ONLY), permission: 'read', delete: post.id })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('access-level-too-low')
    expect(run.errors.join('\n')).toMatch(/deleting posts needs `read-write`/)
    expect(deletes()).toHaveLength(0)
  })

  test('`delete` together with `tweet`: refused before any request', async () => {
    const run = await act(sim, { ...creds, delete: '1668910101351272448', tweet: 'New text' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['invalid-input'])
    expect(run.errors[0]).toMatch(/`delete` is given together with `tweet`: a run either posts or deletes/)
    expect(sim.requests).toHaveLength(0)
  })

  test('an empty `tweet-ids` (the announce job posted nothing): green, nothing to delete', async () => {
    const run = await act(sim, { ...creds, delete: '[]' })
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual([])
    expect(deletes()).toHaveLength(0)
    expect(run.stdout).toContain('Nothing to delete: `delete` is an empty list.')
  })

  test('a JSON array of numbers (which lose digits) and a URL of another site are refused offline, naming the entry', async () => {
    const numbers = await act(sim, { ...creds, delete: '[1668910101351272448]' })
    expect(numbers.errors[0]).toMatch(/every entry of the JSON array must be a string/)
    const site = await act(sim, { ...creds, delete: '1668910101351272448\nhttps://example.com/status/1' })
    expect(site.errors[0]).toMatch(/`delete` \(entry 2\): the URL is not on x\.com or twitter\.com/)
    expect(sim.requests).toHaveLength(0)
  })
})

describe('delete with OAuth 2.0', () => {
  test('with `tweet.write` granted: deleted as with OAuth 1.0a', async () => {
    const post = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('oauth2 post') })
    const run = await act(sim, { ...oauth2Inputs(newChain(sim, gh)), delete: post.id }, { env: { GITHUB_API_URL: gh.url } })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ auth: 'oauth2', 'deleted-ids': JSON.stringify([post.id]) })
    expect(sim.posts.some((p) => p.id === post.id)).toBe(false)
  })

  test('without `tweet.write`: refused by the checks, naming the scope, before any delete', async () => {
    const post = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: unique('kept') })
    const chain = newChain(sim, gh, { scopes: ['tweet.read', 'users.read', 'offline.access'] })
    const run = await act(sim, { ...oauth2Inputs(chain), permission: 'read', delete: post.id }, { env: { GITHUB_API_URL: gh.url } })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['oauth2-scope-missing'])
    expect(run.errors[0]).toContain('tweet.write')
    expect(deletes()).toHaveLength(0)
  })
})
