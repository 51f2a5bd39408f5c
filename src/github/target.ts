/**
 * Where GitHub is and which repository the run belongs to, from the runner's
 * environment (`GITHUB_API_URL`, `GITHUB_REPOSITORY`), read without loading
 * Octokit, so that a missing or odd value is refused offline.
 */
export interface Repository {
  owner: string
  repo: string
}

export interface GitHubTarget {
  apiUrl: string
  repository: Repository
}

export const DEFAULT_GITHUB_API_URL = 'https://api.github.com'

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i

/** The target, or why it cannot be used (a sentence naming the variable). */
export function gitHubTarget(env: NodeJS.ProcessEnv, repository = env.GITHUB_REPOSITORY): GitHubTarget | { problem: string } {
  const full = (repository ?? '').trim()
  const parts = /^([A-Za-z0-9-]{1,39})\/([A-Za-z0-9._-]{1,100})$/.exec(full)
  if (!parts)
    return {
      problem: full ? `GITHUB_REPOSITORY is not of the form owner/name.` : 'GITHUB_REPOSITORY is not set (the runner sets it to the repository of the run).'
    }
  const raw = (env.GITHUB_API_URL ?? '').trim() || DEFAULT_GITHUB_API_URL
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { problem: 'GITHUB_API_URL is not a URL.' }
  }
  // The token travels with every request: https anywhere, http only to this machine (a simulator).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
    return { problem: 'GITHUB_API_URL must use https:// (http:// only to localhost or 127.0.0.0/8).' }
  if (url.username || url.password || url.search || url.hash) return { problem: 'GITHUB_API_URL must not carry a user, password, query or fragment.' }
  return { apiUrl: url.href.replace(/\/+$/, ''), repository: { owner: parts[1], repo: parts[2] } }
}

export const fullName = (r: Repository) => `${r.owner}/${r.repo}`
