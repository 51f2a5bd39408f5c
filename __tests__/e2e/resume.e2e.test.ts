/**
 * Re-runs, end to end through dist/index.js against the simulator: a thread
 * that stopped midway is finished by the re-run, once, in its reply chain;
 * when the parts already posted cannot be found, the run is red and names
 * them; a single duplicate post is skipped with its link.
 */
import { describe, expect, test } from '@jest/globals'
import { SAMPLE, SAMPLE_ACCOUNT, XSimulator } from '../../tools/simulator/index.js'
import { creditsDepleted, forbidden } from '../../tools/simulator/problems.js'
import { act, credentialInputs, errorIds, requestsTo, unique, warningIds, withSimulator } from '../helpers/e2e.js'

let sim: XSimulator
withSimulator((started) => (sim = started))

const creds = credentialInputs(SAMPLE)
const count = (route: string) => requestsTo(sim, route)
const NOT_PERMITTED = forbidden('You are not permitted to perform this action.')
const url = (id: string) => `https://x.com/release_bot/status/${id}`

/** A 3-part announcement whose first part holds a URL and an `&`, which X sends back as a t.co link and `&amp;`. */
function announcement(): { tweet: string; parts: string[] } {
  const tag = unique('v4.0')
  const parts = [`${tag} is out & ready: https://example.com/releases/v4.0`, `${tag}: faster builds.`, `${tag}: thanks to everyone who tested it.`]
  return { tweet: parts.join('\n---\n'), parts }
}

/** The first run: part 1 posted, part 2 refused, part 3 never sent. */
async function stoppedAtPart2(tweet: string) {
  sim.fault('tweets', [{}, { status: NOT_PERMITTED.status, body: NOT_PERMITTED.body }])
  const first = await act(sim, { ...creds, tweet })
  expect(first.exitCode).toBe(1)
  expect(errorIds(first)).toEqual(['action-not-permitted', 'post-failed-midway'])
  expect(sim.posts).toHaveLength(1)
  sim.clearLog()
  return first
}

describe('a thread that stopped midway, re-run', () => {
  test('failed at part 2, re-run: parts 2 and 3 posted once, replying in chain; the outputs hold every id', async () => {
    const { tweet, parts } = announcement()
    await stoppedAtPart2(tweet)
    const [part1] = sim.posts

    const rerun = await act(sim, { ...creds, tweet })
    expect(rerun.exitCode).toBe(0)
    expect(sim.posts.map((p) => p.text)).toEqual(parts)
    expect(sim.posts[1].replyTo).toBe(part1.id)
    expect(sim.posts[2].replyTo).toBe(sim.posts[1].id)
    const ids = sim.posts.map((p) => p.id)
    expect(rerun.outputs).toMatchObject({
      'tweet-ids': JSON.stringify(ids),
      'tweet-id': part1.id,
      'tweet-url': url(part1.id),
      duplicate: 'true',
      posted: 'true'
    })
    expect(warningIds(rerun)).toEqual(['thread-resumed'])
    expect(errorIds(rerun)).toEqual([])
    // Part 1 sent once more (refused), one page of the account's posts read, parts 2 and 3 posted.
    expect(count('tweets')).toBe(3)
    expect(count('users/tweets')).toBe(1)
    expect(rerun.stdout).toContain(`Part 1 of 3 is already on X (posted before): ${url(part1.id)}`)
    expect(rerun.summary).toContain('## X credentials: ✅ verified · post: ✅ thread resumed')
    expect(rerun.summary).toContain(`| 1 | ☑️ | Already on X, posted before: [${url(part1.id)}](${url(part1.id)}) |`)
    expect(rerun.summary).toContain('| Post read — `GET /2/users/:id/tweets`, to find the parts posted before | 1 | $0.005 per post returned | $0.005 |')
    expect(rerun.summary).toContain('| Post — `POST /2/tweets` | 2 | $0.015 per request | $0.030 |')
    expect(rerun.summary).toContain('| **Total** | | | **$0.045** |')
  })

  test('a re-run of a thread that was posted whole: nothing posted, every id found, one request refused', async () => {
    const { tweet } = announcement()
    expect((await act(sim, { ...creds, tweet })).exitCode).toBe(0)
    const ids = sim.posts.map((p) => p.id)
    sim.clearLog()

    const rerun = await act(sim, { ...creds, tweet })
    expect(rerun.exitCode).toBe(0)
    expect(sim.posts).toHaveLength(3)
    expect(rerun.outputs).toMatchObject({ 'tweet-ids': JSON.stringify(ids), 'tweet-id': ids[0], duplicate: 'true', posted: 'false' })
    expect(warningIds(rerun)).toEqual(['duplicate-skipped'])
    // Parts 2 and 3 were found among the posts read for part 1: no request for them.
    expect(count('tweets')).toBe(1)
    expect(rerun.summary).toContain('## X credentials: ✅ verified · post: ⚠️ duplicate, skipped')
  })

  test('the earlier parts cannot be read (402 on the look-back): red, the unknown parts named, nothing posted', async () => {
    const { tweet } = announcement()
    await stoppedAtPart2(tweet)
    const p = creditsDepleted('api.x.com')
    sim.fault('users/tweets', [{ status: p.status, body: p.body }])

    const rerun = await act(sim, { ...creds, tweet })
    expect(rerun.exitCode).toBe(1)
    expect(sim.posts).toHaveLength(1)
    expect(errorIds(rerun)).toEqual(['thread-not-resumable', 'credits-depleted'])
    const message = rerun.errors.join('\n')
    expect(message).toContain("reading the account's latest posts to find it failed (GET /2/users/:id/tweets: X answered HTTP 402")
    expect(message).toContain(
      'On X: none. Unknown: part 1 (posted before, not found), and part 2, part 3 (not sent by this run; an earlier run may have posted them).'
    )
    expect(rerun.outputs).toMatchObject({ posted: 'false', duplicate: 'true', 'tweet-ids': '[]' })
    expect(rerun.summary).toContain('## X credentials: ✅ verified · post: ❌ failed')
  })

  test('the earlier parts are not within the look-back (the account posted 120 times since): red after at most 100 posts read', async () => {
    const { tweet } = announcement()
    await stoppedAtPart2(tweet)
    for (let i = 0; i < 120; i++) sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: `Unrelated post ${i}` })
    sim.clearLog()

    const rerun = await act(sim, { ...creds, tweet })
    expect(rerun.exitCode).toBe(1)
    expect(errorIds(rerun)).toEqual(['thread-not-resumable'])
    expect(rerun.errors.join('\n')).toContain("it is not among the account's latest 100 posts (the action reads at most 100)")
    expect(count('users/tweets')).toBe(2)
    expect(sim.posts).toHaveLength(121)
    expect(rerun.summary).toContain('| Post read — `GET /2/users/:id/tweets`, to find the parts posted before | 100 | $0.005 per post returned | $0.500 |')
  })

  test('part 2 has the text of an older post elsewhere: red, naming that post and what to change', async () => {
    const old = sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: 'Thanks to everyone who tested it.' })
    const tag = unique('v5.0')
    const run = await act(sim, { ...creds, tweet: `${tag} is out.\n---\nThanks to everyone who tested it.` })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['thread-not-resumable'])
    expect(run.errors.join('\n')).toContain(`The account posted the same text at https://x.com/i/web/status/${old.id}, which is not a reply to part 1`)
    expect(sim.posts).toHaveLength(2)
  })

  test('with on-duplicate: fail the re-run fails and reads nothing', async () => {
    const { tweet } = announcement()
    await stoppedAtPart2(tweet)
    const rerun = await act(sim, { ...creds, tweet, 'on-duplicate': 'fail' })
    expect(rerun.exitCode).toBe(1)
    expect(errorIds(rerun)).toEqual(['duplicate-content'])
    expect(count('users/tweets')).toBe(0)
    expect(sim.posts).toHaveLength(1)
  })
})

