/**
 * Error bodies as X sends them. Texts (and their odd spacing) are copied from
 * observed responses; do not tidy them. `host` is the problem-type host:
 * X moved from api.twitter.com to api.x.com, so clients must match on the
 * `/2/problems/<name>` suffix and the simulator can serve either.
 */
import { STATUS_CODES } from 'node:http'
import { clientIdOf, type SimApp } from './state.js'

export type ProblemHost = 'api.x.com' | 'api.twitter.com'

export interface Problem {
  status: number
  body: Record<string, unknown>
}

const problemType = (host: ProblemHost, name: string) => `https://${host}/2/problems/${name}`

/** Every v2 authentication failure looks the same: wrong key, secret, token, signature, clock or bearer. */
export const unauthorized = (): Problem => ({
  status: 401,
  body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }
})

/** The same refusal for an OAuth 2.0 user access token (expired, revoked, unknown), keys in the order X sent them. */
export const unauthorizedUserToken = (): Problem => ({
  status: 401,
  body: { type: 'about:blank', title: 'Unauthorized', detail: 'Unauthorized', status: 401 }
})

/** An OAuth 2.0 user token without a scope the endpoint needs: X says no more than this. */
export const scopeForbidden = (): Problem => ({
  status: 403,
  body: { title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' }
})

/**
 * `POST /2/oauth2/token` errors are OAuth 2.0 (RFC 6749) bodies, not problems.
 * Recorded: `invalid_request` for a dead token and for a missing `client_id`,
 * `unauthorized_client` without a valid Basic header. `invalid_client`
 * (unknown client) and the wording of the others are RFC 6749's, not seen
 * from X.
 */
export const oauth2Error = (status: number, error: string, description: string): Problem => ({
  status,
  body: { error, error_description: description }
})

export const OAUTH2_INVALID_TOKEN = 'Value passed for the token was invalid.'
export const OAUTH2_MISSING_AUTH_HEADER = 'Missing valid authorization header'
export const oauth2MissingParameter = (name: string) => oauth2Error(400, 'invalid_request', `Missing required parameter [${name}].`)

/** Code 99 from `POST /oauth2/token`: bad keys, no grant, or called too often. */
export const tokenEndpointRefused = (): Problem => ({
  status: 403,
  body: { errors: [{ code: 99, label: 'authenticity_token_error', message: 'Unable to verify your credentials' }] }
})

/** A read-only access token tried to write. */
export const oauth1Permissions = (host: ProblemHost): Problem => ({
  status: 403,
  body: {
    title: 'Forbidden',
    status: 403,
    detail: 'Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.',
    type: problemType(host, 'oauth1-permissions')
  }
})

/** Same text as an earlier post by this account; X does not say which post, nor return its id. */
export const duplicateContent = (): Problem => ({
  status: 403,
  body: {
    detail: 'You are not allowed to create a Tweet with duplicate content.',
    type: 'about:blank',
    title: 'Forbidden',
    status: 403
  }
})

/** An app-only bearer on a user-context endpoint (the two spaces after "endpoint." are real). */
export const appOnlyForbidden = (host: ProblemHost): Problem => ({
  status: 403,
  body: {
    title: 'Unsupported Authentication',
    detail:
      'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
    type: problemType(host, 'unsupported-authentication'),
    status: 403
  }
})

/**
 * A user context on an app-only endpoint (`/2/usage/tweets`). Only the second
 * sentence was recorded (for an OAuth 2.0 user token); the first mirrors the
 * app-only refusal with the roles swapped.
 */
export const userContextForbidden = (host: ProblemHost, context: 'OAuth 1.0a User Context' | 'OAuth 2.0 User Context'): Problem => ({
  status: 403,
  body: {
    title: 'Unsupported Authentication',
    detail: `Authenticating with ${context} is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 Application-Only].`,
    type: problemType(host, 'unsupported-authentication'),
    status: 403
  }
})

/** The app is not attached to a Project (or the endpoint is outside its package). */
export const clientNotEnrolled = (host: ProblemHost, clientId: string): Problem => ({
  status: 403,
  body: {
    client_id: clientId,
    detail:
      'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
    registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
    title: 'Client Forbidden',
    required_enrollment: 'Appropriate Level of API Access',
    reason: 'client-not-enrolled',
    type: problemType(host, 'client-forbidden')
  }
})

/**
 * An endpoint outside the App's package, as a 2026 answer to an OAuth 2.0
 * user token showed it: the same problem, keys in this order, no `errors`.
 */
export const endpointNotInPackage = (host: ProblemHost, clientId: string): Problem => ({
  status: 403,
  body: {
    type: problemType(host, 'client-forbidden'),
    title: 'Client Forbidden',
    detail:
      'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
    client_id: clientId,
    reason: 'client-not-enrolled',
    registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
    required_enrollment: 'Appropriate Level of API Access'
  }
})

/** Pay-per-use balance exhausted or spending limit hit. */
export const creditsDepleted = (host: ProblemHost): Problem => ({
  status: 402,
  body: {
    detail: 'credits depleted',
    status: 402,
    title: 'Payment Required',
    type: problemType(host, 'credits-depleted')
  }
})

/** 15-minute window or 24-hour cap exhausted. */
export const tooManyRequests = (): Problem => ({
  status: 429,
  body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }
})

