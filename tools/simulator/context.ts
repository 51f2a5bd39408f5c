/** What a route handler sees and returns; the server owns HTTP, auth and faults. */
import type { IncomingHttpHeaders } from 'node:http'
import type { ProblemHost } from './problems.js'
import type { SimAccount, SimApp, SimToken, SimulatorState } from './state.js'

export interface Reply {
  status: number
  headers?: Record<string, string>
  /** An object is sent as JSON; a string is sent as it is. */
  body: unknown
}

export interface RequestInfo {
  method: string
  url: URL
  headers: IncomingHttpHeaders
  body: Buffer
  /** Path parameters, e.g. the media id of `/2/media/upload/{id}/append`. */
  params: Record<string, string>
}

export interface Settings {
  problemHost: ProblemHost
  /** null: no array at all, as in bodies before September 2022. */
  editHistoryKey: 'edit_history_tweet_ids' | 'edit_history_post_ids' | null
  videoProcessingPolls: number
  now(): number
  shouldFailProcessing(mediaId: string): boolean
  /** Who consents on the OAuth 2.0 consent page; undefined: the first account. */
  consentingUserId(): string | undefined
}

export interface HandlerContext {
  request: RequestInfo
  state: SimulatorState
  settings: Settings
}

/** A verified user-context caller: OAuth 1.0a, or an OAuth 2.0 user access token. */
export interface UserCaller {
  app: SimApp
  /** For OAuth 2.0, a view of the access token with the access level its scopes amount to. */
  token: SimToken
  account: SimAccount
  /** OAuth 2.0 only: the scopes the account granted; an OAuth 1.0a token is bounded by its access level instead. */
  scopes?: readonly string[]
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers
})

/** Parses a JSON request body; undefined when it is not JSON. */
export function jsonBody(request: RequestInfo): unknown {
  const text = request.body.toString('utf8')
  if (text.trim() === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
