/**
 * Posting, end to end through dist/index.js against the simulator: tweets,
 * threads, replies, quotes, images and video, validated first and posted
 * exactly once.
 */
import { describe, expect, test } from '@jest/globals'
import { CAPPED, ENTERPRISE, READ_ONLY, SAMPLE, SAMPLE_ACCOUNT, SUMMONED_POST_ID, UNSUMMONED_POST_ID, XSimulator } from '../../tools/simulator/index.js'
import { creditsDepleted, forbidden, oauth1Permissions, textTooLong } from '../../tools/simulator/problems.js'
import { act, credentialInputs, errorIds, requestsTo, unique, warningIds, withSimulator } from '../helpers/e2e.js'
import { gif, mp4, png } from '../helpers/media-files.js'

let sim: XSimulator
withSimulator((started) => (sim = started))

const creds = credentialInputs(SAMPLE)
const count = (route: string) => requestsTo(sim, route)

describe('posting', () => {
  test('a single post: posted once, with its id and URL as outputs and a link in the summary', async () => {
    const text = unique('Release v1.2.0 is out: https://example.com/releases/v1.2.0')
    const run = await act(sim, { ...creds, tweet: text })
    expect(run.exitCode).toBe(0)
    expect(sim.posts).toHaveLength(1)
    const [post] = sim.posts
    expect(post).toMatchObject({ text, authorId: SAMPLE_ACCOUNT.id })
    expect(run.outputs).toMatchObject({
      posted: 'true',
      duplicate: 'false',
      'tweet-id': post.id,
      'tweet-url': `https://x.com/release_bot/status/${post.id}`,
      'tweet-ids': JSON.stringify([post.id])
    })
    expect(run.summary).toContain(`[https://x.com/release_bot/status/${post.id}]`)
    expect(run.summary).toContain('## X credentials: ✅ verified · post: ✅ posted')
    expect(sim.requests).toHaveLength(4)
  })

  test('a 3-part thread: each part replies to the one before', async () => {
    const tag = unique('thread')
    const run = await act(sim, { ...creds, tweet: `${tag} one\n---\n${tag} two\n---\n${tag} three` })
    expect(run.exitCode).toBe(0)
    expect(sim.posts.map((p) => p.text)).toEqual([`${tag} one`, `${tag} two`, `${tag} three`])
    expect(sim.posts[0].replyTo).toBeUndefined()
    expect(sim.posts[1].replyTo).toBe(sim.posts[0].id)
    expect(sim.posts[2].replyTo).toBe(sim.posts[1].id)
    expect(JSON.parse(run.outputs['tweet-ids'])).toEqual(sim.posts.map((p) => p.id))
    expect(count('tweets')).toBe(3)
  })

  test('tweet-file: the text comes from a UTF-8 file in the workspace', async () => {
    const tag = unique('from a file — ünïcödé')
    const run = await act(sim, { ...creds, 'tweet-file': 'notes/announce.txt' }, { files: { 'notes/announce.txt': `${tag}\n` } })
    expect(run.exitCode).toBe(0)
    expect(sim.posts.map((p) => p.text)).toEqual([tag])
  })

  test('reply to a post by its x.com URL, and quote one by its twitter.com URL (on an Enterprise plan)', async () => {
    const reply = await act(sim, { ...creds, tweet: unique('Thanks!'), 'reply-to': `https://x.com/acme_news/status/${SUMMONED_POST_ID}?s=20` })
    expect(reply.exitCode).toBe(0)
    const quote = await act(sim, {
      ...credentialInputs(ENTERPRISE),
      tweet: unique('Worth reading'),
      quote: `https://twitter.com/acme_news/status/${SUMMONED_POST_ID}`
    })
    expect(quote.exitCode).toBe(0)
    expect(sim.posts[0].replyTo).toBe(SUMMONED_POST_ID)
    expect(sim.posts[1].quoteOf).toBe(SUMMONED_POST_ID)
  })

  test('4 images with alt texts: each in one request, the stored bytes equal the files, each alt text attached', async () => {
    const files = Object.fromEntries([1, 2, 3, 4].map((i) => [`img/shot-${i}.png`, png(24 + i, 16, i)]))
    const run = await act(
      sim,
      {
        ...creds,
        tweet: unique('Screenshots of the release'),
        media: Object.keys(files).join('\n'),
        'media-alt-text': 'Dashboard\nSettings page\nDark theme\nMobile view'
      },
      { files }
    )
    expect(run.exitCode).toBe(0)
    const [post] = sim.posts
    expect(post.mediaIds).toHaveLength(4)
    const stored = post.mediaIds.map((id) => sim.media.get(id)!)
    expect(stored.map((m) => Buffer.compare(m.bytes!, files[`img/shot-${post.mediaIds.indexOf(m.id) + 1}.png`]))).toEqual([0, 0, 0, 0])
    expect(stored.map((m) => m.altText)).toEqual(['Dashboard', 'Settings page', 'Dark theme', 'Mobile view'])
    expect(stored.map((m) => m.category)).toEqual(['tweet_image', 'tweet_image', 'tweet_image', 'tweet_image'])
    // The one-shot upload: no initialize, append or finalize for an image that fits in one request.
    expect([count('media/upload'), count('media/metadata'), count('media/initialize') + count('media/append') + count('media/finalize')]).toEqual([4, 4, 0])
  })

  test('an image over one chunk (4.5 MB) and an animated GIF still go through the chunked upload', async () => {
    const large = Buffer.concat([png(8, 8, 5), Buffer.alloc(4.5 * 1024 * 1024)])
    const big = await act(sim, { ...creds, tweet: unique('Large screenshot'), media: 'large.png' }, { files: { 'large.png': large } })
    expect(big.exitCode).toBe(0)
    expect([count('media/upload'), count('media/initialize'), count('media/append'), count('media/finalize')]).toEqual([0, 1, 2, 1])
    expect(sim.media.get(sim.posts[0].mediaIds[0])?.bytes?.equals(large)).toBe(true)

    sim.reset()
    const animated = await act(sim, { ...creds, tweet: unique('Animated'), media: 'spin.gif' }, { files: { 'spin.gif': gif(4, 4, 3) } })
    expect(animated.exitCode).toBe(0)
    expect(sim.media.get(sim.posts[0].mediaIds[0])).toMatchObject({ category: 'tweet_gif', state: 'succeeded' })
    expect([count('media/upload'), count('media/initialize'), count('media/append'), count('media/finalize')]).toEqual([0, 1, 1, 1])
    expect(count('media/status')).toBeGreaterThanOrEqual(1)
  })

  test('a video of several chunks: appended in order, processed, then posted', async () => {
    const video = mp4(9 * 1024 * 1024 + 123)
    const run = await act(sim, { ...creds, tweet: unique('Demo video'), media: 'demo.mp4' }, { files: { 'demo.mp4': video } })
    expect(run.exitCode).toBe(0)
    const [post] = sim.posts
    const stored = sim.media.get(post.mediaIds[0])!
    expect(stored).toMatchObject({ mediaType: 'video/mp4', category: 'tweet_video', state: 'succeeded', totalBytes: video.length })
    expect(stored.segments.size).toBe(3)
    expect(Buffer.compare(stored.bytes!, video)).toBe(0)
    expect(count('media/status')).toBeGreaterThanOrEqual(1)
  })

  test('dry-run: every check and validation, no upload and no post; the summary shows each part and its weighted length', async () => {
    const run = await act(
      sim,
      { ...creds, tweet: 'Release 2.0 🎉 https://example.com/r\n---\n日本語のお知らせ', media: 'a.png', 'dry-run': 'true' },
      { files: { 'a.png': png(8, 8, 1) } }
    )
    expect(run.exitCode).toBe(0)
    expect(sim.requests.map((r) => r.route).sort()).toEqual(['oauth2/token', 'usage/tweets', 'users/me'])
    expect(run.outputs).toMatchObject({ posted: 'false', duplicate: 'false', 'tweet-ids': '[]' })
    expect(run.summary).toContain('### Dry run: what would be posted')
    expect(run.summary).toContain('**Part 1 of 2** — 38/280 weighted characters')
    expect(run.summary).toContain('**Part 2 of 2** — 16/280 weighted characters')
    expect(run.summary).toContain('日本語のお知らせ')
    expect(run.summary).toMatch(/`a\.png` — image\/png/)
  })

  test('longer than any account may post (25,000): fails before any request, naming the part and its weighted length', async () => {
    const run = await act(sim, { ...creds, tweet: `fine\n---\n${'日'.repeat(12_501)}` })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['text-too-long'])
    expect(run.errors.join('\n')).toMatch(/part 2 of 2 is 25,002 characters as X counts them/)
    expect(sim.requests).toHaveLength(0)
  })

  test('media and a quote together are refused before sending', async () => {
    const run = await act(sim, { ...creds, tweet: 'x', media: 'a.png', quote: SUMMONED_POST_ID }, { files: { 'a.png': png(4, 4, 2) } })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/X does not take media and a quote in the same post/)
    expect(sim.requests).toHaveLength(0)
  })

  test('a post with a read-only token: the check fails, nothing is uploaded or posted, whatever permission says', async () => {
    const run = await act(sim, { ...credentialInputs(READ_ONLY), permission: 'read', tweet: 'hello', media: 'a.png' }, { files: { 'a.png': png(4, 4, 3) } })
    expect(run.exitCode).toBe(1)
    expect(run.errors.join('\n')).toMatch(/has `read` access, but posting needs `read-write`/)
    expect(count('tweets') + count('media/initialize')).toBe(0)
  })
})

