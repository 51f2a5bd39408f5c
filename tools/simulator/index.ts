export { ANSWER_HEADERS, XSimulator } from './server.js'
export type {
  AccessLevel,
  ConnectionLogEntry,
  ExistingPost,
  FaultStep,
  HostileOptions,
  MediaRecord,
  MediaState,
  PostRecord,
  ProblemHost,
  RateLimitScope,
  RequestLogEntry,
  RouteName,
  SimAccount,
  SimApp,
  SimOAuth2Client,
  SimToken,
  SimUserToken,
  SimulatorOptions
} from './server.js'
export { hmacSha1Signature, parseOAuthHeader, percentEncode, signatureBaseString, verifyOAuth1 } from './oauth1.js'
export * from './fixtures.js'
export { oauth1Header, simRequest, xApiRedirect } from './client.js'
export type { OAuth1Keys, SimAuth, SimRequest, SimResponse } from './client.js'
export { testCertificates } from './tls.js'
export { INJECTED_TEXT, INJECTIONS } from './hostile.js'
export type { TestCertificates } from './tls.js'
