/** Event payloads as GitHub writes them to `GITHUB_EVENT_PATH`, for the runs that read where they come from. */
import { REPOSITORY } from '../../tools/github-simulator/index.js'

/** The `pull_request` event of a pull request of the repository; from a fork when its head is another owner's. */
export function pullRequestEvent(pr: { number: number; headOwner: string; headSha: string }, fork = pr.headOwner !== 'octo-org') {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number: pr.number,
      pull_request: { number: pr.number, head: { sha: pr.headSha, repo: { full_name: `${pr.headOwner}/release-notes`, fork } } },
      repository: { full_name: REPOSITORY }
    }
  }
}
