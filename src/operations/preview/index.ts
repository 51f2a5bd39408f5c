/**
 * The preview on the pull request: with `pr-comment: true` the run is a
 * preview (a dry run, whatever else is given: nothing is posted or deleted),
 * and its report goes into one comment on the pull request, updated on every
 * later run. The other operations' dry runs make the content; this one only
 * publishes it. On a pull request from a fork, which gets no secrets and a
 * read-only token, the preview is built offline into the job summary and a
 * notice says why no comment was written.
 */
import type { CredentialSpec } from '../../auth/method.js'
import { finding, type Finding } from '../../diagnoses/finding.js'
import { InputError } from '../../diagnoses/input-error.js'
import { GitHubApiError } from '../../github/errors.js'
import { gitHubTarget, type GitHubTarget } from '../../github/target.js'
import type { Secret } from '../../io/secret.js'
import { runEvent, type RunEvent } from '../../settings/event.js'
import type { Operation, OperationResult, PreparedOperation } from '../operation.js'
import { commentBody, commentFailure, footer, MAX_COMMENT_PAGES, pullRequestOfRun, writeComment, type Written } from './comment.js'

const GITHUB_TOKEN: CredentialSpec = { input: 'github-token', env: ['GH_TOKEN', 'GITHUB_TOKEN'], label: 'GitHub token', selects: 'never' }

export const preview: Operation = {
  id: 'preview',
  credentials: [GITHUB_TOKEN],
  idleOutputs: { 'comment-url': '' },
  notAsked: '',
  read(inputs) {
    if (inputs.choice('pr-comment', ['true', 'false'] as const, 'false') !== 'true') return undefined
    return {
      operation: preview,
      preview: true,
      async prepare(ctx) {
        return prepared(runEvent(ctx.env), ctx.env, () => ctx.secret(GITHUB_TOKEN.input))
      }
    }
  }
}

/** Where the comment goes, as far as the event says offline. */
type Place =
  | { kind: 'pull-request'; number: number; headSha?: string }
  | { kind: 'workflow-run'; run: Extract<RunEvent, { kind: 'workflow-run' }> }
  | { kind: 'fork'; number?: number }
  | { kind: 'none'; event: string }

function placeOf(event: RunEvent): Place {
  if (event.kind === 'pull-request' && event.name === 'pull_request' && event.fork) return { kind: 'fork', number: event.number }
  if (event.kind === 'pull-request' && event.number) return { kind: 'pull-request', number: event.number, headSha: event.headSha }
  if (event.kind === 'workflow-run') return { kind: 'workflow-run', run: event }
  return { kind: 'none', event: event.name }
}

function prepared(event: RunEvent, env: NodeJS.ProcessEnv, tokenOf: () => Secret | undefined): PreparedOperation {
  const place = placeOf(event)
  let writer: { token: Secret; target: GitHubTarget } | undefined
  if (place.kind === 'pull-request' || place.kind === 'workflow-run') {
    const token = tokenOf()
    if (!token) {
      throw new InputError(
        'github-token',
        "`github-token` is empty (nor is GH_TOKEN or GITHUB_TOKEN set): writing the pull request's comment needs a token with `pull-requests: write`; leave the input unset to use the job's own token.",
        'pr-comment-forbidden'
      )
    }
    const target = gitHubTarget(env)
    if ('problem' in target) throw new InputError('pr-comment', `\`pr-comment\`: ${target.problem}`)
    writer = { token, target }
  }
  return {
    operation: preview,
    needs: { level: 'read', because: 'a preview changes nothing on X' },
    findings: [],
    // The comment passes the run's scrubber whole; the texts it shows are the post's, checked as the post's outgoing texts.
    outgoing: [],
    budgetMs: (requestMs) => (writer ? (MAX_COMMENT_PAGES + 2) * requestMs : 0),
    notRun: '',
    async publish(ctx): Promise<OperationResult> {
      if (!writer) return result(unwritten(place))
      try {
        const api = await ctx.github(writer.token, writer.target)
        const number = place.kind === 'pull-request' ? place.number : place.kind === 'workflow-run' ? await pullRequestOfRun(api, place.run) : undefined
        if (!number)
          return result(unwritten({ kind: 'none', event: event.name }, 'no open pull request has the head of the workflow run that started this one'))
        const headSha = place.kind === 'pull-request' ? place.headSha : place.kind === 'workflow-run' ? place.run.headSha : undefined
        const written = await writeComment(api, number, commentBody(ctx.report, footer(env, headSha)))
        ctx.progress(`${written.created ? 'Wrote' : 'Updated'} the preview comment on pull request #${number}: ${written.url}`)
        return result({ written })
      } catch (error) {
        if (!(error instanceof GitHubApiError)) throw error
        return result({ findings: [commentFailure(error)] })
      }
    }
  }
}

/** Why no comment could be written, said as a notice (a fork) or a warning (no pull request). */
function unwritten(place: Place, why?: string): { findings: Finding[]; fork?: boolean } {
  if (place.kind === 'fork') {
    const which = place.number ? ` #${place.number}` : ''
    return {
      fork: true,
      findings: [
        finding(
          'pr-comment-fork',
          `No comment was written on pull request${which}: it comes from a fork, and GitHub gives such runs no secrets and a read-only token. The preview, built from the inputs alone, is in the job summary.`,
          'pr-comment'
        )
      ]
    }
  }
  const event = place.kind === 'none' ? place.event : 'unknown'
  const reason = why ?? `this run's event is \`${/^[a-z_]{1,40}$/.test(event) ? event : 'unknown'}\`, not a pull request`
  return {
    findings: [
      finding(
        'pr-comment-not-a-pull-request',
        `\`pr-comment\` is \`true\` but ${reason}: no comment was written. Nothing was posted or deleted either: this run is a preview.`,
        'pr-comment'
      )
    ]
  }
}

function result(o: { written?: Written; findings?: Finding[]; fork?: boolean }): OperationResult {
  const w = o.written
  const summary = w
    ? ['### Pull-request comment', '', `${w.created ? 'Wrote' : 'Updated'} [the preview comment](${w.url}) on pull request #${w.number}.`, '']
    : []
  const headline = w ? `preview: 💬 comment ${w.created ? 'written' : 'updated'}` : o.fork ? 'preview: in this summary only (fork)' : ''
  return { findings: o.findings ?? [], outputs: { 'comment-url': w?.url ?? '' }, summary, headline, costs: [] }
}
