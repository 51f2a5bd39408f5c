/**
 * The posting inputs: what each is fuzzed with (files from the fuzzing's
 * workspace, see world.ts), which diagnoses X may answer it with, and its own
 * checks.
 */
import { expect } from '@jest/globals'
import path from 'node:path'
import fc from 'fast-check'
import { ENTERPRISE, SAMPLE_ACCOUNT, SUMMONED_POST_ID, UNSUMMONED_POST_ID, credentialInputs } from '../../tools/simulator/index.js'
import { duplicateContent } from '../../tools/simulator/problems.js'
import { anything, brokenLine, caseVariants, padded, tag, type Case, type Expect, type InputSpec } from './values.js'

const post = { tweet: 'A post from the input fuzzer' }

const tweetRequests = (o: { requests: { route: string }[] }) => o.requests.filter((r) => r.route === 'tweets')

const tweet = (): InputSpec => ({
  name: 'tweet',
  // A part over 280 (and at most 25,000) passes offline and is refused after the checks: the account has no subscription.
  xDiagnoses: ['duplicate-content', 'post-failed-midway', 'text-too-long', 'x-error', 'post-over-account-limit'],
  arb: fc.oneof(
    // No dots, colons or slashes: nothing twitter-text would count as a 23-character link.
    { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9 ,!?#@-]{0,200}[A-Za-z0-9]$/).map(tag('ok')) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          'Release 2.0 🎉 https://example.com/r',
          'one\n---\ntwo\n---\nthree',
          '日本語のお知らせ',
          'a'.repeat(280),
          '日'.repeat(140),
          ' leading\n\ntrailing \n'
        )
        .map(tag('ok'))
    },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(281), '日'.repeat(141), `ok\n---\n${'b'.repeat(300)}`).map(tag('x-refuses')) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          'a'.repeat(25_001),
          `ok\n---\n${'日'.repeat(12_501)}`,
          'a\u0000b',
          'bell\u0007',
          '\ufffe',
          `${'x\n---\n'.repeat(26)}x`,
          '---',
          'one\n---\n---\ntwo',
          'x'.repeat(100_001)
        )
        .map(tag('invalid'))
    },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 400 }).map(tag(undefined)) },
    { weight: 2, arbitrary: anything }
  ),
  check: (c, o) => {
    const posting = !o.failed && c.value.trim() !== ''
    if (posting) expect(o.posts).toBeGreaterThanOrEqual(1)
    if (!c.value.trim()) expect(tweetRequests(o)).toHaveLength(0)
  }
})

const TWEET_FILES: [string, Expect][] = [
  ['notes/ok.txt', 'ok'],
  ['./notes/ok.txt', 'ok'],
  ['notes/../notes/ok.txt', 'ok'],
  ['notes/unicode.txt', 'ok'],
  ['notes/latin1.txt', 'invalid'],
  ['notes/empty.txt', 'invalid'],
  // 300 characters: within 25,000, so refused after the checks, for an account without a subscription.
  ['notes/long.txt', 'x-refuses'],
  ['notes/big.txt', 'invalid'],
  ['dir', 'invalid'],
  ['dir/', 'invalid'],
  ['escape.txt', 'invalid'],
  ['../outside.txt', 'invalid'],
  ['notes/missing.txt', 'invalid'],
  ['/etc/hostname', 'invalid'],
  ['/dev/zero', 'invalid'],
  ['/proc/self/environ', 'invalid'],
  // Resolved like any path: the trailing slash goes.
  ['notes/ok.txt/', 'ok']
]

const tweetFile = (): InputSpec => ({
  name: 'tweet-file',
  xDiagnoses: ['post-over-account-limit'],
  arb: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...TWEET_FILES).map(([value, expect]) => ({ value, expect })) },
    { weight: 1, arbitrary: fc.constantFrom('notes/ok.txt').chain(padded).map(tag('ok')) },
    { weight: 1, arbitrary: brokenLine('notes/ok.txt').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') expect(o.posts).toBeGreaterThanOrEqual(1)
    if (o.failed) expect(o.posts).toBe(0)
  }
})

const GOOD_MEDIA = ['a.png', 'b.png', 'c.png', 'd.png', 'still.gif', './a.png', 'dir/../b.png']
const BAD_MEDIA = ['not-media.txt', 'zero.png', 'fake.png', 'photo.heic', 'dir', 'escape.png', '../outside.txt', '/etc/hostname', 'missing.png', '/dev/null']
const separators = fc.constantFrom(',', '\n', ', ', ' ,\n', '\r\n', ',,')

