/** The OAuth 2.0 user-context method before its code loads: its values, and the one connection to X its checks use. */
import type { CredentialSpec, MethodShape } from '../method.js'
import type { OAuth2Values } from './facts.js'

export const SPECS = {
  clientId: { input: 'client-id', env: ['X_CLIENT_ID', 'TWITTER_CLIENT_ID'], label: 'OAuth 2.0 Client ID', selects: 'alone' },
  clientSecret: {
    input: 'client-secret',
    env: ['X_CLIENT_SECRET', 'TWITTER_CLIENT_SECRET'],
    label: 'OAuth 2.0 Client Secret',
    selects: 'alone',
    optional: true
  },
  refreshToken: { input: 'refresh-token', env: ['X_REFRESH_TOKEN', 'TWITTER_REFRESH_TOKEN'], label: 'refresh token' },
  githubToken: { input: 'github-token', env: ['GH_TOKEN', 'GITHUB_TOKEN'], label: 'GitHub token', selects: 'never' }
} as const satisfies Record<keyof OAuth2Values, CredentialSpec>

export const OAUTH2: MethodShape = {
  id: 'oauth2',
  context: 'user',
  credentials: Object.values(SPECS),
  // The refresh and then users/me, one after the other on one connection to X (GitHub is asked first, on its own).
  requests: 1
}
