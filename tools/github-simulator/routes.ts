/**
 * The REST endpoints of GitHub that the action uses, answered as GitHub
 * answers them (status codes, bodies, the `x-accepted-github-permissions`
 * header): Actions secrets of a repository and of a deployment environment,
 * a pull request's conversation comments, and the pull requests of a head.
 */
import { openSealedBox } from './sealed-box.js'
import type { GhComment, GhScope, GhToken, GitHubState } from './state.js'

export type GhRouteName = 'public-key' | 'secret/get' | 'secret/put' | 'secret/delete' | 'comments/list' | 'comments/create' | 'comments/update' | 'pulls/list'

export interface GhRequest {
  method: string
  params: { owner: string; repo: string; environment?: string; name?: string; number?: string; id?: string }
  query: URLSearchParams
  body: Buffer
  /** The caller, once authorised. */
  token: GhToken
}

export interface GhReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type GhPermission = 'secrets' | 'pullRequests'

/** What each route needs, and of which permission. */
export const NEEDS: Record<GhRouteName, { permission: GhPermission; level: 'read' | 'write' }> = {
  'public-key': { permission: 'secrets', level: 'read' },
  'secret/get': { permission: 'secrets', level: 'read' },
  'secret/put': { permission: 'secrets', level: 'write' },
  'secret/delete': { permission: 'secrets', level: 'write' },
  'comments/list': { permission: 'pullRequests', level: 'read' },
  'comments/create': { permission: 'pullRequests', level: 'write' },
  'comments/update': { permission: 'pullRequests', level: 'write' },
  'pulls/list': { permission: 'pullRequests', level: 'read' }
}

/** How GitHub names the permission in `x-accepted-github-permissions`: an issue comment takes either of two. */
export function acceptedPermissions(route: GhRouteName): string {
  const { permission, level } = NEEDS[route]
  if (permission === 'secrets') return `secrets=${level}`
  return route.startsWith('comments/') ? `issues=${level}; pull_requests=${level}` : `pull_requests=${level}`
}

const DOCS = 'https://docs.github.com/rest/actions/secrets'
const COMMENT_DOCS = 'https://docs.github.com/rest/issues/comments'
const SECRET = '(?<name>[^/]+)'
const REPO = '^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)'
const PATTERNS: { method: string; pattern: RegExp; name: GhRouteName }[] = [
  { method: 'GET', pattern: new RegExp(`${REPO}/issues/(?<number>\\d+)/comments$`), name: 'comments/list' },
  { method: 'POST', pattern: new RegExp(`${REPO}/issues/(?<number>\\d+)/comments$`), name: 'comments/create' },
  { method: 'PATCH', pattern: new RegExp(`${REPO}/issues/comments/(?<id>\\d+)$`), name: 'comments/update' },
  { method: 'GET', pattern: new RegExp(`${REPO}/pulls$`), name: 'pulls/list' },
  ...['/actions', '/environments/(?<environment>[^/]+)'].flatMap((scope) => [
    { method: 'GET', pattern: new RegExp(`^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)${scope}/secrets/public-key$`), name: 'public-key' as const },
    { method: 'GET', pattern: new RegExp(`^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)${scope}/secrets/${SECRET}$`), name: 'secret/get' as const },
    { method: 'PUT', pattern: new RegExp(`^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)${scope}/secrets/${SECRET}$`), name: 'secret/put' as const },
    { method: 'DELETE', pattern: new RegExp(`^/repos/(?<owner>[^/]+)/(?<repo>[^/]+)${scope}/secrets/${SECRET}$`), name: 'secret/delete' as const }
  ])
]

export function matchGhRoute(method: string, pathname: string): { name: GhRouteName; params: GhRequest['params'] } | null {
  for (const route of PATTERNS) {
    const match = route.method === method ? route.pattern.exec(pathname) : null
    if (match?.groups) {
      const g = Object.fromEntries(Object.entries(match.groups).map(([k, v]) => [k, v === undefined ? undefined : decodeURIComponent(v)]))
      return { name: route.name, params: g as GhRequest['params'] }
    }
  }
  return null
}

/** GitHub's error body: a message, the documentation, and the status as a string. */
export const ghError = (status: number, message: string, documentation = 'https://docs.github.com/rest'): GhReply => ({
  status,
  body: { message, documentation_url: documentation, status: String(status) }
})

export const notFound = () => ghError(404, 'Not Found', DOCS)

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** GitHub's rule for secret names: letters, digits and underscores, not starting with a digit or `GITHUB_`. */
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i

export function handleGhRoute(name: GhRouteName, request: GhRequest, state: GitHubState): GhReply {
  const fullName = `${request.params.owner}/${request.params.repo}`
  if (name.startsWith('comments/') || name === 'pulls/list') return handlePullRoute(name, request, state, fullName)
  const scope = state.scopeOf(fullName, request.params.environment)
  if (!scope) return notFound()
  switch (name) {
    case 'public-key':
      return { status: 200, body: { key_id: scope.key.keyId, key: Buffer.from(scope.key.publicKey).toString('base64') } }
    case 'secret/get': {
      const secret = scope.secrets.get(request.params.name ?? '')
      if (!secret) return notFound()
      return { status: 200, body: { name: secret.name, created_at: iso(secret.createdAt), updated_at: iso(secret.updatedAt) } }
    }
    case 'secret/delete':
      return scope.secrets.delete(request.params.name ?? '') ? { status: 204 } : notFound()
    case 'secret/put':
      return putSecret(request, scope, state, fullName)
    default:
      return notFound()
  }
}

