/**
 * Who is calling and what they may do, with GitHub's answers: 401 without a
 * token GitHub knows, 404 for a repository the token cannot see (GitHub does
 * not say it exists), and 403 naming the kind of token when a permission
 * ("Secrets", "Pull requests") is missing or read-only, with the permission
 * in `x-accepted-github-permissions`.
 */
import { acceptedPermissions, ghError, type GhReply, NEEDS, notFound, type GhRouteName } from './routes.js'
import type { GhToken, GitHubState } from './state.js'

export type GhAuthResult = { ok: true; token: GhToken } | { ok: false; reply: GhReply; reason: string }

export function authorizeGh(state: GitHubState, header: string | undefined, route: GhRouteName, fullName: string): GhAuthResult {
  const value = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')?.[1]
  if (!value) return { ok: false, reason: 'no-token', reply: ghError(401, 'Requires authentication') }
  const token = state.tokens.get(value)
  if (!token) return { ok: false, reason: 'unknown-token', reply: ghError(401, 'Bad credentials') }
  if (!token.repositories.includes(fullName) || !state.repositories.has(fullName)) return { ok: false, reason: 'repository-not-visible', reply: notFound() }
  const need = NEEDS[route]
  const granted = (need.permission === 'secrets' ? token.secrets : token.pullRequests) ?? 'none'
  const has = granted === 'write' || (granted === 'read' && need.level === 'read')
  if (!has) {
    const who = token.kind === 'fine-grained' ? 'personal access token' : 'integration'
    const docs = need.permission === 'secrets' ? 'https://docs.github.com/rest/actions/secrets' : 'https://docs.github.com/rest/issues/comments'
    const reply = ghError(403, `Resource not accessible by ${who}`, docs)
    reply.headers = { 'x-accepted-github-permissions': acceptedPermissions(route) }
    return { ok: false, reason: `${need.permission}-${need.level}-missing`, reply }
  }
  return { ok: true, token }
}
