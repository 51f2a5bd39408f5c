/**
 * Posting, exactly once — the whole thread, once. A post request is retried
 * only after an ambiguous failure (timeout, dropped connection, 5xx,
 * unreadable answer), and X's "duplicate content" answer to such a retry is
 * the proof that the first attempt went through. When X refuses a part as
 * duplicate content (a re-run), the action finds the parts an earlier run
 * posted among the account's latest posts and continues from the first part
 * not posted; when it cannot find them, it stops and says which parts are
 * unknown. A thread never goes green half-posted.
 */
import { finding, type Finding } from '../../diagnoses/finding.js'
import { diagnoseXError } from '../../diagnoses/x-error.js'
import type { PostBody, XClient, XPost } from '../../x/api.js'
import { XApiError } from '../../x/errors.js'
import { number } from '../../report/markdown.js'
import { LOOK_BACK_POSTS, PostHistory, type Lookup } from './history.js'
import type { OnDuplicate } from './inputs.js'
import type { PostLimit } from './limits.js'
import type { MediaFile } from './media.js'
import type { PreparedPost } from './prepare.js'
import { listWords, partName, type ThreadPart } from './thread.js'
import { MediaError, uploadFile } from './upload.js'

export type PartStatus = 'posted' | 'posted-unconfirmed' | 'already-posted' | 'duplicate' | 'failed' | 'not-sent' | 'dry-run'

export interface PartResult {
  index: number
  text: string
  weightedLength: number
  /** Cashtags, mentions and URLs, as X reads them. */
  entities: ThreadPart['entities']
  status: PartStatus
  id?: string
  url?: string
}

export interface Publication {
  parts: PartResult[]
  media: MediaFile[]
  /** The post this one replies to, when `reply-to` is given. */
  replyTo?: string
  /** The most a part may weigh for this account, and why. */
  limit: PostLimit
  /** Files whose upload finished, alt text included. */
  uploaded: MediaFile[]
  /** At least one part is on X because of this run. */
  posted: boolean
  /** X refused a part as duplicate content: it was posted before (found, or skipped). */
  duplicate: boolean
  dryRun: boolean
  /** Posts read to find the parts an earlier run posted: each one is billed. */
  postsRead: number
  findings: Finding[]
}

export type PublishOptions = {
  onDuplicate: OnDuplicate
  limit: PostLimit
  progress: (message: string) => void
} & (
  | { dryRun: false; account: { id: string; username: string } }
  /** A dry run may have no account: its credentials could not be checked (a preview on a fork's pull request). */
  | { dryRun: true; account?: { id: string; username: string } }
)

const DRY_RUN = 'Dry run: nothing was uploaded or posted.'

function postUrl(username: string, id: string): string {
  return `https://x.com/${username}/status/${id}`
}

/** `x` is the account's client; a dry run needs none (it sends nothing). */
export async function publish(x: XClient | undefined, prepared: PreparedPost, o: PublishOptions): Promise<Publication> {
  const parts: PartResult[] = prepared.parts.map((p) => ({
    index: p.index,
    text: p.text,
    weightedLength: p.weightedLength,
    entities: p.entities,
    status: o.dryRun ? 'dry-run' : 'not-sent'
  }))
  const result: Publication = {
    parts,
    media: prepared.media,
    replyTo: prepared.replyTo,
    limit: o.limit,
    uploaded: [],
    posted: false,
    duplicate: false,
    dryRun: o.dryRun,
    postsRead: 0,
    findings: []
  }
  // Held to the account's own limit before anything is uploaded: X would refuse the part, and a thread would stop half-posted.
  const over = o.limit.known ? parts.filter((p) => p.weightedLength > o.limit.max) : []
  if (over.length) {
    result.findings.push(overLimit(over, parts.length, o.limit, prepared.source))
    if (!o.dryRun) return result
  }
  if (o.dryRun || !x) {
    o.progress(DRY_RUN)
    return result
  }
  const account = o.account

  let mediaIds: string[]
  try {
    // Images of one post upload side by side; each streams its own chunks in order.
    mediaIds = await Promise.all(
      prepared.media.map(async (file) => {
        const id = await uploadFile(x, file, o.progress)
        result.uploaded.push(file)
        return id
      })
    )
  } catch (error) {
    result.findings.push(mediaFinding(error))
    return result
  }

  const history = new PostHistory(x, account.id, parts.length)
  try {
    await postParts(x, prepared, mediaIds, history, result, { ...o, username: account.username })
  } finally {
    result.postsRead = history.postsRead
  }
  return result
}