/** A comment as GitHub returns it (the fields a client reads, and a few more). */
function commentJson(c: GhComment, fullName: string, number: number): Record<string, unknown> {
  return {
    id: c.id,
    node_id: `IC_kwDO${Buffer.from(String(c.id)).toString('base64url')}`,
    url: `https://api.github.com/repos/${fullName}/issues/comments/${c.id}`,
    html_url: `https://github.com/${fullName}/pull/${number}#issuecomment-${c.id}`,
    issue_url: `https://api.github.com/repos/${fullName}/issues/${number}`,
    user: { login: c.login, type: c.userType },
    created_at: iso(c.createdAt),
    updated_at: iso(c.updatedAt),
    author_association: c.userType === 'Bot' ? 'NONE' : 'MEMBER',
    body: c.body
  }
}

/** GitHub's cap on a comment's body. */
const MAX_COMMENT_BODY = 65_536

function commentText(request: GhRequest): string | GhReply {
  let body: { body?: unknown }
  try {
    body = JSON.parse(request.body.toString('utf8') || 'null') ?? {}
  } catch {
    return ghError(400, 'Problems parsing JSON', COMMENT_DOCS)
  }
  if (typeof body.body !== 'string' || body.body === '') return ghError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', COMMENT_DOCS)
  if ([...body.body].length > MAX_COMMENT_BODY) return ghError(422, 'Validation Failed', COMMENT_DOCS)
  return body.body
}

function handlePullRoute(name: GhRouteName, request: GhRequest, state: GitHubState, fullName: string): GhReply {
  const repo = state.repositories.get(fullName)
  if (!repo) return notFound()
  if (name === 'pulls/list') {
    const [owner, branch] = (request.query.get('head') ?? '').split(':')
    const wanted = request.query.get('state') ?? 'open'
    const pulls = [...repo.pulls.values()]
      .filter((p) => (wanted === 'all' || p.state === wanted) && (!owner || (p.headOwner === owner && p.headBranch === branch)))
      .sort((a, b) => b.number - a.number)
    return {
      status: 200,
      body: pulls.map((p) => ({ number: p.number, state: p.state, head: { sha: p.headSha, ref: p.headBranch, label: `${p.headOwner}:${p.headBranch}` } }))
    }
  }
  if (name === 'comments/update') {
    const id = Number(request.params.id)
    for (const pull of repo.pulls.values()) {
      const comment = pull.comments.find((c) => c.id === id)
      if (!comment) continue
      const text = commentText(request)
      if (typeof text !== 'string') return text
      comment.body = text
      comment.updatedAt = state.now()
      return { status: 200, body: commentJson(comment, fullName, pull.number) }
    }
    return ghError(404, 'Not Found', COMMENT_DOCS)
  }
  const pull = repo.pulls.get(Number(request.params.number))
  if (!pull) return ghError(404, 'Not Found', COMMENT_DOCS)
  if (name === 'comments/list') {
    const perPage = Math.min(100, Math.max(1, Number(request.query.get('per_page') ?? 30) || 30))
    const page = Math.max(1, Number(request.query.get('page') ?? 1) || 1)
    const slice = pull.comments.slice((page - 1) * perPage, page * perPage)
    return { status: 200, body: slice.map((c) => commentJson(c, fullName, pull.number)) }
  }
  const text = commentText(request)
  if (typeof text !== 'string') return text
  const comment = state.newComment(text, request.token)
  pull.comments.push(comment)
  return {
    status: 201,
    body: commentJson(comment, fullName, pull.number),
    headers: { location: `https://api.github.com/repos/${fullName}/issues/comments/${comment.id}` }
  }
}

function putSecret(request: GhRequest, scope: GhScope, state: GitHubState, fullName: string): GhReply {
  const name = request.params.name ?? ''
  if (!SECRET_NAME.test(name)) {
    return ghError(422, 'Secret names can only contain alphanumeric characters ([a-z], [A-Z], [0-9]) or underscores (_). Spaces are not allowed.', DOCS)
  }
  let body: { encrypted_value?: unknown; key_id?: unknown }
  try {
    body = JSON.parse(request.body.toString('utf8') || 'null') ?? {}
  } catch {
    return ghError(400, 'Problems parsing JSON', DOCS)
  }
  for (const field of ['encrypted_value', 'key_id'] as const) {
    if (typeof body[field] !== 'string' || !body[field]) return ghError(422, `Invalid request.\n\n"${field}" wasn't supplied.`, DOCS)
  }
  // The simulator's wording: GitHub does not document its answer to a stale key or a box it cannot open.
  if (body.key_id !== scope.key.keyId) return ghError(422, 'Invalid request.\n\n"key_id" is not the current public key of this scope.', DOCS)
  const sealed = Buffer.from(body.encrypted_value as string, 'base64')
  const opened = openSealedBoxOf(sealed, scope)
  if (opened === null) return ghError(422, 'Invalid request.\n\n"encrypted_value" is not a sealed box for this key.', DOCS)
  const now = state.now()
  const existing = scope.secrets.get(name)
  scope.secrets.set(name, { name, value: opened, createdAt: existing?.createdAt ?? now, updatedAt: now })
  state.writes.push({ repository: fullName, environment: request.params.environment, name, value: opened, at: now })
  return existing ? { status: 204 } : { status: 201, body: {} }
}

function openSealedBoxOf(sealed: Buffer, scope: GhScope): string | null {
  const plain = openSealedBox(new Uint8Array(sealed), scope.key)
  return plain === null ? null : Buffer.from(plain).toString('utf8')
}
