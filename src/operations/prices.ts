/**
 * What X's requests cost on pay-per-use, from one table: a price change is
 * one edit here. Operations say what they sent (or would send) as cost items;
 * the job summary turns them into a table with a total.
 *
 * Source: X's pay-per-use price list, https://docs.x.com/x-api/getting-started/pricing
 * (pay-per-use launched 2026-02-06), as of PRICES_AS_OF. Reads are billed per
 * resource returned, writes per request; X bills a resource read again within
 * the same UTC day only once. Media uploads are not on the list.
 */
import { escapeCell } from '../report/markdown.js'

export const PRICES_AS_OF = '2026-09'
export const PRICES_SOURCE = 'https://docs.x.com/x-api/getting-started/pricing'

/** Prices in thousandths of a US dollar, so sums stay exact. */
export const PRICES = {
  post: { label: 'Post', unit: 'request', milli: 15 },
  /** A post whose text holds a URL: the expensive kind. */
  postWithUrl: { label: 'Post with a URL 💲 (the expensive kind)', unit: 'request', milli: 200 },
  delete: { label: 'Delete a post', unit: 'request', milli: 10 },
  mediaMetadata: { label: 'Media metadata (alt text)', unit: 'request', milli: 5 },
  postRead: { label: 'Post read', unit: 'post returned', milli: 5 },
  /** Reads of the account's own data by its own App; X may bill a read at this price instead. */
  ownedRead: { label: 'Owned read', unit: 'resource returned', milli: 1 },
  userRead: { label: 'User read', unit: 'user returned', milli: 10 }
} as const satisfies Record<string, { label: string; unit: string; milli: number }>

export type PriceItem = keyof typeof PRICES

export interface CostItem {
  item: PriceItem
  count: number
  /** Which requests, in a few words, e.g. "`GET /2/users/me`, the verification". */
  detail?: string
  /** Not sent: what it would cost (a dry run). */
  wouldBe?: boolean
}

/** $0.215 */
export const dollars = (milli: number) => `$${(milli / 1000).toFixed(3)}`

export const costOf = (items: readonly CostItem[]) => items.reduce((sum, i) => sum + PRICES[i.item].milli * i.count, 0)

/**
 * The summary's cost table: one row per item (items of one kind and detail
 * merged), then the total. Empty when there is nothing to show.
 */
export function costLines(items: readonly CostItem[]): string[] {
  const rows = merge(items.filter((i) => i.count > 0))
  if (rows.length === 0) return []
  const dry = rows.some((r) => r.wouldBe)
  const out = [
    dry ? '### Cost on pay-per-use (what this run would cost without the dry run)' : '### Cost on pay-per-use',
    '',
    '| Request | Count | Price | Cost |',
    '|---|--:|--:|--:|'
  ]
  for (const r of rows) {
    const price = PRICES[r.item]
    const what = `${price.label}${r.detail ? ` — ${escapeCell(r.detail)}` : ''}${r.wouldBe ? ' (not sent)' : ''}`
    out.push(`| ${what} | ${r.count} | ${dollars(price.milli)} per ${price.unit} | ${dollars(price.milli * r.count)} |`)
  }
  out.push(`| **Total** | | | **${dollars(costOf(rows))}** |`, '')
  out.push(
    `At X's pay-per-use prices as of ${PRICES_AS_OF} (${PRICES_SOURCE}); on a Basic or Pro subscription these requests are covered by the plan instead.`,
    ''
  )
  return out
}

function merge(items: readonly CostItem[]): CostItem[] {
  const merged: CostItem[] = []
  for (const item of items) {
    const same = merged.find((m) => m.item === item.item && m.detail === item.detail && !!m.wouldBe === !!item.wouldBe)
    if (same) same.count += item.count
    else merged.push({ ...item })
  }
  return merged
}
