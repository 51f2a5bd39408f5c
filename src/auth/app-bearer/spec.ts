/** The app-only bearer method before its code loads: one value, one request (GET /2/usage/tweets). */
import type { CredentialSpec, MethodShape } from '../method.js'

export const SPEC: CredentialSpec = { input: 'bearer-token', env: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], label: 'bearer token' }

export const APP_BEARER: MethodShape = { id: 'app-bearer', context: 'app', credentials: [SPEC], requests: 1 }
