/** The price table and the summary's cost section: exact sums, one row per kind of request, the expensive kind marked. */
import { expect, test } from '@jest/globals'
import { costLines, costOf, dollars, PRICES, PRICES_AS_OF, PRICES_SOURCE } from '../../src/operations/prices.js'

test("X's pay-per-use prices, with their date and source", () => {
  expect(PRICES_AS_OF).toMatch(/^\d{4}-\d\d$/)
  expect(PRICES_SOURCE).toBe('https://docs.x.com/x-api/getting-started/pricing')
  expect([PRICES.post.milli, PRICES.postWithUrl.milli, PRICES.mediaMetadata.milli, PRICES.postRead.milli, PRICES.userRead.milli]).toEqual([15, 200, 5, 5, 10])
  expect(PRICES.postWithUrl.label).toMatch(/the expensive kind/)
})

test('sums are exact, in thousandths of a dollar', () => {
  const items = Array.from({ length: 7 }, () => ({ item: 'post' as const, count: 1 }))
  expect(costOf(items)).toBe(105)
  expect(dollars(costOf(items))).toBe('$0.105')
  expect(dollars(100 * PRICES.postRead.milli)).toBe('$0.500')
})

test('one row per kind, detail and state; empty counts left out; nothing at all gives no section', () => {
  const lines = costLines([
    { item: 'post', count: 1, detail: '`POST /2/tweets`' },
    { item: 'post', count: 2, detail: '`POST /2/tweets`' },
    { item: 'mediaMetadata', count: 0 },
    { item: 'postWithUrl', count: 1, detail: 'a | pipe', wouldBe: true }
  ])
  expect(lines.slice(0, 7)).toEqual([
    '### Cost on pay-per-use (what this run would cost without the dry run)',
    '',
    '| Request | Count | Price | Cost |',
    '|---|--:|--:|--:|',
    '| Post — `POST /2/tweets` | 3 | $0.015 per request | $0.045 |',
    '| Post with a URL 💲 (the expensive kind) — a \\| pipe (not sent) | 1 | $0.200 per request | $0.200 |',
    '| **Total** | | | **$0.245** |'
  ])
  expect(costLines([{ item: 'post', count: 0 }])).toEqual([])
})
