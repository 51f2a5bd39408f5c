/** The post's part of the job summary: links to what was posted, or in a dry run the exact text of each part; and what it cost. */
import { codeBlock, codeSpan, escapeMarkdown, number } from '../../report/markdown.js'
import { PRICES, dollars, type CostItem } from '../prices.js'
import type { PartResult, PartStatus, Publication } from './publish.js'
import { MAX_WEIGHTED_LENGTH } from './thread.js'

export function publicationLines(p: Publication): string[] {
  const lines = [p.dryRun ? '### Dry run: what would be posted' : '### Posts', '']
  if (p.dryRun) {
    for (const part of p.parts) {
      lines.push(
        `**Part ${part.index} of ${p.parts.length}** — ${part.weightedLength}/${MAX_WEIGHTED_LENGTH} weighted characters${partNotes(part)}`,
        '',
        ...codeBlock(part.text),
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
        `- ${codeSpan(m.given)} — ${m.mediaType}, ${number(m.size)} bytes${m.altText ? `, alt text: “${escapeMarkdown(m.altText)}”` : ', no alt text'}`
      )
    lines.push('')
  }
  return lines
}

/** What a dry run's reader should know of a part before it goes out: the expensive kind, and who it mentions. */
function partNotes(part: PartResult): string {
  const notes: string[] = []
  if (part.entities.urls.length) notes.push(`has a URL: the expensive kind, ${dollars(PRICES.postWithUrl.milli)} on pay-per-use`)
  if (part.entities.mentions.length) notes.push(`⚠️ mentions ${part.entities.mentions.map(codeSpan).join(', ')}`)
  return notes.map((n) => ` · ${n}`).join('')
}

/** The summary header's word on the post, judged apart from the credentials. */
export function headline(p: Publication, failed: boolean): string {
  if (p.dryRun) return 'dry run: nothing was uploaded or posted'
  if (failed) return 'post: ❌ failed'
  const found = p.parts.some((part) => part.status === 'already-posted')
  if (p.posted) return found ? 'post: ✅ thread resumed' : 'post: ✅ posted'
  return p.duplicate ? 'post: ⚠️ duplicate, skipped' : ''
}

/** The billable requests: each post created (a URL makes it the expensive kind), each alt text, each post read to resume; in a dry run, what posting would send. */
export function publicationCosts(p: Publication): CostItem[] {
  const sent = p.dryRun ? p.parts : p.parts.filter((part) => part.status === 'posted' || part.status === 'posted-unconfirmed')
  const withUrl = sent.filter((part) => part.entities.urls.length > 0).length
  const altTexts = (p.dryRun ? p.media : p.uploaded).filter((m) => m.altText).length
  const wouldBe = p.dryRun || undefined
  return [
    { item: 'postWithUrl', count: withUrl, detail: '`POST /2/tweets`', wouldBe },
    { item: 'post', count: sent.length - withUrl, detail: '`POST /2/tweets`', wouldBe },
    { item: 'mediaMetadata', count: altTexts, detail: '`POST /2/media/metadata`', wouldBe },
    { item: 'postRead', count: p.postsRead, detail: '`GET /2/users/:id/tweets`, to find the parts posted before' }
  ]
}

const PART_ICON: Record<PartStatus, string> = {
  posted: '✅',
  'posted-unconfirmed': '✅',
  'already-posted': '☑️',
  duplicate: '⚠️',
  failed: '❌',
  'not-sent': '➖',
  'dry-run': '📝'
}

function partDetail(part: PartResult): string {
  switch (part.status) {
    case 'posted':
      return `[${part.url}](${part.url})`
    case 'posted-unconfirmed':
      return "Posted (confirmed by X's duplicate answer to a retry; its id is unknown)"
    case 'already-posted':
      return `Already on X, posted before: [${part.url}](${part.url})`
    case 'duplicate':
      return 'Posted before (duplicate content); where is unknown'
    case 'failed':
      return 'Failed'
    default:
      return 'Not sent'
  }
}