type PostingOptions = Pick<PublishOptions, 'onDuplicate' | 'limit' | 'progress'> & { username: string }

async function postParts(x: XClient, prepared: PreparedPost, mediaIds: string[], history: PostHistory, result: Publication, o: PostingOptions): Promise<void> {
  const { parts } = result
  const place = (part: PartResult, post: XPost) => {
    part.status = 'already-posted'
    part.id = post.id
    part.url = postUrl(o.username, post.id)
    result.duplicate = true
    o.progress(`Part ${part.index} of ${parts.length} is already on X (posted before): ${part.url}`)
  }

  let previousId = prepared.replyTo
  for (const part of parts) {
    const first = part.index === 1
    const previous = parts[part.index - 2]
    // After a part found on X, the next may be there too: it replies to it, so it is among the posts read already.
    if (previous?.status === 'already-posted' && previousId) {
      const known = await history.known(part.text, previousId)
      if (known) {
        place(part, known)
        previousId = known.id
        continue
      }
    }
    if (!first && !previousId) {
      result.findings.push(
        finding(
          'post-failed-midway',
          `Part ${part.index - 1} was confirmed only by X's duplicate answer, which carries no id, and it is not among the account's latest posts, so the thread cannot continue from it. ${progress(parts)}`,
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
      result.posted = true
      // X's answer carries no id; the account's latest posts may.
      const lookup = await history.find(part.text, previousId)
      const found = lookup.kind === 'found' ? lookup.post.id : undefined
      part.status = found ? 'posted' : 'posted-unconfirmed'
      part.id = found
      part.url = found ? postUrl(o.username, found) : undefined
      previousId = found
      result.findings.push(
        finding(
          'post-confirmed-by-retry',
          `Part ${part.index}: the first attempt ended without an answer, and X refused the retry as duplicate content — so the first attempt was posted. ` +
            (found
              ? `It is ${part.url} (found among the account's latest posts).`
              : "X's answer carries no id, and the post is not among the account's latest posts, so its link is unknown."),
          'tweet'
        )
      )
      continue
    }
    if (outcome.error.isDuplicate && o.onDuplicate === 'skip') {
      const lookup = await history.find(part.text, previousId)
      if (lookup.kind === 'found') {
        place(part, lookup.post)
        previousId = lookup.post.id
        continue
      }
      part.status = 'duplicate'
      result.duplicate = true
      if (parts.length === 1) {
        result.findings.push(
          finding(
            'duplicate-skipped',
            `X refused the post as duplicate content: it was posted before (a re-run?). Skipped, as \`on-duplicate: skip\` says. ${notFound(lookup, parts.length)}`,
            'tweet'
          )
        )
      } else {
        result.findings.push(...notResumable(part, parts, lookup))
      }
      break
    }
    part.status = 'failed'
    result.findings.push(withLimit(diagnoseXError(outcome.error, 'tweet'), o.limit))
    if (parts.some((p) => p.id || p.status === 'posted-unconfirmed')) result.findings.push(finding('post-failed-midway', progress(parts), 'tweet'))
    break
  }
  const found = parts.some((p) => p.status === 'already-posted')
  if (found && !result.findings.some((f) => f.severity === 'error')) result.findings.push(resumed(result))
}

/** Every part found on X, or found and the rest posted: said once, at the end. */
function resumed(result: Publication): Finding {
  const found = result.parts.filter((p) => p.status === 'already-posted')
  const posted = result.parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed')
  const list = (ps: PartResult[]) => ps.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ''}`).join(', ')
  const before = `X refused ${found.length === 1 ? `part ${found[0].index}` : `parts ${found.map((p) => p.index).join(', ')}`} as duplicate content: an earlier run posted ${found.length === 1 ? 'it' : 'them'}. Found on X (same text, same reply chain): ${list(found)}.`
  if (posted.length === 0) {
    const what = result.parts.length === 1 ? 'The post is' : 'Every part of the thread is'
    return finding('duplicate-skipped', `${before} ${what} already on X: nothing was posted, as \`on-duplicate: skip\` says.`, 'tweet')
  }
  return finding('thread-resumed', `${before} Posted the rest, each replying to the part before: ${list(posted)}.`, 'tweet')
}

