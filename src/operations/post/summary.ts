/** The post's part of the job summary: links to what was posted, or in a dry run the exact text of each part. */
import { escapeCell, number } from '../../report/markdown.js'
import type { PartResult, PartStatus, Publication } from './publish.js'
import { MAX_WEIGHTED_LENGTH } from './thread.js'

export function publicationLines(p: Publication): string[] {
  const lines = [p.dryRun ? '### Dry run: what would be posted' : '### Posts', '']
  if (p.dryRun) {
    for (const part of p.parts) {
      lines.push(
        `**Part ${part.index} of ${p.parts.length}** — ${part.weightedLength}/${MAX_WEIGHTED_LENGTH} weighted characters`,
        '',
        '```text',
        part.text.replace(/```/g, '`\u200b``'),
        '```',
        ''
      )
    }
  } else {
    lines.push('| Part | | Post |', '|---|:-:|---|')
    for (const part of p.parts) lines.push(`| ${part.index} | ${PART_ICON[part.status]} | ${partDetail(part)} |`)
    lines.push('')
  }
  if (p.media.length) {
    lines.push(`**Media${p.dryRun ? ' (not uploaded)' : ''}:**`, '')
    for (const m of p.media)
      lines.push(
        `- \`${escapeCell(m.given)}\` — ${m.mediaType}, ${number(m.size)} bytes${m.altText ? `, alt text: “${escapeCell(m.altText)}”` : ', no alt text'}`
      )
    lines.push('')
  }
  return lines
}

/** The summary header's word on the post, judged apart from the credentials. */
export function headline(p: Publication, failed: boolean): string {
  if (p.dryRun) return ''
  if (failed) return 'post: ❌ failed'
  if (p.posted) return 'post: ✅ posted'
  return p.duplicate ? 'post: ⚠️ duplicate, skipped' : ''
}

const PART_ICON: Record<PartStatus, string> = { posted: '✅', 'posted-unconfirmed': '✅', duplicate: '⚠️', failed: '❌', 'not-sent': '➖', 'dry-run': '📝' }

function partDetail(part: PartResult): string {
  switch (part.status) {
    case 'posted':
      return `[${part.url}](${part.url})`
    case 'posted-unconfirmed':
      return "Posted (confirmed by X's duplicate answer to a retry; its id is unknown)"
    case 'duplicate':
      return 'Already posted before (duplicate content): skipped'
    case 'failed':
      return 'Failed'
    default:
      return 'Not sent'
  }
}
