/**
 * The preview's one comment on the pull request: found by the hidden marker
 * at the start of its body and updated on every run, written the first time
 * only; never a second one. Its body is the run's report (already escaped and
 * scrubbed), with no `@name` in it left to notify anyone, cut to fit GitHub's
 * limit without breaking a code block.
 */
import { finding, type Finding } from '../../diagnoses/finding.js'
import type { GitHubApi } from '../../github/api.js'
import { createComment, findComment, pullRequestsOf, updateComment } from '../../github/comments.js'
import type { GitHubApiError } from '../../github/errors.js'
import { quietMentions } from '../../report/markdown.js'

/** At the very start of the body: how a later run finds the comment. */
export const MARKER = '<!-- x-credentials-action:announcement-preview -->'
/** Comments read at most, 100 a page, to find the preview's. */
export const MAX_COMMENT_PAGES = 10
/** GitHub refuses a comment body over 65,536 characters; room is kept for the last lines. */
const MAX_BODY = 60_000

export interface Written {
  url: string
  created: boolean
  number: number
}

/** Where the run's page is, and which commit it previewed, when the runner says so in a form that can be trusted. */
export function footer(env: NodeJS.ProcessEnv, headSha?: string): string {
  const server = /^https:\/\/[A-Za-z0-9.-]+(:\d+)?$/.test(env.GITHUB_SERVER_URL ?? '') ? env.GITHUB_SERVER_URL : undefined
  const repo = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined
  const runId = /^\d{1,20}$/.test(env.GITHUB_RUN_ID ?? '') ? env.GITHUB_RUN_ID : undefined
  const run = server && repo && runId ? ` by [this run](${server}/${repo}/actions/runs/${runId})` : ''
  const commit = headSha ? ` of ${headSha.slice(0, 7)}` : ''
  return `<sub>A preview posts and deletes nothing. Written${run}${commit}, and updated by every later run; the job summary has the same.</sub>`
}

export function commentBody(report: string, foot: string): string {
  const intro = '**Preview** of what the release workflow would do on X with this pull request.'
  const fitted = fit(quietMentions(report), MAX_BODY)
  return [MARKER, intro, '', fitted, '', '---', foot, ''].join('\n')
}

/** Whole lines up to `max` characters; a code block left open is closed, and the cut is said. */
function fit(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown
  const kept: string[] = []
  let size = 0
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    if (size + line.length + 1 > max) break
    kept.push(line)
    size += line.length + 1
    const run = /^(`{3,})/.exec(line)?.[1]
    if (run && !fence) fence = run
    else if (run && fence && line.trim() === run && run.length >= fence.length) fence = undefined
  }
  if (fence) kept.push(fence)
  kept.push('', '*… the rest is cut here (GitHub limits a comment to 65,536 characters): the job summary has all of it.*')
  return kept.join('\n')
}

/** The pull request of a `workflow_run`: the one listed, else the open one whose head is that branch at that commit. */
export async function pullRequestOfRun(
  api: GitHubApi,
  run: { headSha: string; headOwner: string; headBranch: string; numbers: number[] }
): Promise<number | undefined> {
  if (run.numbers.length === 1) return run.numbers[0]
  const open = await pullRequestsOf(api, run.headOwner, run.headBranch)
  return open.find((pr) => pr.head?.sha === run.headSha && typeof pr.number === 'number')?.number
}

/** Updates the preview's comment, or writes it the first time. */
export async function writeComment(api: GitHubApi, number: number, body: string): Promise<Written> {
  const { comment } = await findComment(api, number, MARKER, MAX_COMMENT_PAGES)
  if (comment) return { url: webUrl((await updateComment(api, comment.id, body)).html_url), created: false, number }
  return { url: webUrl((await createComment(api, number, body)).html_url), created: true, number }
}

/** GitHub's address of the comment, if it is one: it goes into an output and a Markdown link. */
const webUrl = (url: unknown) => (typeof url === 'string' && /^https?:\/\/[^\s()<>"'`]+$/.test(url) && url.length <= 2048 ? url : '')

/** GitHub's refusal, read: no permission (or no sight of the repository), or GitHub not answering. */
export function commentFailure(error: GitHubApiError): Finding {
  const wanted = error.info.acceptedPermissions ? ` GitHub says the request needs \`${error.info.acceptedPermissions}\`.` : ''
  if (error.kind === 'http' && [401, 403, 404].includes(error.status ?? 0)) {
    return finding('pr-comment-forbidden', `${error.message}${wanted} The preview is in the job summary.`, 'github-token')
  }
  return finding('pr-comment-failed', error.message, 'github-token')
}
