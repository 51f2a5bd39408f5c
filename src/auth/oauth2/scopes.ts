/** The OAuth 2.0 scopes a run needs, and what the granted ones amount to. */
import type { AccessLevel, Requirement } from '../../settings/access-level.js'
import { levelRank } from '../../settings/access-level.js'

export interface NeededScope {
  scope: string
  because: string
}

/** What `x-credentials-check authorize` asks for when `--scopes` is not given. */
export const DEFAULT_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write'] as const

/** Every scope the run needs: to verify, to keep rotating, and what the requirement adds. */
export function neededScopes(need: Requirement): NeededScope[] {
  const scopes: NeededScope[] = [
    { scope: 'tweet.read', because: 'GET /2/users/me needs it' },
    { scope: 'users.read', because: 'GET /2/users/me needs it' },
    { scope: 'offline.access', because: 'without it X issues no next refresh token' }
  ]
  if (levelRank(need.level) >= levelRank('read-write')) scopes.push({ scope: 'tweet.write', because: need.because })
  if (levelRank(need.level) >= levelRank('read-write-directmessages')) {
    scopes.push({ scope: 'dm.read', because: need.because }, { scope: 'dm.write', because: need.because })
  }
  for (const extra of need.scopes ?? []) if (!scopes.some((s) => s.scope === extra.scope)) scopes.push(extra)
  return scopes
}

/** The `access-level` output for OAuth 2.0: `read-write` when `tweet.write` is granted, else `read` (DM scopes are checked apart). */
export function accessLevelOf(scopes: readonly string[]): AccessLevel {
  return scopes.includes('tweet.write') ? 'read-write' : 'read'
}

export function parseScopes(scope: string | undefined): string[] {
  return (scope ?? '').split(/\s+/).filter(Boolean)
}
