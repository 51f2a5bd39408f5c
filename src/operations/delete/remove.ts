/**
 * Deleting, last post first: the ids come in a thread's order, so going
 * backwards never leaves a part on X whose parent is gone. A delete is
 * idempotent: X's retry rules for any read apply, and a 404 means the post is
 * gone already (deleted by hand, or by an earlier run, or by the first attempt
 * of this one that ended without an answer). The first other failure stops
 * the run there, and the summary says which posts are left.
 */
import { finding, type Finding } from '../../diagnoses/finding.js'
import { diagnoseXError } from '../../diagnoses/x-error.js'
import type { XClient } from '../../x/api.js'
import { XApiError } from '../../x/errors.js'

export type DeleteStatus = 'deleted' | 'already-deleted' | 'failed' | 'not-sent' | 'dry-run'

export interface DeleteResult {
  id: string
  status: DeleteStatus
  /** The first attempt ended without an answer and the retry found the post gone: this run deleted it. */
  confirmedByRetry?: boolean
}

export interface Removal {
  /** In the order they are deleted: the last id given first. */
  posts: DeleteResult[]
  dryRun: boolean
  findings: Finding[]
}

export type RemoveOptions = { progress: (message: string) => void } & ({ dryRun: true } | { dryRun: false; x: XClient })

export const statusUrl = (id: string) => `https://x.com/i/web/status/${id}`

export async function removePosts(ids: readonly string[], o: RemoveOptions): Promise<Removal> {
  const posts: DeleteResult[] = [...ids].reverse().map((id) => ({ id, status: o.dryRun ? 'dry-run' : 'not-sent' }))
  const removal: Removal = { posts, dryRun: o.dryRun, findings: [] }
  if (posts.length === 0) {
    o.progress('Nothing to delete: `delete` is an empty list.')
    return removal
  }
  if (o.dryRun) {
    o.progress(`Dry run: nothing was deleted (${posts.length === 1 ? 'one post' : `${posts.length} posts`} would be).`)
    return removal
  }
  for (const post of posts) {
    const outcome = await deleteOnce(o.x, post.id, o.progress)
    if (outcome.kind === 'deleted' || outcome.kind === 'gone-after-retry') {
      post.status = 'deleted'
      post.confirmedByRetry = outcome.kind === 'gone-after-retry'
      o.progress(`Deleted ${statusUrl(post.id)}${post.confirmedByRetry ? ' (the first attempt went through: the retry found the post gone)' : ''}.`)
      continue
    }
    if (outcome.kind === 'gone') {
      post.status = 'already-deleted'
      removal.findings.push(
        finding('already-deleted', `${statusUrl(post.id)}: X answered 404: the post does not exist (any more), so there was nothing to delete.`, 'delete')
      )
      continue
    }
    post.status = 'failed'
    removal.findings.push(outcome.finding)
    const left = posts.filter((p) => p.status === 'not-sent' || p.status === 'failed')
    if (left.length > 1 || posts.some((p) => p.status === 'deleted')) removal.findings.push(finding('delete-stopped', progress(posts), 'delete'))
    break
  }
  return removal
}

type Outcome = { kind: 'deleted' } | { kind: 'gone' } | { kind: 'gone-after-retry' } | { kind: 'failed'; finding: Finding }

async function deleteOnce(x: XClient, id: string, say: (message: string) => void): Promise<Outcome> {
  let ambiguous = false
  try {
    const answer = await x.deletePost(id, (error) => {
      if (!error.ambiguous) return
      ambiguous = true
      say(`${statusUrl(id)}: the delete request ended ambiguously (${error.message}); retrying: deleting twice is harmless.`)
    })
    if (answer.data?.deleted === true) return { kind: 'deleted' }
    return {
      kind: 'failed',
      finding: finding('x-error', `DELETE /2/tweets/:id: X answered for ${id} without \`deleted: true\`, so the post may still be there.`, 'delete')
    }
  } catch (error) {
    if (!(error instanceof XApiError)) throw error
    if (error.kind === 'http' && error.status === 404) return { kind: ambiguous ? 'gone-after-retry' : 'gone' }
    return { kind: 'failed', finding: refusal(error, id) }
  }
}

/** X's answer to a delete, read: a bare 403 is a post of another account; anything else reads as for any request. */
function refusal(error: XApiError, id: string): Finding {
  const f = diagnoseXError(error, 'delete')
  if (error.status === 403 && (f.id === 'x-error' || f.id === 'action-not-permitted')) {
    return finding('delete-not-own-post', `${error.message} The post ${statusUrl(id)} is not one this account wrote, so X does not let it delete it.`, 'delete')
  }
  return f
}

/** Which posts are gone and which are left, in the order they were to be deleted. */
function progress(posts: DeleteResult[]): string {
  const gone = posts.filter((p) => p.status === 'deleted' || p.status === 'already-deleted')
  const left = posts.filter((p) => !gone.includes(p))
  const list = (ps: DeleteResult[]) => ps.map((p) => p.id).join(', ') || 'none'
  return `Gone: ${list(gone)}. Still on X (not deleted, last part first): ${list(left)}.`
}
