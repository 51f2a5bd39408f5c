/**
 * The seam for "a way to authenticate": what a method reads (inputs and their
 * environment fallbacks), what it masks, its offline lint, the requests that
 * prove it, and the rows it adds to the report. A method is one folder that
 * implements AuthMethod, registered in registry.ts; nothing else changes.
 */
import type { CheckRow } from '../checks/row.js'
import type { Finding } from '../diagnoses/finding.js'
import type { InputError } from '../diagnoses/input-error.js'
import type { Secret } from '../io/secret.js'
import type { Requirement } from '../settings/access-level.js'
import type { GitHubDoor } from '../github/api.js'
import type { XApi, XClient, XUser } from '../x/api.js'

export interface CredentialSpec {
  /** The input in action.yml, e.g. `api-key`. */
  input: string
  /** Environment variables tried, in order, when the input is empty. */
  env: readonly string[]
  /** What the user calls it, e.g. "API key". */
  label: string
  /**
   * Whether giving it chooses the method (registry.ts): always (the default);
   * `alone`, only when no other user method is given (an OAuth 2.0 Client ID
   * beside complete OAuth 1.0a keys); `never`, for a value with a default
   * (`github-token`). It is read and masked first like any other either way.
   */
  selects?: 'alone' | 'never'
  /** The checks run without it (an OAuth 2.0 Client Secret, which only confidential clients have). */
  optional?: boolean
}

export interface RawCredential {
  spec: CredentialSpec
  /** Exactly as given, whitespace and all. Never printed. */
  value: string
  /** Where the value came from: `input`, or the environment variable's name; null when not given. */
  source: string | null
}

/** By input name. */
export type RawCredentials = Record<string, RawCredential>

export interface SettleContext {
  /** No other way to act as a user was given, so every value of this one must be there. */
  required: boolean
  /** The run is a pull request from a fork: GitHub passes no secrets, and the messages say so. */
  forkPullRequest: boolean
  /** Inputs that are not credentials (names, places), as given; '' when unset. Never masked. */
  getInput(name: string): string
  env: NodeJS.ProcessEnv
}

/** The account the credentials act as, once X confirmed it. */
export interface Identity {
  /** The auth method's id, e.g. `oauth1`. */
  method: string
  /** From GET /2/users/me, its `subscription_type` included (a subscriber's posts may be long). */
  user: XUser
  /** `x-access-level` as X sent it, when it did. */
  accessLevel?: string
  /** Signs every request as this account. */
  client: XClient
}

export interface CheckContext {
  /** The least access the run needs, and why. */
  requirement: Requirement
  /** Masks a secret the moment it arrives from X (a bearer token, a refreshed token). */
  onSecret(value: string): void
  /** The door to GitHub's REST API, for a method that must read or write there (OAuth 2.0 stores its rotated token). */
  github: GitHubDoor
}

/** Facts one method proves that another method's rows need. */
export interface SharedFacts {
  /** What POST /oauth2/token said of the API key: the App's bearer token, or that it refused the keys. */
  appBearer?: { token?: string; keysRejected: boolean; keysProven: boolean }
}

export interface ConcludeContext extends CheckContext {
  shared: SharedFacts
  /** Local clock minus X's, in seconds, when X sent a Date. */
  skewSeconds?: number
}

export interface MethodOutcome {
  rows: CheckRow[]
  /** Errors and warnings, in the order of the rows. */
  findings: Finding[]
  identity?: Identity
  /** This method's outputs (action.yml), e.g. `bearer-valid`. */
  outputs: Record<string, string>
  /** Its lines in the job summary, below the checks table. */
  summary: string[]
  /** X refused a request whose signature carries a timestamp, so a wrong clock could be the cause. */
  timestampedRequestRefused?: boolean
}

/** The answers to one method's requests, read once all methods' answers are in. */
export interface Gathered {
  shared?: SharedFacts
  conclude(ctx: ConcludeContext): MethodOutcome
}

export interface Settled {
  method: AuthMethod
  /** Repairs (warnings) and missing values (errors). */
  findings: Finding[]
  errors: InputError[]
  /** Repaired forms of the values, which must be masked too (with every form derived from them). */
  derived: string[]
  /** Credentials made of two values, as they travel (an HTTP Basic credential): masked as they are. */
  carried?: string[]
  /** The values, for fingerprints in the summary. */
  secrets: Secret[]
  /** Sends this method's requests; present when every value it needs is there and well-formed. */
  start?: (x: XApi, ctx: CheckContext) => Promise<Gathered>
  /** How many requests `start` sends one after another (default 1), for the step's time budget. */
  requestsInSequence?: number
}

/**
 * What a method is before any of its code loads (`spec.ts` in its folder, listed in specs.ts): enough for the entry to
 * open its connections while the rest of the action loads.
 */
export interface MethodShape {
  /** `oauth1`, `app-bearer`, … */
  id: string
  /** `user` methods act as the account (and can post); `app` methods prove the App alone. */
  context: 'user' | 'app'
  credentials: readonly CredentialSpec[]
  /** Requests its checks send at once when every value is given: the connections opened for it at start-up. */
  requests: number
}

export interface AuthMethod extends MethodShape {
  settle(raw: RawCredentials, ctx: SettleContext): Settled
  /** The outputs when its checks did not run, so every output is always set. */
  idleOutputs: Record<string, string>
}

/** Whether the user gave a value of this method that chooses it (`alone`: one that chooses it when nothing else does). */
export function isGiven(method: AuthMethod, raw: RawCredentials, strength: 'always' | 'alone' = 'always'): boolean {
  return method.credentials.some((spec) => (spec.selects ?? 'always') === strength && raw[spec.input]?.source)
}
