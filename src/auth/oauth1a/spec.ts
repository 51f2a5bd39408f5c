/** The OAuth 1.0a method before its code loads: its four values, and the two requests its checks send at once. */
import type { CredentialSpec, MethodShape } from '../method.js'
import type { OAuth1Values } from './hints.js'

export const SPECS = {
  apiKey: { input: 'api-key', env: ['TWITTER_API_KEY', 'X_API_KEY'], label: 'API key' },
  apiSecret: { input: 'api-secret', env: ['TWITTER_API_SECRET', 'X_API_SECRET'], label: 'API secret' },
  accessToken: { input: 'access-token', env: ['TWITTER_ACCESS_TOKEN', 'X_ACCESS_TOKEN'], label: 'access token' },
  accessSecret: { input: 'access-secret', env: ['TWITTER_ACCESS_SECRET', 'X_ACCESS_SECRET'], label: 'access secret' }
} as const satisfies Record<keyof OAuth1Values, CredentialSpec>

export const OAUTH1A: MethodShape = {
  id: 'oauth1',
  context: 'user',
  credentials: Object.values(SPECS),
  // POST /oauth2/token and GET /2/users/me.
  requests: 2
}
