/** Finding a part on X by its text: X's text comes back with t.co links, escaped `&`, and a media link at the end. */
import { describe, expect, test } from '@jest/globals'
import { loadExtractors } from '../../src/operations/post/entities.js'
import { sameText } from '../../src/operations/post/history.js'
import type { XPost } from '../../src/x/api.js'

const extract = await loadExtractors()
const link = (url: string, short: string, extra: Record<string, string> = {}) => ({ start: 0, end: 0, url: short, expanded_url: url, ...extra })
const post = (text: string, urls?: ReturnType<typeof link>[]): XPost => ({ id: '1', text, ...(urls ? { entities: { urls } } : {}) })

describe('the same text as X sends it back', () => {
  test.each<[string, string, XPost]>([
    ['plain text', 'Release v1 is out.', post('Release v1 is out.')],
    [
      'a URL, as a t.co link with its entity',
      'Notes: https://example.com/r/v1',
      post('Notes: https://t.co/abcdefghij', [link('https://example.com/r/v1', 'https://t.co/abcdefghij')])
    ],
    [
      'a bare domain, which X expands with http://',
      'See example.com',
      post('See https://t.co/a1b2c3d4e5', [link('http://example.com', 'https://t.co/a1b2c3d4e5')])
    ],
    [
      'a trailing slash and a host in capitals',
      'See https://Example.com/',
      post('See https://t.co/a1b2c3d4e5', [link('https://example.com', 'https://t.co/a1b2c3d4e5')])
    ],
    ['&, < and > escaped by X', 'Fast & small <3 >_<', post('Fast &amp; small &lt;3 &gt;_&lt;')],
    [
      'a media link at the end',
      'With a picture',
      post('With a picture https://t.co/zzzzzzzzzz', [link('https://x.com/u/status/1/photo/1', 'https://t.co/zzzzzzzzzz', { media_key: '3_1' })])
    ],
    [
      'media alone',
      '',
      post('https://t.co/zzzzzzzzzz', [link('https://x.com/u/status/1/photo/1', 'https://t.co/zzzzzzzzzz', { display_url: 'pic.x.com/zzzzzzzzzz' })])
    ],
    ['no entities: a t.co link stands for the URL at its place', 'Notes: https://example.com/r', post('Notes: https://t.co/abcdefghij')],
    ['NFD and NFC', 'café', post('cafe\u0301')]
  ])('%s', (_what, text, remote) => {
    expect(sameText(extract, text, remote)).toBe(true)
  })

  test.each<[string, string, XPost]>([
    ['another text', 'Release v1 is out.', post('Release v2 is out.')],
    ['another URL', 'Notes: https://example.com/r/v1', post('Notes: https://t.co/abcdefghij', [link('https://example.com/r/v2', 'https://t.co/abcdefghij')])],
    ['a URL where the text had none', 'Notes: soon', post('Notes: https://t.co/abcdefghij', [link('https://example.com', 'https://t.co/abcdefghij')])],
    [
      'text and media where there was media alone',
      '',
      post('Hi https://t.co/zzzzzzzzzz', [link('https://x.com/u/status/1/photo/1', 'https://t.co/zzzzzzzzzz', { media_key: '3_1' })])
    ]
  ])('not the same: %s', (_what, text, remote) => {
    expect(sameText(extract, text, remote)).toBe(false)
  })
})