function notResumable(part: PartResult, parts: PartResult[], lookup: Exclude<Lookup, { kind: 'found' }>): Finding[] {
  const refused = `X refused part ${part.index} of ${parts.length} as duplicate content: it was posted before (a re-run?), but not found where this thread needs it.`
  const reason =
    lookup.kind === 'elsewhere'
      ? `The account posted the same text at ${postUrlOf(lookup.post)}, which is not ${part.index === 1 ? 'the start of this thread' : `a reply to part ${part.index - 1}`}; X refuses the same text again.`
      : notFound(lookup, parts.length)
  const findings = [finding('thread-not-resumable', `${refused} ${reason} ${unknownParts(part, parts)}`, 'tweet')]
  if (lookup.kind === 'unreadable') {
    const cause = diagnoseXError(lookup.error, 'tweet')
    if (cause.id !== 'x-error') findings.push(cause)
  }
  return findings
}

/** What is known of each part when a thread cannot go on: on X, posted before but not found, or not sent (and perhaps posted before). */
function unknownParts(part: PartResult, parts: PartResult[]): string {
  const onX = parts.filter((p) => p.id)
  const later = parts.filter((p) => p.index > part.index)
  const list = (ps: PartResult[]) => ps.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ''}`).join(', ')
  return (
    `On X: ${list(onX) || 'none'}. Unknown: part ${part.index} (posted before, not found)` +
    (later.length ? `, and ${list(later)} (not sent by this run; an earlier run may have posted ${later.length === 1 ? 'it' : 'them'}).` : '.')
  )
}

/** Without the username, the post's address as X resolves it. */
const postUrlOf = (post: XPost) => `https://x.com/i/web/status/${post.id}`

function notFound(lookup: Exclude<Lookup, { kind: 'found' }>, parts: number): string {
  const what = parts === 1 ? 'Its link is unknown' : 'Where it is is unknown'
  switch (lookup.kind) {
    case 'unreadable':
      return `${what}: reading the account's latest posts to find it failed (${lookup.error.message}).`
    case 'not-found':
      return `${what}: it is not among the account's latest ${lookup.read} posts (the action reads at most ${LOOK_BACK_POSTS}).`
    case 'elsewhere':
      return `It is at ${postUrlOf(lookup.post)}.`
  }
}

type Outcome = { kind: 'posted'; id: string } | { kind: 'confirmed-by-duplicate' } | { kind: 'failed'; error: XApiError }

async function postOnce(x: XClient, body: PostBody, index: number, o: PostingOptions): Promise<Outcome> {
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

/** Which parts are on X (with their links), and which are not. */
function progress(parts: PartResult[]): string {
  const onX = parts.filter((p) => p.status === 'posted' || p.status === 'posted-unconfirmed' || p.status === 'already-posted')
  const rest = parts.filter((p) => !onX.includes(p))
  const list = onX.map((p) => `part ${p.index}${p.url ? ` (${p.url})` : ' (id unknown)'}`).join(', ')
  return `Posted: ${list || 'none'}. Not posted: ${rest.map((p) => `part ${p.index}`).join(', ') || 'none'}.`
}

/** Parts over the account's own limit: refused before anything is uploaded or posted. */
function overLimit(over: PartResult[], total: number, limit: PostLimit, input: string): Finding {
  const which = over.map((p) => `${partName(p, total)} is ${number(p.weightedLength)} characters`)
  return finding(
    'post-over-account-limit',
    `\`${input}\`: ${listWords(which)} as X counts them, over this account's limit of ${number(limit.max)}: ${limit.reason}. Nothing was uploaded or posted.`,
    input
  )
}

/** X's own "too long" answer, with the limit this account has and why. */
function withLimit(f: Finding, limit: PostLimit): Finding {
  return f.id === 'text-too-long' ? { ...f, message: `${f.message} This account's limit is ${number(limit.max)}: ${limit.reason}.` } : f
}

function mediaFinding(error: unknown): Finding {
  if (error instanceof MediaError) return finding('media-failed', error.message, 'media')
  if (error instanceof XApiError) {
    const f = diagnoseXError(error, 'media')
    return f.id === 'x-error' ? finding('media-failed', `Upload failed: ${error.message}`, 'media') : f
  }
  throw error
}
