/** What the event payload says about where the run comes from. */

/** A pull request from a fork: GitHub passes it no secrets. */
export async function isForkPullRequest(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!env.GITHUB_EVENT_PATH) return false
  try {
    const { context } = await import('@actions/github')
    const pr = context.payload.pull_request as { head?: { repo?: { full_name?: string; fork?: boolean } } } | undefined
    if (!pr || !context.eventName.startsWith('pull_request')) return false
    return !!pr.head?.repo?.fork || (!!pr.head?.repo?.full_name && pr.head.repo.full_name !== context.payload.repository?.full_name)
  } catch {
    return false
  }
}