describe('single posts and ambiguous answers', () => {
  test('a single duplicate post is skipped as before, and its link fills tweet-id and tweet-url', async () => {
    const text = unique('Release v6 is out')
    await act(sim, { ...creds, tweet: text })
    const [earlier] = sim.posts
    const rerun = await act(sim, { ...creds, tweet: text })
    expect(rerun.exitCode).toBe(0)
    expect(warningIds(rerun)).toEqual(['duplicate-skipped'])
    expect(rerun.outputs).toMatchObject({ posted: 'false', duplicate: 'true', 'tweet-id': earlier.id, 'tweet-url': url(earlier.id) })
    expect(sim.posts).toHaveLength(1)
  })

  test('a single duplicate post whose earlier post cannot be found is still skipped, its link unknown', async () => {
    const text = unique('Release v7 is out')
    await act(sim, { ...creds, tweet: text })
    sim.fault('users/tweets', [{ status: NOT_PERMITTED.status, body: NOT_PERMITTED.body }])
    const rerun = await act(sim, { ...creds, tweet: text })
    expect(rerun.exitCode).toBe(0)
    expect(warningIds(rerun)).toEqual(['duplicate-skipped'])
    expect(rerun.warnings.join('\n')).toContain("Its link is unknown: reading the account's latest posts to find it failed")
    expect(rerun.outputs).toMatchObject({ posted: 'false', duplicate: 'true', 'tweet-id': '' })
  })

  test("part 1's answer is lost after X stored it: the retry's duplicate answer confirms it, its id is found, and the thread goes on", async () => {
    sim.fault('tweets', [{ afterHandling: true, drop: true }])
    const tag = unique('lost answer')
    const run = await act(sim, { ...creds, tweet: `${tag} 1\n---\n${tag} 2` })
    expect(run.exitCode).toBe(0)
    expect(sim.posts.map((p) => p.text)).toEqual([`${tag} 1`, `${tag} 2`])
    expect(sim.posts[1].replyTo).toBe(sim.posts[0].id)
    expect(warningIds(run)).toEqual(['post-confirmed-by-retry'])
    expect(run.warnings.join('\n')).toContain(`It is ${url(sim.posts[0].id)} (found among the account's latest posts).`)
    expect(run.outputs).toMatchObject({ posted: 'true', duplicate: 'false', 'tweet-ids': JSON.stringify(sim.posts.map((p) => p.id)) })
  })
})