const media = (): InputSpec => ({
  name: 'media',
  xDiagnoses: ['media-failed'],
  arb: fc.oneof(
    {
      weight: 4,
      arbitrary: fc.tuple(fc.subarray(GOOD_MEDIA, { minLength: 1, maxLength: 5 }), separators).map(([names, sep]): Case => {
        const distinct = new Set(names.map((n) => path.normalize(n)))
        return { value: names.join(sep), expect: distinct.size === names.length && names.length <= 4 ? 'ok' : 'invalid' }
      })
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.subarray(GOOD_MEDIA, { maxLength: 2 }), fc.constantFrom(...BAD_MEDIA), separators)
        .map(([names, bad, sep]) => ({ value: [...names, bad].join(sep), expect: 'invalid' as const }))
    },
    { weight: 1, arbitrary: fc.constantFrom('a.png,b.png,c.png,d.png,e.png', 'a.png\u0000', 'a.png\u0007').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') {
      const count = c.value.split(/[\r\n,]/).filter((s) => s.trim()).length
      expect(o.mediaAttached).toBe(count)
    }
    if (o.failed) expect(o.posts).toBe(0)
  }
})

const mediaAltText = (): InputSpec => ({
  name: 'media-alt-text',
  with: { ...post, media: 'a.png\nb.png' },
  xDiagnoses: ['media-failed'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 60 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom('\n', '\r\n'))
        // eslint-disable-next-line no-control-regex
        .filter(([a, b]) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\r\n]/.test(a + b))
        .map(([a, b, nl]) => `${a}${nl}${b}`)
        .map(tag('ok'))
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('A chart', 'é'.repeat(1000), '😀'.repeat(1000), `${'x'.repeat(1000)}\n`, '\nSecond only', 'one\ntwo\n\n\n').map(tag('ok'))
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom('one\ntwo\nthree', 'x'.repeat(1001), '😀'.repeat(1001), 'a\u0000', 'bell\u0007', 'x'.repeat(8009)).map(tag('invalid'))
    },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') {
      const lines = c.value
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.trim())
      expect(o.altTexts).toEqual([lines[0] || undefined, lines[1] || undefined])
    }
  }
})

const postRef = (name: 'reply-to' | 'quote'): InputSpec => {
  const id = SUMMONED_POST_ID
  return {
    name,
    // Since April 2026 only Enterprise plans may quote; a self-serve App's quote is refused (see the e2e scenarios).
    with: name === 'quote' ? { ...post, ...credentialInputs(ENTERPRISE) } : post,
    xDiagnoses: ['x-error', 'reply-not-allowed'],
    arb: fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .constantFrom(
            id,
            `https://x.com/acme_news/status/${id}`,
            `https://twitter.com/acme_news/status/${id}?s=20`,
            `http://mobile.twitter.com/acme_news/status/${id}/photo/1`,
            `x.com/acme_news/status/${id}`,
            `https://www.x.com/i/web/status/${id}`,
            `https://x.com/acme_news/statuses/${id}#m`
          )
          .chain(padded)
          .map(tag('ok'))
      },
      // Unknown posts; and, for a reply, one whose author did not mention the account (an Enterprise App may quote it).
      {
        weight: 2,
        arbitrary: fc
          .stringMatching(/^[1-9][0-9]{0,18}$/)
          .filter((v) => v !== SUMMONED_POST_ID && v !== UNSUMMONED_POST_ID)
          .map(tag('x-refuses'))
      },
      { weight: 1, arbitrary: fc.constant(UNSUMMONED_POST_ID).map(tag(name === 'reply-to' ? 'x-refuses' : 'ok')) },
      {
        weight: 2,
        arbitrary: fc
          .constantFrom(
            '1'.repeat(20),
            `https://example.com/status/${id}`,
            `https://x.com.evil.com/u/status/${id}`,
            `ftp://x.com/u/status/${id}`,
            'https://x.com/acme_news',
            `https://x.com/u/status/${id}x`,
            '-1',
            '1.5',
            `javascript:alert(${id})`
          )
          .map(tag('invalid'))
      },
      { weight: 1, arbitrary: brokenLine(id).map(tag('invalid')) },
      { weight: 3, arbitrary: anything }
    )
  }
}

const dryRun = (): InputSpec => ({
  name: 'dry-run',
  with: post,
  xDiagnoses: [],
  arb: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('true', 'True', 'TRUE', 'false', 'False', 'FALSE').chain(padded).map(tag('ok')) },
    { weight: 2, arbitrary: fc.constantFrom('yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'y', 't', 'True!').map(tag('invalid')) },
    { weight: 1, arbitrary: brokenLine('true').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect !== 'ok') return
    const dry = c.value.trim().toLowerCase() === 'true'
    expect(tweetRequests(o)).toHaveLength(dry ? 0 : 1)
  }
})

