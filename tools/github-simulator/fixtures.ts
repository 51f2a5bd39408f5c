/**
 * The GitHub side of the sample world: the repository the runner reports
 * (`GITHUB_REPOSITORY` in tools/runner.ts), a `production` environment, the
 * secret that holds the OAuth 2.0 refresh token, and one token of each kind.
 * None of these tokens has ever been valid on GitHub.
 */
import type { GitHubSimulator } from './server.js'

export const REPOSITORY = 'octo-org/release-notes'
export const ENVIRONMENT = 'production'
export const REFRESH_TOKEN_SECRET = 'X_REFRESH_TOKEN'

/** A fine-grained personal access token with "Secrets: read and write" on the repository. */
export const SECRETS_WRITE_TOKEN = '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Fh6Sg'
/** A GitHub App installation token from actions/create-github-app-token with `permission-secrets: write`. */
export const APP_SECRETS_TOKEN = 'ghs_q8Rk2Lm5Vx9Tz3Wc7Nb1Hd6Jf4Pg0Sa8Ye2Ku5'
/** The workflow's `GITHUB_TOKEN`, granted `pull-requests: write`: it can never hold the "Secrets" permission. */
export const WORKFLOW_TOKEN = 'ghs_Wf3Gt7Kp1Zx5Nc9Vb2Qm6Lr8Sd4Hj0Ty7Ua3Ei'
/** A workflow's `GITHUB_TOKEN` with `pull-requests: read` only (the default of many repositories, and all a fork's pull request gets). */
export const READ_ONLY_WORKFLOW_TOKEN = 'ghs_Ro5Lk9Tz2Qx6Wv1Nm4Pc8Hb3Jd7Fs0Ya5Ge2Uq'
/** A fine-grained token with "Secrets: read-only". */
export const SECRETS_READ_TOKEN = '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Tj6Ey'
/** A fine-grained token for another repository only. */
export const OTHER_REPO_TOKEN = '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Fy2Ij'

export const ALL_GITHUB_TOKENS: readonly string[] = [
  SECRETS_WRITE_TOKEN,
  APP_SECRETS_TOKEN,
  WORKFLOW_TOKEN,
  READ_ONLY_WORKFLOW_TOKEN,
  SECRETS_READ_TOKEN,
  OTHER_REPO_TOKEN
]

/** The release pull request of the sample repository, from a branch of the repository itself. */
export const RELEASE_PR = { number: 42, headOwner: 'octo-org', headBranch: 'release-2.0', headSha: '3f1c2a9d8e7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d' }
/** A pull request from a fork of someone outside the organisation. */
export const FORK_PR = { number: 43, headOwner: 'outside-dev', headBranch: 'typo-fix', headSha: '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b' }

export function seedGitHub(sim: Pick<GitHubSimulator, 'addRepository' | 'addToken' | 'addPullRequest'>): void {
  sim.addRepository(REPOSITORY, [ENVIRONMENT])
  sim.addRepository('octo-org/elsewhere')
  sim.addPullRequest(REPOSITORY, RELEASE_PR)
  sim.addPullRequest(REPOSITORY, FORK_PR)
  sim.addToken({ value: SECRETS_WRITE_TOKEN, kind: 'fine-grained', secrets: 'write', pullRequests: 'write', repositories: [REPOSITORY] })
  sim.addToken({ value: APP_SECRETS_TOKEN, kind: 'app', secrets: 'write', repositories: [REPOSITORY] })
  sim.addToken({ value: WORKFLOW_TOKEN, kind: 'github-token', secrets: 'none', pullRequests: 'write', repositories: [REPOSITORY] })
  sim.addToken({ value: READ_ONLY_WORKFLOW_TOKEN, kind: 'github-token', secrets: 'none', pullRequests: 'read', repositories: [REPOSITORY] })
  sim.addToken({ value: SECRETS_READ_TOKEN, kind: 'fine-grained', secrets: 'read', repositories: [REPOSITORY] })
  sim.addToken({ value: OTHER_REPO_TOKEN, kind: 'fine-grained', secrets: 'write', repositories: ['octo-org/elsewhere'] })
}
