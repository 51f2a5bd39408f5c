/** The post's part of the job summary: links to what was posted, or in a dry run the exact text of each part; and what it cost. */
import { codeBlock, codeSpan, escapeMarkdown, number } from '../../report/markdown.js'
import { PRICES, dollars, type CostItem } from '../prices.js'
import { LONG_POST_LIMIT, STANDARD_LIMIT, type PostLimit } from './limits.js'
import type { PartResult, PartStatus, Publication } from './publish.js'

export function publicationLines(p: Publication): string[] {
  const lines = [p.dryRun ? '### Dry run: what would be posted' : '### Posts', '']
  if (p.dryRun) {
    lines.push(limitLine(p.limit), '')
    if (p.replyTo) lines.push(`**In reply to:** ${statusLink(p.replyTo)}`, '')
    for (const part of p.parts) {
      lines.push(`**Part ${part.index} of ${p.parts.length}** — ${lengthOf(part, p.limit)}${partNotes(part, p.limit)}`, '', ...codeBlock(part.text), '')
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

/** Which limit applies to every part, and why. */
function limitLine(limit: PostLimit): string {
  const what = limit.known
    ? `${number(limit.max)} weighted characters per post`
    : `${STANDARD_LIMIT} weighted characters per post without an X subscription, ${number(LONG_POST_LIMIT)} with one`
  return `**Length limit:** ${what}: ${limit.reason}.`
}

function lengthOf(part: PartResult, limit: PostLimit): string {
  return limit.known ? `${number(part.weightedLength)}/${number(limit.max)} weighted characters` : `${number(part.weightedLength)} weighted characters`
}

/** A post on X by its id (digits only, checked when read). */
const statusLink = (id: string) => `[${id}](https://x.com/i/web/status/${id})`

/** What a dry run's reader should know of a part before it goes out: over the limit, the expensive kind, and who it mentions. */
function partNotes(part: PartResult, limit: PostLimit): string {
  const notes: string[] = []
  if (limit.known && part.weightedLength > limit.max) notes.push(`❌ over this account's limit of ${number(limit.max)}`)
  if (!limit.known && part.weightedLength > STANDARD_LIMIT) notes.push(`⚠️ over ${STANDARD_LIMIT}: only an account with an X subscription may post it`)
  if (part.entities.urls.length) notes.push(`has a URL: the expensive kind, ${dollars(PRICES.postWithUrl.milli)} on pay-per-use`)
  if (part.entities.mentions.length) notes.push(`⚠️ mentions ${part.entities.mentions.map(codeSpan).join(', ')}`)
  if (part.entities.cashtags.length) notes.push(`cashtag ${part.entities.cashtags.map(codeSpan).join(', ')}`)
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
