/**
 * Posting: tweets, threads, replies, quotes, images and video, exactly once.
 * Everything is read and checked offline first (text lengths, cashtags,
 * mentions, files, ids); nothing is uploaded or posted unless every check
 * passed. A re-run of a thread that stopped midway posts only the rest.
 */
import { errorsOf } from '../../diagnoses/finding.js'
import type { Operation, OperationResult, OutgoingText, PreparedOperation } from '../operation.js'
import { LOOK_BACK_PAGES } from './history.js'
import { readPostInputs, type PostInputs } from './inputs.js'
import { postLimit } from './limits.js'
import type { PreparedPost } from './prepare.js'
import type { Publication } from './publish.js'
import { headline, publicationCosts, publicationLines } from './summary.js'
import { CHUNK_BYTES, PROCESSING_LIMIT_MS } from './upload.js'

/** Requests per media file beyond its chunks: initialize, finalize, metadata, a few STATUS polls. */
const REQUESTS_PER_FILE = 4

export const post: Operation = {
  id: 'post',
  idleOutputs: { 'tweet-id': '', 'tweet-url': '', 'tweet-ids': '[]', duplicate: 'false', posted: 'false' },
  notAsked: 'nothing to post (`tweet`, `tweet-file` and `media` are empty)',
  read(inputs) {
    const given = readPostInputs(inputs)
    if (!given) return undefined
    return {
      operation: post,
      async prepare(ctx) {
        // Loaded only by runs that post, so a credentials check never pays for the posting code.
        const { preparePost } = await import('./prepare.js')
        return prepared(given, await preparePost(given, ctx.files))
      }
    }
  }
}

function prepared(inputs: PostInputs, p: PreparedPost): PreparedOperation {
  return {
    operation: post,
    needs: {
      level: 'read-write',
      because: 'posting needs `read-write`',
      scopes: p.media.length ? [{ scope: 'media.write', because: 'uploading the media needs it' }] : undefined
    },
    findings: p.findings,
    outgoing: outgoing(inputs, p),
    budgetMs(requestMs) {
      const requests = p.media.reduce((sum, m) => sum + Math.ceil(m.size / CHUNK_BYTES) + REQUESTS_PER_FILE, p.parts.length + LOOK_BACK_PAGES)
      const processing = p.media.filter((m) => m.category !== 'tweet_image').length * PROCESSING_LIMIT_MS
      return requests * requestMs + processing
    },
    notRun: 'Nothing was uploaded or posted: the credentials check failed.',
    async run(ctx): Promise<OperationResult> {
      const { publish } = await import('./publish.js')
      const { identity } = ctx
      const account = identity && { id: identity.user.id, username: identity.user.username }
      const common = { onDuplicate: inputs.onDuplicate, limit: postLimit(identity), progress: ctx.progress }
      const publication = ctx.dryRun
        ? await publish(undefined, p, { ...common, dryRun: true, account })
        : await publish(ctx.identity.client, p, { ...common, dryRun: false, account: { id: ctx.identity.user.id, username: ctx.identity.user.username } })
      return {
        findings: publication.findings,
        outputs: outputs(publication),
        summary: publicationLines(publication),
        headline: headline(publication, errorsOf(publication.findings).length > 0),
        costs: publicationCosts(publication)
      }
    }
  }
}

/** The texts that go to X: each part, each alt text. */
function outgoing(inputs: PostInputs, p: PreparedPost): OutgoingText[] {
  const input = inputs.tweetFile ? 'tweet-file' : 'tweet'
  return [
    ...p.parts.map((part) => ({ input, where: p.parts.length === 1 ? 'the text' : `part ${part.index} of ${p.parts.length}`, text: part.text })),
    ...p.media.flatMap((m) => (m.altText ? [{ input: 'media-alt-text', where: `the alt text of '${m.given}'`, text: m.altText }] : []))
  ]
}

/** Every part's id, found on X or posted now, in thread order. */
function outputs(p: Publication): Record<string, string> {
  const ids = p.parts.flatMap((part) => (part.id ? [part.id] : []))
  const first = p.parts[0]
  return {
    'tweet-id': first?.id ?? '',
    'tweet-url': first?.url ?? '',
    'tweet-ids': JSON.stringify(ids),
    duplicate: String(p.duplicate),
    posted: String(p.posted)
  }
}
