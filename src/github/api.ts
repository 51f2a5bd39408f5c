/**
 * The one door to GitHub. It owns Octokit (from @actions/github): the base
 * URL (`GITHUB_API_URL`), the repository (`GITHUB_REPOSITORY`), a hard time
 * limit per attempt, bounded retries of 5xx and network failures, and GitHub's
 * errors as GitHubApiError. Nothing else in the project imports Octokit.
 * A client is bound to one token when it is made; its calls take none.
 */
import type { Deadline } from '../deadline.js'
import type { Scrub } from '../io/outside.js'
import type { Secret } from '../io/secret.js'
import { backoffMs } from '../x/retry.js'
import { GitHubApiError, toGitHubApiError } from './errors.js'
import type { GitHubTarget, Repository } from './target.js'

export interface GitHubApiOptions {
  apiUrl: string
  repository: Repository
  timeoutMs: number
  deadline: Deadline
  /** A line for the log: retries, as they happen. */
  log: (message: string) => void
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number }
  /** The scrubber every text of GitHub's answers passes on arrival, before anything cuts it short. */
  scrub: Scrub
}

export interface GitHubResponse<T> {
  status: number
  data: T
}

type Octokit = ReturnType<(typeof import('@actions/github'))['getOctokit']>

let library: Promise<typeof import('@actions/github')> | undefined
/** Loaded on first use: runs that never talk to GitHub never pay for Octokit. */
const loadLibrary = () => (library ??= import('@actions/github'))

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

export class GitHubApi {
  readonly repository: Repository
  readonly #octokit: Octokit
  readonly #policy: { attempts: number; baseDelayMs: number; maxDelayMs: number }

  private constructor(
    octokit: Octokit,
    private readonly options: GitHubApiOptions
  ) {
    this.#octokit = octokit
    this.repository = options.repository
    this.#policy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 8000, ...options.retry }
  }

  static async create(token: Secret, options: GitHubApiOptions): Promise<GitHubApi> {
    const { getOctokit } = await loadLibrary()
    // No `log`: Octokit's default logger would print request details on warnings.
    const octokit = getOctokit(token.reveal(), {
      baseUrl: options.apiUrl,
      log: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined }
    })
    return new GitHubApi(octokit, options)
  }

  /**
   * One REST call, e.g. `request('GET /repos/{owner}/{repo}/actions/secrets/public-key')`;
   * `{owner}` and `{repo}` are the run's repository unless `params` says otherwise.
   * Transient failures are retried with backoff; other 4xx are final at once.
   */
  async request<T>(route: string, params: Record<string, unknown> = {}): Promise<GitHubResponse<T>> {
    const { timeoutMs, deadline, log } = this.options
    for (let attempt = 1; ; attempt++) {
      const controller = new AbortController()
      const timer = setTimeout(() => controller.abort(), timeoutMs)
      let error: GitHubApiError
      try {
        const response = await this.#octokit.request(route, { ...this.repository, ...params, request: { signal: controller.signal } })
        return { status: response.status, data: response.data as T }
      } catch (thrown) {
        error = toGitHubApiError(route, thrown, attempt, controller.signal.aborted, this.options.scrub)
      } finally {
        clearTimeout(timer)
      }
      if (!error.transient || attempt >= this.#policy.attempts) throw error
      const delay = backoffMs(attempt, this.#policy)
      if (delay >= deadline.remaining()) throw new GitHubApiError(route, 'deadline', { ...error.info, attempts: attempt })
      log(`${route}: attempt ${attempt} failed (${error.message.replace(`${route}: `, '')}); retrying in ${(delay / 1000).toFixed(1)} s.`)
      await sleep(delay)
    }
  }
}

/** Makes the GitHub client for a token and a target, bound to the run's time limits; what auth methods are handed. */
export type GitHubDoor = (token: Secret, target: GitHubTarget) => Promise<GitHubApi>

export function gitHubDoor(options: Omit<GitHubApiOptions, 'apiUrl' | 'repository'>): GitHubDoor {
  return (token, target) => GitHubApi.create(token, { ...options, ...target })
}