describe('duplicates and exactly once', () => {
  test('a re-run of the same announcement with on-duplicate: skip succeeds with a warning', async () => {
    const text = unique('Release v3 is out')
    expect((await act(sim, { ...creds, tweet: text })).exitCode).toBe(0)
    const rerun = await act(sim, { ...creds, tweet: text })
    expect(rerun.exitCode).toBe(0)
    expect(rerun.outputs).toMatchObject({ posted: 'false', duplicate: 'true', 'tweet-id': sim.posts[0].id })
    expect(rerun.warnings.join('\n')).toMatch(/refused part 1 as duplicate content/)
    expect(warningIds(rerun)).toEqual(['duplicate-skipped'])
    expect(sim.posts).toHaveLength(1)
  })

  test('with on-duplicate: fail the re-run fails', async () => {
    const text = unique('Release v4 is out')
    await act(sim, { ...creds, tweet: text })
    const rerun = await act(sim, { ...creds, tweet: text, 'on-duplicate': 'fail' })
    expect(rerun.exitCode).toBe(1)
    expect(errorIds(rerun)).toContain('duplicate-content')
    expect(rerun.summary).toContain('## X credentials: ✅ verified · post: ❌ failed')
    expect(rerun.outputs).toMatchObject({ posted: 'false' })
  })

  test('an ambiguous first attempt (connection dropped after X stored the post): one post, step green, its id found', async () => {
    sim.fault('tweets', [{ afterHandling: true, drop: true }])
    const run = await act(sim, { ...creds, tweet: unique('Ambiguous') })
    expect(run.exitCode).toBe(0)
    expect(sim.posts).toHaveLength(1)
    expect(count('tweets')).toBe(2)
    expect(run.outputs).toMatchObject({ posted: 'true', duplicate: 'false', 'tweet-id': sim.posts[0].id })
    expect(run.warnings.join('\n')).toMatch(/so the first attempt was posted\. It is https:\/\/x\.com\/release_bot\/status\/\d+ \(found/)
    expect(warningIds(run)).toEqual(['post-confirmed-by-retry'])
  })

  test('an ambiguous first attempt whose post cannot be read back: one post, step green, its id unknown', async () => {
    sim.fault('tweets', [{ afterHandling: true, drop: true }])
    const refused = forbidden('You are not permitted to perform this action.')
    sim.fault('users/tweets', [{ status: refused.status, body: refused.body }])
    const run = await act(sim, { ...creds, tweet: unique('Ambiguous, unread') })
    expect(run.exitCode).toBe(0)
    expect(sim.posts).toHaveLength(1)
    expect(run.outputs).toMatchObject({ posted: 'true', duplicate: 'false', 'tweet-id': '' })
    expect(run.warnings.join('\n')).toMatch(/so the first attempt was posted.*its link is unknown/)
    expect(run.summary).toMatch(/confirmed by X's duplicate answer to a retry; its id is unknown/)
  })

  test('a thread failing at part 2 says which parts were posted and which were not', async () => {
    sim.fault('tweets', [{}, forbidden('You are not permitted to perform this action.')])
    const tag = unique('midway')
    const run = await act(sim, { ...creds, tweet: `${tag} 1\n---\n${tag} 2\n---\n${tag} 3` })
    expect(run.exitCode).toBe(1)
    expect(sim.posts).toHaveLength(1)
    expect(errorIds(run)).toEqual(['action-not-permitted', 'post-failed-midway'])
    expect(run.errors.join('\n')).toContain(`Posted: part 1 (https://x.com/release_bot/status/${sim.posts[0].id}). Not posted: part 2, part 3.`)
    expect(run.outputs).toMatchObject({ posted: 'true', 'tweet-ids': JSON.stringify([sim.posts[0].id]) })
  })
})

describe('X errors at posting time', () => {
  test('oauth1-permissions: the token cannot write', async () => {
    const p = oauth1Permissions('api.x.com')
    sim.fault('tweets', [{ status: p.status, body: p.body, headers: { 'x-access-level': 'read' } }])
    const run = await act(sim, { ...creds, tweet: unique('perm') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('access-level-too-low')
    expect(run.errors.join('\n')).toMatch(/regenerate|Regenerate/)
  })

  test('credits depleted (402)', async () => {
    const p = creditsDepleted('api.x.com')
    sim.fault('tweets', [{ status: p.status, body: p.body }])
    const run = await act(sim, { ...creds, tweet: unique('credits') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('credits-depleted')
  })

  test('usage capped', async () => {
    const run = await act(sim, { ...credentialInputs(CAPPED), tweet: unique('capped') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('usage-capped')
  })

  test('429 with the reset far away: fails at once, naming the reset time', async () => {
    sim.rateLimit('tweets', { resetInSeconds: 3 * 3600, scope: 'user24h' })
    const run = await act(sim, { ...creds, tweet: unique('limited') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('rate-limited')
    expect(run.errors.join('\n')).toMatch(/resets at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in 3\.0 h\)/)
    expect(count('tweets')).toBe(1)
  })

  test('a reply where the author did not mention the account (self-serve rule)', async () => {
    const run = await act(sim, { ...creds, tweet: unique('hi'), 'reply-to': UNSUMMONED_POST_ID })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('reply-not-allowed')
  })

  test("too long as X counts it: X's own message is shown", async () => {
    const p = textTooLong('api.x.com', 'x')
    sim.fault('tweets', [{ status: p.status, body: p.body }])
    const run = await act(sim, { ...creds, tweet: unique('borderline') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('text-too-long')
    expect(run.errors.join('\n')).toMatch(/Your Tweet text is too long/)
  })

  test("any other refusal is shown with X's title and detail, never [object Object]", async () => {
    sim.fault('tweets', [
      { status: 403, body: { title: 'Forbidden', detail: 'This request looks like it might be automated.', type: 'about:blank', status: 403 } }
    ])
    const run = await act(sim, { ...creds, tweet: unique('other') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['x-error'])
    expect(run.errors.join('\n')).toMatch(/POST \/2\/tweets: X answered HTTP 403: Forbidden — This request looks like it might be automated\./)
  })

  test('video processing fails: the file is named and nothing is posted', async () => {
    sim.failVideoProcessing(true)
    const run = await act(sim, { ...creds, tweet: unique('broken video'), media: 'clip.mp4' }, { files: { 'clip.mp4': mp4(300_000) } })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('media-failed')
    expect(run.errors.join('\n')).toMatch(/X could not process clip\.mp4/)
    expect(sim.posts).toHaveLength(0)
  })
})

test('warnings carry titles too', async () => {
  const run = await act(sim, { ...credentialInputs({ ...SAMPLE, apiKey: SAMPLE.apiKey + '\n' }) })
  expect(warningIds(run)).toEqual(['whitespace-trimmed'])
})
