/**
 * Deleting posts: the rollback of an announcement. The credentials are
 * verified first (deleting needs `read-write`, or `tweet.write` with OAuth
 * 2.0); then each post is deleted, last part first. A post already gone is
 * fine and said so; another account's post is refused by X and diagnosed.
 */
import { errorsOf } from '../../diagnoses/finding.js'
import type { Operation, OperationResult, PreparedOperation } from '../operation.js'
import { readDeleteInput } from './inputs.js'
import { removePosts, type Removal } from './remove.js'
import { removalCosts, removalHeadline, removalLines } from './summary.js'

export const deletion: Operation = {
  id: 'delete',
  idleOutputs: { 'deleted-ids': '[]' },
  notAsked: 'nothing to delete (`delete` is empty)',
  read(inputs) {
    const ids = readDeleteInput(inputs)
    if (!ids) return undefined
    return { operation: deletion, prepare: async () => prepared(ids) }
  }
}

function prepared(ids: string[]): PreparedOperation {
  return {
    operation: deletion,
    needs: { level: 'read-write', because: 'deleting posts needs `read-write`' },
    findings: [],
    // Only ids go out; nothing of the run's text.
    outgoing: [],
    budgetMs: (requestMs) => ids.length * requestMs,
    notRun: 'Nothing was deleted: the credentials check failed.',
    async run(ctx): Promise<OperationResult> {
      const removal = ctx.dryRun
        ? await removePosts(ids, { dryRun: true, progress: ctx.progress })
        : await removePosts(ids, { dryRun: false, x: ctx.identity.client, progress: ctx.progress })
      return {
        findings: removal.findings,
        outputs: { 'deleted-ids': JSON.stringify(deletedIds(removal)) },
        summary: removalLines(removal),
        headline: removalHeadline(removal, errorsOf(removal.findings).length > 0),
        costs: removalCosts(removal)
      }
    }
  }
}

/** The posts this run deleted, in the order deleted. */
const deletedIds = (r: Removal) => r.posts.filter((p) => p.status === 'deleted').map((p) => p.id)
