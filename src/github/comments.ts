/**
 * A pull request's conversation comments (GitHub's issue comments), and the
 * pull requests of a head branch: what the preview needs to find its own
 * comment, update it, or write it the first time.
 */
import type { GitHubApi } from './api.js'

export interface IssueComment {
  id: number
  body?: string | null
  html_url: string
}

export interface PullRequestHead {
  number: number
  state?: string
  head?: { sha?: string }
}

/** GitHub's largest page. */
const PER_PAGE = 100

/**
 * The first comment whose body starts with `marker`, reading at most `maxPages` pages, oldest first; `pagesRead`
 * says how many were read (each is a request).
 */
export async function findComment(api: GitHubApi, issue: number, marker: string, maxPages: number): Promise<{ comment?: IssueComment; pagesRead: number }> {
  for (let page = 1; page <= maxPages; page++) {
    const { data } = await api.request<IssueComment[]>('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      issue_number: issue,
      per_page: PER_PAGE,
      page
    })
    const list = Array.isArray(data) ? data : []
    const comment = list.find((c) => typeof c?.body === 'string' && c.body.startsWith(marker))
    if (comment || list.length < PER_PAGE) return { comment, pagesRead: page }
  }
  return { pagesRead: maxPages }
}

export async function createComment(api: GitHubApi, issue: number, body: string): Promise<IssueComment> {
  return (await api.request<IssueComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: issue, body })).data
}

export async function updateComment(api: GitHubApi, id: number, body: string): Promise<IssueComment> {
  return (await api.request<IssueComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { comment_id: id, body })).data
}

/** The open pull requests whose head is `owner:branch` (a fork's too), newest first. */
export async function pullRequestsOf(api: GitHubApi, headOwner: string, headBranch: string): Promise<PullRequestHead[]> {
  const { data } = await api.request<PullRequestHead[]>('GET /repos/{owner}/{repo}/pulls', {
    head: `${headOwner}:${headBranch}`,
    state: 'open',
    per_page: PER_PAGE
  })
  return Array.isArray(data) ? data : []
}