export interface UsageCap {
  accountId: string
  productName?: string
  period?: string
  scope?: string
}

/**
 * Usage cap, as X answered a capped read in 2026 (key order as recorded). It
 * is no rate limit: the 15-minute window headers still show calls left.
 */
export const usageCapped = (host: ProblemHost, cap: UsageCap): Problem => {
  const period = cap.period ?? 'Monthly'
  const scope = cap.scope ?? 'Product'
  return {
    status: 429,
    body: {
      account_id: cap.accountId,
      product_name: cap.productName ?? 'standard-basic',
      title: 'UsageCapExceeded',
      period,
      scope,
      detail: `Usage cap exceeded: ${period} ${scope.toLowerCase()} cap`,
      type: problemType(host, 'usage-capped')
    }
  }
}

/** The usage-capped answer with the App's cap fields (the account id is X's developer account's: the App's client id here). */
export const usageCappedFor = (host: ProblemHost, app: SimApp): Problem => {
  const cap = app.usageCap ?? {}
  return usageCapped(host, { ...cap, accountId: cap.accountId ?? clientIdOf(app) })
}

/** The account the credentials act as is suspended; they authenticated all the same. */
export const userSuspended = (host: ProblemHost): Problem => ({
  status: 403,
  body: {
    detail: 'The user used for authentication is suspended',
    title: 'Forbidden',
    status: 403,
    type: problemType(host, 'user-suspended')
  }
})

/** Plain 403 in the `about:blank` envelope X uses for policy refusals (not summoned, missing reply target). */
export const forbidden = (detail: string): Problem => ({
  status: 403,
  body: { detail, type: 'about:blank', title: 'Forbidden', status: 403 }
})

/**
 * Quote posts on a self-serve plan (Enterprise only since 2026-04-16). Only the detail was recorded; the envelope is
 * assumed to be the one of the other policy refusals (about:blank, Forbidden), as the reply refusal's recorded body has.
 */
export const QUOTE_NOT_ALLOWED =
  'Quoting this post is not allowed because you have not been mentioned or are not part of the conversation thread of the post you are quoting.'
export const quoteNotAllowed = (): Problem => forbidden(QUOTE_NOT_ALLOWED)

export const NOT_SUMMONED =
  'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.'

/** X's v1.1 text for code 385; v2 is assumed to reuse it inside the `about:blank` envelope. */
export const REPLY_TARGET_GONE = 'You attempted to reply to a Tweet that is deleted or not visible to you.'

export interface InvalidParameter {
  message: string
  parameters?: Record<string, string[]>
}

/** The `invalid-request` envelope (text too long, schema violations); the spec models this one. */
export const invalidRequest = (host: ProblemHost, ...errors: InvalidParameter[]): Problem => ({
  status: 400,
  body: {
    errors,
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: problemType(host, 'invalid-request')
  }
})

/** Weighted text length over 280. */
export const textTooLong = (host: ProblemHost, text: string): Problem =>
  invalidRequest(host, {
    parameters: { text: [text] },
    message: 'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.'
  })

/** A JSON endpoint given no body, or one that is not a JSON object (seen on media finalize). */
export const notJsonObject = (host: ProblemHost): Problem => invalidRequest(host, { message: 'Request body must be a JSON object.' })

/**
 * A post that does not exist (any more), in the spec's ResourceNotFoundProblem form. X's answer to a delete of a
 * missing post is not recorded; status and body follow the spec and X's wording for missing posts elsewhere.
 */
export const postNotFound = (host: ProblemHost, id: string): Problem => ({
  status: 404,
  body: {
    detail: `Could not find post with id: [${id}].`,
    title: 'Not Found Error',
    resource_type: 'post',
    parameter: 'id',
    value: id,
    resource_id: id,
    type: problemType(host, 'resource-not-found'),
    status: 404
  }
})

/** A delete of another account's post. Not recorded; X's v1.1 said "You may not delete another user's status." (code 183). */
export const NOT_YOUR_POST = 'You are not allowed to delete this post.'

export const notFound = (): Problem => ({
  status: 404,
  body: { title: 'Not Found Error', detail: 'Sorry, that page does not exist.', type: 'about:blank', status: 404 }
})

/** Generic body for a scripted status that came without its own body. */
export const genericProblem = (status: number): Problem => {
  const title = STATUS_CODES[status] ?? 'Error'
  return { status, body: { title, detail: title, type: 'about:blank', status } }
}
