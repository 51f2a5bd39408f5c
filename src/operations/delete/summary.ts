/** The delete's part of the job summary: each post and what became of it, in the order deleted; and what it cost. */
import type { CostItem } from '../prices.js'
import { statusUrl, type DeleteStatus, type Removal } from './remove.js'

const ICON: Record<DeleteStatus, string> = { deleted: '✅', 'already-deleted': '☑️', failed: '❌', 'not-sent': '➖', 'dry-run': '📝' }
const WORDS: Record<DeleteStatus, string> = {
  deleted: 'Deleted',
  'already-deleted': 'Already deleted (X answered 404)',
  failed: 'Not deleted',
  'not-sent': 'Not deleted (stopped before it)',
  'dry-run': 'Would be deleted'
}

export function removalLines(r: Removal): string[] {
  const lines = [r.dryRun ? '### Dry run: what would be deleted' : '### Deleted', '']
  if (r.posts.length === 0) return [...lines, 'Nothing to delete: `delete` is an empty list.', '']
  lines.push('Last part first, so that no part is left replying to a deleted one.', '', '| Order | Post | | |', '|--:|---|:-:|---|')
  r.posts.forEach((p, i) => {
    const words = p.confirmedByRetry ? `${WORDS[p.status]} (the retry found it gone)` : WORDS[p.status]
    lines.push(`| ${i + 1} | [${p.id}](${statusUrl(p.id)}) | ${ICON[p.status]} | ${words} |`)
  })
  lines.push('')
  return lines
}

export function removalHeadline(r: Removal, failed: boolean): string {
  if (r.dryRun) return 'dry run: nothing was deleted'
  if (failed) return 'delete: ❌ failed'
  const deleted = r.posts.filter((p) => p.status === 'deleted').length
  if (deleted === 0) return r.posts.length ? 'delete: ☑️ already deleted' : 'delete: nothing to delete'
  return `delete: ✅ ${deleted} deleted`
}

/** Each post this run deleted is a billed request; in a dry run, every one it would delete. */
export function removalCosts(r: Removal): CostItem[] {
  const count = r.dryRun ? r.posts.length : r.posts.filter((p) => p.status === 'deleted').length
  return [{ item: 'delete', count, detail: '`DELETE /2/tweets/:id`', wouldBe: r.dryRun || undefined }]
}
