/**
 * The REST endpoints of GitHub's Actions secrets that the action uses, for a
 * repository and for a deployment environment, answered as GitHub answers
 * them (status codes, bodies, the `x-accepted-github-permissions` header).
 */
import { openSealedBox } from './sealed-box.js'
import type { GhScope, GitHubState } from './state.js'

export type GhRouteName = 'public-key' | 'secret/get' | 'secret/put' | 'secret/delete'

export interface GhRequest {
  method: string
  params: { owner: string; repo: string; environment?: string; name?: string }
  body: Buffer
}

export interface GhReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** What each route needs of the "Secrets" permission. */
export const NEEDS: Record<GhRouteName, 'read' | 'write'> = {
  'public-key': 'read',
  'secret/get': 'read',
  'secret/put': 'write',
  'secret/delete': 'write'
}

const DOCS = 'https://docs.github.com/rest/actions/secrets'
const SECRET = '(?<name>[^/]+)'
const PATTERNS: { method: string; pattern: RegExp; name: GhRouteName }[] = [
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