const onDuplicate = (): InputSpec => ({
  name: 'on-duplicate',
  with: post,
  // X refuses the post as a duplicate of an earlier one: `skip` succeeds, `fail` fails.
  before: (s) => s.fault('tweets', [duplicateContent()]),
  xDiagnoses: ['duplicate-content'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...caseVariants('skip'))
        .chain(padded)
        .map(tag('ok'))
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(...caseVariants('fail'))
        .chain(padded)
        .map(tag('x-refuses'))
    },
    { weight: 2, arbitrary: fc.constantFrom('ignore', 'error', 'skip,fail', 'warn', 'true').map(tag('invalid')) },
    { weight: 1, arbitrary: brokenLine('skip').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok') expect(o.outputs.duplicate).toBe('true')
  }
})

/** A post of the account, there before each `delete` case, with this id. */
const OWN_POST_ID = '1900000000000000001'

const deleteIds = (): InputSpec => ({
  name: 'delete',
  before: (s) => {
    s.reserveNextId(OWN_POST_ID)
    s.addPost({ authorId: SAMPLE_ACCOUNT.id, text: 'A post to take back' })
  },
  // Another account's post; and the stop before the rest of a list.
  xDiagnoses: ['delete-not-own-post', 'delete-stopped'],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(
          OWN_POST_ID,
          `["${OWN_POST_ID}"]`,
          `https://x.com/release_bot/status/${OWN_POST_ID}`,
          `twitter.com/release_bot/status/${OWN_POST_ID}/`,
          `${OWN_POST_ID},${OWN_POST_ID}`,
          `\n${OWN_POST_ID}\n\n`,
          '[]',
          ' [ ] '
        )
        .chain(padded)
        .map(tag('ok'))
    },
    // Unknown posts: X answers 404, already deleted, which is fine.
    {
      weight: 2,
      arbitrary: fc
        .stringMatching(/^[1-9][0-9]{0,18}$/)
        .filter((v) => v !== SUMMONED_POST_ID && v !== UNSUMMONED_POST_ID && v !== OWN_POST_ID)
        .map(tag('ok'))
    },
    { weight: 1, arbitrary: fc.constantFrom(SUMMONED_POST_ID, `${OWN_POST_ID}\n${UNSUMMONED_POST_ID}`).map(tag('x-refuses')) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          '[1900000000000000001]',
          '[',
          '{"ids":["1"]}',
          '["1", null]',
          `https://example.com/status/${OWN_POST_ID}`,
          '1'.repeat(20),
          Array.from({ length: 101 }, (_, i) => String(i + 1)).join(','),
          `${OWN_POST_ID}\u0000`,
          'latest'
        )
        .map(tag('invalid'))
    },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect === 'ok' && c.value.includes(OWN_POST_ID)) expect(JSON.parse(o.outputs['deleted-ids'] ?? '[]')).toEqual([OWN_POST_ID])
    if (o.failed) expect(o.requests.filter((r) => r.route === 'tweets' || r.route.startsWith('media/'))).toHaveLength(0)
  }
})

/** Without a pull request's event, `true` is a preview that says there is no pull request: never a post. */
const prComment = (): InputSpec => ({
  name: 'pr-comment',
  with: post,
  xDiagnoses: [],
  arb: fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .constantFrom(...caseVariants('true'), ...caseVariants('false'))
        .chain(padded)
        .map(tag('ok'))
    },
    { weight: 2, arbitrary: fc.constantFrom('yes', 'no', 'on', '1', 'comment', 'true,false').map(tag('invalid')) },
    { weight: 1, arbitrary: brokenLine('true').map(tag('invalid')) },
    { weight: 3, arbitrary: anything }
  ),
  check: (c, o) => {
    if (c.expect !== 'ok') return
    const preview = c.value.trim().toLowerCase() === 'true'
    expect(tweetRequests(o)).toHaveLength(preview ? 0 : 1)
    if (preview) expect(o.warnings.map((w) => w.title)).toContain('`pr-comment` outside a pull request')
  }
})

/** Each input's spec, by name. */
export const POSTING_INPUTS: Record<string, (simUrl: string) => InputSpec> = {
  tweet,
  'tweet-file': tweetFile,
  media,
  'media-alt-text': mediaAltText,
  'reply-to': () => postRef('reply-to'),
  quote: () => postRef('quote'),
  'dry-run': dryRun,
  'on-duplicate': onDuplicate,
  delete: deleteIds,
  'pr-comment': prComment
}
