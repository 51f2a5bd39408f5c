/**
 * What the simulated GitHub knows: repositories, their deployment
 * environments, the Actions secrets of each (stored as the plaintext the
 * simulator decrypted), the key pair each scope seals with, and the tokens
 * that may read or write them.
 */
import { type KeyPair, testKeyPair } from './sealed-box.js'

export interface GhSecret {
  name: string
  /** The decrypted value, as the simulator opened it. */
  value: string
  /** Epoch ms. */
  createdAt: number
  updatedAt: number
}

/** Where secrets live: the repository's Actions secrets, or one environment's. */
export interface GhScope {
  key: KeyPair
  secrets: Map<string, GhSecret>
}

export interface GhRepository {
  owner: string
  name: string
  id: number
  scope: GhScope
  /** By environment name. */
  environments: Map<string, GhScope>
  /** By number. */
  pulls: Map<number, GhPullRequest>
}

/** A pull request and its conversation (GitHub's issue comments). */
export interface GhPullRequest {
  number: number
  /** The head's owner (a fork's owner for a fork) and branch, and its commit. */
  headOwner: string
  headBranch: string
  headSha: string
  state: 'open' | 'closed'
  comments: GhComment[]
}

export interface GhComment {
  id: number
  body: string
  /** Who wrote it: the token's account. */
  login: string
  userType: 'Bot' | 'User'
  createdAt: number
  updatedAt: number
}

/**
 * How a token was made decides how GitHub words a refusal: the workflow's
 * `GITHUB_TOKEN` and app installation tokens are "integrations", a
 * fine-grained personal access token is not.
 */
export type GhTokenKind = 'github-token' | 'app' | 'fine-grained'

export interface GhToken {
  value: string
  kind: GhTokenKind
  /** The "Secrets" repository permission. `GITHUB_TOKEN` can never have it. */
  secrets: 'none' | 'read' | 'write'
  /** The "Pull requests" permission (a workflow's `pull-requests:`); default none. A fork's pull request gets `read` at most. */
  pullRequests?: 'none' | 'read' | 'write'
  /** The account comments are written as; default `github-actions[bot]` for a workflow's token, else `octo-maintainer`. */
  login?: string
  /** `owner/name` of each repository it can see. */
  repositories: string[]
}

/** One write the simulator accepted, in order: what a test reads to know what was stored, and when. */
export interface GhSecretWrite {
  repository: string
  environment?: string
  name: string
  value: string
  at: number
}

export class GitHubState {
  /** By `owner/name`. */
  readonly repositories = new Map<string, GhRepository>()
  /** By value. */
  readonly tokens = new Map<string, GhToken>()
  writes: GhSecretWrite[] = []
  private nextRepoId = 700_000_001
  private nextCommentId = 2_000_000_001

  constructor(readonly now: () => number) {}

  addRepository(fullName: string, environments: string[] = []): GhRepository {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`repository "${fullName}" is not owner/name`)
    if (this.repositories.has(fullName)) throw new Error(`repository ${fullName} already exists`)
    const repo: GhRepository = { owner, name, id: this.nextRepoId++, scope: newScope(fullName), environments: new Map(), pulls: new Map() }
    for (const env of environments) repo.environments.set(env, newScope(`${fullName}@${env}`))
    this.repositories.set(fullName, repo)
    return repo
  }

  addToken(token: GhToken): void {
    if (this.tokens.has(token.value)) throw new Error('token already exists')
    this.tokens.set(token.value, token)
  }

  /** Sets a secret's plaintext directly, as if someone had stored it before the test. */
  seedSecret(fullName: string, name: string, value: string, environment?: string): void {
    const scope = this.scopeOf(fullName, environment)
    if (!scope) throw new Error(`no ${environment ? `environment ${environment} in ` : ''}repository ${fullName}`)
    const at = this.now()
    scope.secrets.set(name, { name, value, createdAt: at, updatedAt: at })
  }

  addPullRequest(fullName: string, pull: Omit<GhPullRequest, 'comments' | 'state'> & { state?: GhPullRequest['state'] }): GhPullRequest {
    const repo = this.repositories.get(fullName)
    if (!repo) throw new Error(`no repository ${fullName}`)
    const record: GhPullRequest = { state: 'open', ...pull, comments: [] }
    repo.pulls.set(pull.number, record)
    return record
  }

  newComment(body: string, token: GhToken): GhComment {
    const now = this.now()
    return { id: this.nextCommentId++, body, login: loginOf(token), userType: token.kind === 'fine-grained' ? 'User' : 'Bot', createdAt: now, updatedAt: now }
  }

  scopeOf(fullName: string, environment?: string): GhScope | undefined {
    const repo = this.repositories.get(fullName)
    if (!repo) return undefined
    return environment === undefined ? repo.scope : repo.environments.get(environment)
  }
}

export function loginOf(token: GhToken): string {
  return token.login ?? (token.kind === 'github-token' ? 'github-actions[bot]' : token.kind === 'app' ? 'release-app[bot]' : 'octo-maintainer')
}

function newScope(label: string): GhScope {
  return { key: testKeyPair(label), secrets: new Map() }
}
