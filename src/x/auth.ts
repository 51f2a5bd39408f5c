import type { Secret } from '../io/secret.js'

/**
 * What a request to X is signed with. An auth method turns its credentials
 * into one of these once; the transport only knows how to sign with each.
 */
export type XAuth =
  /** OAuth 1.0a user context: the four values of an App and its access token. */
  | { kind: 'oauth1'; apiKey: Secret; apiSecret: Secret; accessToken: Secret; accessSecret: Secret }
  /** OAuth 2.0 app-only: the App's bearer token. */
  | { kind: 'app-bearer'; bearerToken: Secret }
  /** HTTP Basic, as POST /oauth2/token takes the API key and secret. */
  | { kind: 'basic'; username: Secret; password: Secret }
  /** OAuth 2.0 user context: a user access token. */
  | { kind: 'oauth2-user'; accessToken: Secret }
  /** An OAuth 2.0 client at the token endpoint: Basic `client_id:client_secret` when confidential, nothing when public. */
  | { kind: 'oauth2-client'; clientId: Secret; clientSecret?: Secret }
