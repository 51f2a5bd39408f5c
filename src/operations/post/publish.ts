/**
 * Posting, exactly once. A post request is retried only after an ambiguous
 * failure (timeout, dropped connection, 5xx, unreadable answer), and X's
 * "duplicate content" answer to such a retry is the proof that the first
 * attempt went through. A thread stops at the first part that fails and says
 * which parts exist.
 */
import { finding, type Finding } from '../../diagnoses/finding.js'
import { diagnoseXError } from '../../diagnoses/x-error.js'
import type { PostBody, XClient } from '../../x/api.js'
import { XApiError } from '../../x/errors.js'
import type { OnDuplicate } from './inputs.js'
import type { MediaFile } from './media.js'
import type { PreparedPost } from './prepare.js'
import { MediaError, uploadFile } from './upload.js'

export type PartStatus = 'posted' | 'posted-unconfirmed' | 'duplicate' | 'failed' | 'not-sent' | 'dry-run'

export interface PartResult {
  index: number
  text: string
  weightedLength: number
  status: PartStatus
  id?: string
  url?: string
}

export interface Publication {
  parts: PartResult[]
  media: MediaFile[]
  /** At least one part is on X because of this run. */
  posted: boolean
  /** The first part was refused as duplicate content and skipped. */
  duplicate: boolean
  dryRun: boolean
  findings: Finding[]
}

export interface PublishOptions {
  username: string
  onDuplicate: OnDuplicate
  dryRun: boolean
  progress: (message: string) => void
}

function postUrl(username: string, id: string): string {
  return `https://x.com/${username}/status/${id}`
}

export async function publish(x: XClient, prepared: PreparedPost, o: PublishOptions): Promise<Publication> {
  const parts: PartResult[] = prepared.parts.map((p) => ({
    index: p.index,
    text: p.text,
    weightedLength: p.weightedLength,
    status: o.dryRun ? 'dry-run' : 'not-sent'
  }))
  const result: Publication = { parts, media: prepared.media, posted: false, duplicate: false, dryRun: o.dryRun, findings: [] }
  if (o.dryRun) return result

  let mediaIds: string[]
  try {
    // Images of one post upload side by side; each streams its own chunks in order.
    mediaIds = await Promise.all(prepared.media.map((file) => uploadFile(x, file, o.progress)))
  } catch (error) {
    result.findings.push(mediaFinding(error))
    return result
  }

  let previousId = prepared.replyTo
  for (const part of parts) {
    const first = part.index === 1
    if (!first && !previousId) {
      result.findings.push(
        finding(
          'post-failed-midway',
          `Part ${part.index - 1} was confirmed only by X's duplicate answer, which carries no id, so the thread cannot continue from it. ${progress(parts)}`,
          'tweet'
        )
      )
      break
    }
    const body: PostBody = { text: part.text }
    if (previousId) body.reply = { in_reply_to_tweet_id: previousId }
    if (first && prepared.quote) body.quote_tweet_id = prepared.quote
    if (first && mediaIds.length) body.media = { media_ids: mediaIds }

    const outcome = await postOnce(x, body, part.index, o)
    if (outcome.kind === 'posted') {
      part.status = 'posted'
      part.id = outcome.id
      part.url = postUrl(o.username, outcome.id)
      result.posted = true
      previousId = outcome.id
      o.progress(`Posted part ${part.index} of ${parts.length}: ${part.url}`)
      continue
    }
    if (outcome.kind === 'confirmed-by-duplicate') {
      part.status = 'posted-unconfirmed'
      result.posted = true
      previousId = undefined
      result.findings.push(
        finding(
          'post-confirmed-by-retry',
          `Part ${part.index}: the first attempt ended without an answer, and X refused the retry as duplicate content — so the first attempt was posted. X's answer carries no id, so its link is unknown.`,
          'tweet'
        )
      )
      continue
    }
    if (outcome.error.isDuplicate && o.onDuplicate === 'skip' && !result.posted) {
      part.status = 'duplicate'
      result.duplicate = true
      result.findings.push(
        finding(
          'duplicate-skipped',
          `X refused part ${part.index} as duplicate content: it was posted before (a re-run?). Skipped, as \`on-duplicate: skip\` says${parts.length > 1 ? '; the rest of the thread was not sent' : ''}.`,
          'tweet'
        )
      )
      break
    }
    part.status = 'failed'
    result.findings.push(diagnoseXError(outcome.error, 'tweet'))
    if (result.posted) result.findings.push(finding('post-failed-midway', progress(parts), 'tweet'))
    break
  }
  return result
}

type Outcome = { kind: 'posted'; id: string } | { kind: 'confirmed-by-duplicate' } | { kind: 'failed'; error: XApiError }

async function postOnce(x: XClient, body: PostBody, index: number, o: PublishOptions): Promise<Outcome> {
  let ambiguous = false
  try {
    const res = await x.createPost(body, (error) => {
      if (error.ambiguous) {
        ambiguous = true
        o.progress(
          `Part ${index}: the post request ended ambiguously (${error.message}); it may have gone through. Retrying: X refuses a second identical post, so nothing is posted twice.`
        )
      }
    })
    return { kind: 'posted', id: res.data.id }
  } catch (error) {
    if (!(error instanceof XApiError)) throw error
    if (error.isDuplicate && ambiguous) return { kind: 'confirmed-by-duplicate' }
    return { kind: 'failed', error }
  }
}

function progress(parts: PartResult[]): string {
  const posted = parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed')
  const rest = parts.filter((p) => p.status !== 'posted' && p.status !== 'posted-unconfirmed')
  const list = posted.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ' (id unknown)'}`).join(', ')
  return `Posted: ${list || 'none'}. Not posted: ${rest.map((p) => `part ${p.index}`).join(', ') || 'none'}.`
}

function mediaFinding(error: unknown): Finding {
  if (error instanceof MediaError) return finding('media-failed', error.message, 'media')
  if (error instanceof XApiError) {
    const f = diagnoseXError(error, 'media')
    return f.id === 'x-error' ? finding('media-failed', `Upload failed: ${error.message}`, 'media') : f
  }
  throw error
}
