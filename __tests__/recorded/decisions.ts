/**
 * For every recorded answer (`answers.ts`), by its id, the two decisions the
 * corpus tests read:
 *
 * - `simulator`: how the simulator is put in the entry's situation and asked,
 *   so that it answers what X answered (`simulator.test.ts`).
 * - `action`: the runs in which the action receives exactly that answer, and
 *   the diagnoses, by id, that a careful reader of the entry's `meaning`
 *   gives (`action.test.ts`); or why the action never receives it.
 *
 * A recorded entry without a decision fails both tests: each new answer
 * forces one.
 */
import type { DiagnosisId } from '../../src/diagnoses/catalogue.js'
import {
  CAPPED,
  type Credentials,
  DEPLETED,
  DM,
  DM_ACCOUNT,
  type FaultStep,
  READ_ONLY,
  REVOKED,
  type RouteName,
  SAMPLE,
  type SimAccount,
  simRequest,
  type SimRequest,
  type SimResponse,
  type SimulatorOptions,
  SUSPENDED,
  UNENROLLED,
  UNSUMMONED_POST_ID,
  WRONG_PACKAGE,
  type XSimulator,
  OAUTH2_CONFIDENTIAL,
  SAMPLE_ACCOUNT
} from '../../tools/simulator/index.js'
import { tokenEndpointRefused, unauthorized } from '../../tools/simulator/problems.js'
import { jpeg, png } from '../helpers/media-files.js'
import type { HoldOptions } from './answers.js'

export interface Reproduction {
  /** One line: the situation, and where it differs from the record's request and why the answer does not. */
  how: string
  options?: SimulatorOptions
  /** Puts the seeded simulator in the situation and sends the request whose answer is held against the record. */
  ask(sim: XSimulator): Promise<SimResponse>
  hold?: HoldOptions
}

/** The action never sends the request: `endpoint` is the name its X client would give it, which must stay absent. */
export interface NotReceived {
  notReceived: string
  endpoint: string
}

export interface Expected {
  errors: DiagnosisId[]
  warnings?: DiagnosisId[]
  outputs?: Record<string, string>
  summary?: RegExp
  /** Values the run must have masked. */
  masked?: string[]
  /** Requests the replayed route received in the whole run (default: not checked). */
  requests?: number
}

export interface Reading {
  /** One line: the run, and why the action receives this answer in it. */
  how: string
  /** The route whose first answer is the recorded one (the real handler runs first, so the simulator's state follows); none: no replay. */
  route?: RouteName
  /** What the record does not show and a replay needs (a status, a whole body); it must keep everything the record shows. */
  completion?: { status?: number; headers?: Record<string, string>; body?: unknown }
  /** Values of the record the replay holds by their form only (a placeholder id that X could never accept back). */
  hold?: Pick<HoldOptions, 'forms'>
  /** Default SAMPLE (all five values valid). */
  credentials?: Partial<Credentials>
  /**
   * An OAuth 2.0 run instead: a refresh token of @release_bot for the confidential client, granted `scopes` (default
   * the authorize command's), stored in its repository secret at the GitHub simulator, and the inputs that name it.
   */
  oauth2?: { scopes?: string[] }
  inputs?: Record<string, string>
  files?: Record<string, Buffer>
  /** Other answers of the same run, scripted. */
  alongside?: Partial<Record<RouteName, FaultStep[]>>
  setup?(sim: XSimulator): void
  expect: Expected
  /** Another change gives this answer a more specific diagnosis; until it lands, this reading asserts today's. */
  pending?: string
}

export interface Decision {
  simulator: Reproduction
  action: Reading[] | NotReceived
}

const as = (c: Credentials) => ({ oauth1: c })
const ask = (sim: XSimulator, request: SimRequest) => simRequest(sim.url, request)
const bearer = (token: string) => ({ bearer: token })
const basicClient = { basic: { username: OAUTH2_CONFIDENTIAL.clientId, password: OAUTH2_CONFIDENTIAL.clientSecret } }
/** The scopes of the recorded refresh, in its order: enough to verify, not to post. */
const RECORDED_REFRESH_SCOPES = ['users.read', 'tweet.read', 'offline.access']

/** A user token of @release_bot for the confidential client, as a past consent left it. */
function grant(sim: XSimulator, scopes = RECORDED_REFRESH_SCOPES): { accessToken: string; refreshToken: string } {
  const { accessToken, refreshToken } = sim.grantOAuth2(OAUTH2_CONFIDENTIAL.clientId, SAMPLE_ACCOUNT.id, scopes)
  return { accessToken, refreshToken: refreshToken! }
}

/** A refresh at /2/oauth2/token: the form, and the Basic credential of the client unless `auth` says otherwise. */
const refresh = (sim: XSimulator, form: Record<string, string>, auth: SimRequest['auth'] | 'none' = basicClient) =>
  ask(sim, { method: 'POST', path: '/2/oauth2/token', form: { grant_type: 'refresh_token', ...form }, auth: auth === 'none' ? undefined : auth })

/** An account of the record, with a token of `level` on the App "main". */
function seedAccount(sim: XSimulator, account: SimAccount, level: 'read-write' | 'read-write-directmessages'): Credentials {
  sim.addAccount(account)
  const keys = { ...SAMPLE, accessToken: `${account.id}-k3xZ7wQ2vN8pL4mT9rY6sB1cF5hJ0d`, accessSecret: 'Tq8mW3zK6pX1nV4rB7yL2sH9cJ5fD0gA3kE8uN6wQ1zR4' }
  sim.addToken({ token: keys.accessToken, secret: keys.accessSecret, app: 'main', userId: account.id, accessLevel: level })
  return keys
}

const app = (sim: XSimulator, name: string) => sim.apps.get(name)!

/** The answers a run meets beside the replayed one. */
const USERS_ME_401: FaultStep[] = [{ status: 401, body: unauthorized().body }]
const TOKEN_CODE_99: FaultStep[] = [{ status: 403, body: tokenEndpointRefused().body }]
const USERS_ME_429: FaultStep[] = [{ tooManyRequests: { resetInSeconds: 900 } }]

const TWEET = { tweet: 'Release 1.2.3 is out.' }
/** A still image small enough for the one-shot upload. */
const IMAGE = { files: { 'shot.png': png(16, 16, 1) }, inputs: { ...TWEET, media: 'shot.png' } }
/** A still image over one chunk (4 MiB), under X's 5 MB: it goes through initialize, append and finalize. */
const CHUNKED_IMAGE = { files: { 'photo.jpg': jpeg(682, 1024, 4_500_000) }, inputs: { ...TWEET, media: 'photo.jpg' } }
const digits = (n: string) => new RegExp(`^\\d{${n}}$`)

/** The bearer token of X's documentation page (real, decommissioned). */
const DOCUMENTED_BEARER = 'AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F'

/** "cap 3,000,000 usage 0", as the source summarised the body. */
const SUMMARISED_USAGE = { body: { data: { cap_reset_day: 2, project_cap: '3000000', project_id: '1281043626347900822499', project_usage: '0' } } }

const UNSUPPORTED_FOR_USER_TOKENS =
  'Authenticating with OAuth 2.0 User Context is forbidden for this endpoint.  Supported authentication types are [OAuth 2.0 Application-Only].'

export const DECISIONS: Record<string, Decision> = {
  'oauth1-post-401-unauthorized': {
    simulator: {
      how: 'A post signed with an access token that was regenerated since (revoked).',
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(REVOKED) })
    },
    action: [
      {
        how: 'The token is revoked between the check and the post: users/me accepted it, POST /2/tweets answers this.',
        route: 'tweets',
        inputs: TWEET,
        expect: { errors: ['oauth-rejected'], outputs: { verified: 'true', posted: 'false' } }
      }
    ]
  },

  'oauth2-user-expired-401-no-rate-headers': {
    simulator: {
      how: "X's 401 is the same whatever credential it refuses (it does not depend on the auth kind): a revoked OAuth 1.0a token on GET /2/users/me.",
      ask: (sim) => ask(sim, { path: '/2/users/me', auth: as(REVOKED) })
    },
    action: [
      {
        how: 'users/me answers this 401, without rate-limit headers: the access token is refused, never read as an exhausted window.',
        route: 'users/me',
        expect: { errors: ['access-token-rejected'], outputs: { verified: 'false', 'access-level': '' } }
      }
    ]
  },

  'users-me-200-oauth1-rwdm': {
    simulator: {
      how: 'The recorded account with a read + write + DMs token on GET /2/users/me; the client asks for gzip, as the recording client did; api-version and a UTC Date as recorded.',
      options: { apiVersion: '2.32', dateZone: 'UTC' },
      ask: (sim) => {
        const keys = seedAccount(sim, { id: '1072250532645998596', name: 'Tweepy Testing', username: 'TweepyDev' }, 'read-write-directmessages')
        return ask(sim, { path: '/2/users/me', auth: as(keys), headers: { 'accept-encoding': 'gzip' } })
      }
    },
    action: [
      {
        how: 'users/me answers this 200 (with its Date ending in UTC): verified, a DM-capable token can post, and the clock is read.',
        route: 'users/me',
        inputs: TWEET,
        expect: {
          errors: [],
          warnings: [],
          outputs: { verified: 'true', username: 'TweepyDev', 'access-level': 'read-write-directmessages', posted: 'true' },
          summary: /Clock \| ✅ \| Within \d+ s of X's clock/
        }
      }
    ]
  },

  'users-me-200-measured-2026': {
    simulator: {
      how: 'The recorded (placeholder) account on GET /2/users/me, api-version as recorded.',
      options: { apiVersion: '2.168' },
      ask: (sim) => {
        const keys = seedAccount(sim, { id: '20638500000000000000', name: 'Account Name', username: 'account_handle' }, 'read-write')
        return ask(sim, { path: '/2/users/me', auth: as(keys) })
      }
    },
    action: [
      {
        how: 'users/me answers this 200; the record shows two headers only, and the same probe saw x-access-level read-write, so the replay adds it.',
        route: 'users/me',
        completion: { headers: { 'x-access-level': 'read-write' } },
        expect: { errors: [], warnings: [], outputs: { verified: 'true', 'user-id': '20638500000000000000', 'access-level': 'read-write' } }
      }
    ]
  },

  'oauth2-token-403-code-99': {
    simulator: {
      how: 'POST /oauth2/token with the API key and a wrong API secret.',
      ask: (sim) =>
        ask(sim, { path: '/oauth2/token', form: { grant_type: 'client_credentials' }, auth: { basic: { username: SAMPLE.apiKey, password: 'x'.repeat(50) } } })
    },
    action: [
      {
        how: 'Nothing else proves the keys (users/me answers 401 too): the API key and secret are rejected.',
        route: 'oauth2/token',
        alongside: { 'users/me': USERS_ME_401 },
        expect: { errors: ['consumer-keys-rejected'], outputs: { verified: 'false' } }
      },
      {
        how: 'users/me accepts the keys: code 99 is the throttled token endpoint (parallel matrix jobs), a warning, never "regenerate".',
        route: 'oauth2/token',
        expect: { errors: [], warnings: ['bearer-not-compared'], outputs: { verified: 'true', 'app-consistent': '' } }
      },
      {
        how: 'users/me is rate limited too (parallel jobs): the 429 came after X authenticated the keys, so they are not rejected.',
        route: 'oauth2/token',
        alongside: { 'users/me': USERS_ME_429 },
        expect: { errors: ['access-level-unknown'], warnings: ['bearer-not-compared'] }
      }
    ]
  },

  'oauth2-token-200-bearer': {
    simulator: {
      how: 'POST /oauth2/token with the keys of an App whose bearer token is the documented one.',
      ask: (sim) => {
        const keys = { apiKey: 'Dq4ZrM8xWn2TbK6vLp0Ys9HcE', apiSecret: 'nR7vB2kQ9mX4wT8zL1pY6sH3cJ0fD5gA2eN7uK4rW9qZ1tM6xB' }
        sim.addApp({ name: 'docs', consumerKey: keys.apiKey, consumerSecret: keys.apiSecret, bearerToken: DOCUMENTED_BEARER })
        return ask(sim, {
          path: '/oauth2/token',
          form: { grant_type: 'client_credentials' },
          auth: { basic: { username: keys.apiKey, password: keys.apiSecret } }
        })
      }
    },
    action: [
      {
        how: 'The token endpoint answers this 200, no bearer token given: the keys pass, and the returned token is masked on arrival.',
        route: 'oauth2/token',
        credentials: { ...SAMPLE, bearerToken: undefined },
        expect: { errors: [], warnings: [], outputs: { verified: 'true' }, masked: [DOCUMENTED_BEARER] }
      },
      {
        how: "The same answer while bearer-token holds another App's (valid) token: it is not the App's.",
        route: 'oauth2/token',
        expect: { errors: ['bearer-other-app'], outputs: { 'bearer-valid': 'true', 'app-consistent': 'false' } }
      }
    ]
  },

  'usage-tweets-200-pay-per-use': {
    simulator: {
      how: "GET /2/usage/tweets with the App's bearer, its Project set to the recorded cap, usage and reset day.",
      options: { apiVersion: '2.168' },
      ask: (sim) => {
        Object.assign(app(sim, 'main'), { capResetDay: 2, projectCap: 3_000_000, projectUsage: 0 })
        return ask(sim, { path: '/2/usage/tweets', auth: bearer(SAMPLE.bearerToken) })
      }
    },
    action: [
      {
        how: 'usage/tweets answers this 200: the bearer token is valid, and the usage (strings) is shown.',
        route: 'usage/tweets',
        expect: { errors: [], warnings: [], outputs: { 'bearer-valid': 'true' }, summary: /0 of 3,000,000 posts this month \(0\.0 %\) · resets on day 2/ }
      }
    ]
  },

  'usage-tweets-401-bad-bearer': {
    simulator: {
      how: 'GET /2/usage/tweets with a bearer token X never issued.',
      ask: (sim) => ask(sim, { path: '/2/usage/tweets', auth: bearer(SAMPLE.bearerToken.slice(0, -6) + 'QQQQQQ') })
    },
    action: [
      {
        how: "usage/tweets answers this 401 (the record shows the status only; the body is X's usual 401): the bearer token is rejected.",
        route: 'usage/tweets',
        completion: { body: unauthorized().body },
        expect: { errors: ['bearer-rejected'], outputs: { 'bearer-valid': 'false' } }
      }
    ]
  },

  'usage-tweets-403-oauth2-user': {
    simulator: {
      how: 'GET /2/usage/tweets with a valid OAuth 2.0 user access token of @release_bot where the App bearer belongs.',
      ask: (sim) => ask(sim, { path: '/2/usage/tweets', auth: bearer(grant(sim).accessToken) })
    },
    action: [
      {
        how: "An OAuth 2.0 user access token in bearer-token: usage/tweets answers this 403 (the record quotes its detail's end; the rest is X's unsupported-authentication envelope).",
        route: 'usage/tweets',
        completion: {
          body: {
            title: 'Unsupported Authentication',
            detail: UNSUPPORTED_FOR_USER_TOKENS,
            type: 'https://api.x.com/2/problems/unsupported-authentication',
            status: 403
          }
        },
        expect: { errors: ['bearer-is-user-token'], outputs: { 'bearer-valid': 'false' } }
      }
    ]
  },

  'usage-tweets-200-credits-depleted': {
    simulator: {
      how: 'GET /2/usage/tweets with the bearer token of an App whose credits are depleted.',
      ask: (sim) => ask(sim, { path: '/2/usage/tweets', auth: bearer(DEPLETED.bearerToken) })
    },
    action: [
      {
        how: 'usage/tweets answers this 200 (body as the source summarised it): it proves the bearer token and says nothing of credits.',
        route: 'usage/tweets',
        completion: SUMMARISED_USAGE,
        expect: { errors: [], warnings: [], outputs: { 'bearer-valid': 'true', verified: 'true' } }
      },
      {
        how: 'The same 200 for an App with no credits: the bearer passes, and users/me (402) names the credits.',
        route: 'usage/tweets',
        completion: SUMMARISED_USAGE,
        credentials: DEPLETED,
        expect: { errors: ['credits-depleted'], outputs: { 'bearer-valid': 'true', verified: 'false' } }
      }
    ]
  },

  'app-bearer-unsupported-authentication': {
    simulator: {
      how: "The App's bearer token on GET /2/users/me (a user-context endpoint), problem type on the recorded host.",
      options: { problemHost: 'api.twitter.com' },
      ask: (sim) => ask(sim, { path: '/2/users/me', auth: bearer(SAMPLE.bearerToken) })
    },
    action: [
      {
        how: 'The action sends the bearer token only to usage/tweets; users/me answering this (a proxy, a changed X) is read as the wrong kind of credential.',
        route: 'users/me',
        expect: { errors: ['unsupported-authentication'], outputs: { verified: 'false' } }
      }
    ]
  },

  'client-not-enrolled-api-twitter-com': {
    simulator: {
      how: "The bearer token of an App outside a Project on GET /2/usage/tweets (the record's tweet lookup is not simulated; such an App gets this body on every v2 endpoint).",
      options: { problemHost: 'api.twitter.com' },
      ask: (sim) => ask(sim, { path: '/2/usage/tweets', auth: bearer(UNENROLLED.bearerToken) }),
      hold: { forms: { client_id: digits('1,19') } }
    },
    action: [
      {
        how: 'usage/tweets answers this 403: X identified the App, so the bearer token is valid, and the App is not enrolled.',
        route: 'usage/tweets',
        expect: { errors: ['client-not-enrolled'], outputs: { 'bearer-valid': 'true' } }
      },
      {
        how: 'users/me answers it while the token endpoint is throttled (code 99): the keys authenticated, so only the enrolment is named.',
        route: 'users/me',
        alongside: { 'oauth2/token': TOKEN_CODE_99 },
        expect: { errors: ['client-not-enrolled'], warnings: ['bearer-not-compared'] }
      }
    ]
  },

  'client-not-enrolled-api-x-com': {
    simulator: {
      how: 'An App in a Project whose package lacks the endpoint, its window reported as 40000 (posting here, analytics in the record; the answer does not depend on the auth kind: OAuth 1.0a).',
      ask: (sim) => {
        app(sim, 'wrong-package').windowLimit = 40_000
        return ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(WRONG_PACKAGE) })
      }
    },
    action: [
      {
        how: 'The check passes and POST /2/tweets answers this (whole body as X sends it): the App sits in the wrong package, the keys are fine.',
        route: 'tweets',
        inputs: TWEET,
        completion: {
          body: {
            type: 'https://api.x.com/2/problems/client-forbidden',
            title: 'Client Forbidden',
            detail:
              'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
            client_id: '28572299',
            reason: 'client-not-enrolled',
            registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
            required_enrollment: 'Appropriate Level of API Access'
          }
        },
        expect: { errors: ['client-not-enrolled'], outputs: { verified: 'true', posted: 'false' } }
      }
    ]
  },

  'oauth1-permissions-read-token': {
    simulator: {
      how: 'A read-only token posts; the App reports its window as 40000, as recorded.',
      ask: (sim) => {
        app(sim, 'main').windowLimit = 40_000
        return ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(READ_ONLY) })
      }
    },
    action: [
      {
        how: 'POST /2/tweets answers this after users/me (the replayed run) said read-write: the token cannot post.',
        route: 'tweets',
        inputs: TWEET,
        expect: { errors: ['access-level-too-low'], outputs: { posted: 'false' } }
      }
    ]
  },

  'user-suspended-403': {
    simulator: {
      how: 'A suspended account posts with OAuth 1.0a; problem type on the recorded host.',
      options: { problemHost: 'api.twitter.com' },
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(SUSPENDED) })
    },
    action: [
      {
        how: 'POST /2/tweets answers this: the account is suspended; nothing in the keys will fix it.',
        route: 'tweets',
        inputs: TWEET,
        expect: { errors: ['user-suspended'], outputs: { posted: 'false' } }
      },
      {
        how: 'users/me answers it while the token endpoint is throttled (code 99): the credentials authenticated, only the suspension is named.',
        route: 'users/me',
        alongside: { 'oauth2/token': TOKEN_CODE_99 },
        expect: { errors: ['user-suspended'], warnings: ['bearer-not-compared'], outputs: { verified: 'false' } }
      }
    ]
  },

  'oauth2-refresh-200': {
    simulator: {
      how: "A confidential client refreshes a live refresh token granted the record's scopes, Basic client_id:client_secret and client_id in the form.",
      ask: (sim) => refresh(sim, { refresh_token: grant(sim).refreshToken, client_id: OAUTH2_CONFIDENTIAL.clientId })
    },
    action: [
      {
        how: "A scheduled OAuth 2.0 check whose consent granted the record's scopes: the simulator's own answer is the record (simulator.test.ts holds it there); with `permission: read` those scopes suffice. The action stores the new refresh token, masks both, verifies.",
        oauth2: { scopes: RECORDED_REFRESH_SCOPES },
        inputs: { permission: 'read' },
        expect: { errors: [], outputs: { verified: 'true' } }
      },
      {
        how: "The same consent asked to post: the refresh answer's scope lacks tweet.write, so the action stops before POST /2/tweets (the new refresh token stored all the same).",
        oauth2: { scopes: RECORDED_REFRESH_SCOPES },
        inputs: TWEET,
        expect: { errors: ['oauth2-scope-missing'], outputs: { posted: 'false' } }
      }
    ]
  },
  'oauth2-refresh-invalid-token-400': {
    simulator: {
      how: 'A refresh with a refresh token that an earlier refresh already rotated away.',
      ask: async (sim) => {
        const { refreshToken } = grant(sim)
        await refresh(sim, { refresh_token: refreshToken, client_id: OAUTH2_CONFIDENTIAL.clientId })
        return refresh(sim, { refresh_token: refreshToken, client_id: OAUTH2_CONFIDENTIAL.clientId })
      }
    },
    action: [
      {
        how: 'The refresh at /2/oauth2/token answers this: the refresh token is dead; only a new authorisation helps, and the secret keeps its value.',
        route: 'oauth2/user-token',
        oauth2: {},
        expect: { errors: ['oauth2-refresh-token-invalid'], outputs: { verified: 'false' }, requests: 1 }
      }
    ]
  },
  'oauth2-missing-auth-header-401': {
    simulator: {
      how: 'A refresh for the confidential client with client_id in the form and no Authorization header.',
      ask: (sim) => refresh(sim, { refresh_token: grant(sim).refreshToken, client_id: OAUTH2_CONFIDENTIAL.clientId }, 'none')
    },
    action: [
      {
        how: 'The refresh answers this (X takes the App for a confidential client and the client secret is missing or wrong): the client secret is named, not the refresh token.',
        route: 'oauth2/user-token',
        oauth2: {},
        expect: { errors: ['oauth2-client-rejected'], outputs: { verified: 'false' }, requests: 1 }
      }
    ]
  },
  'oauth2-missing-client-id-400': {
    simulator: {
      how: 'A refresh with a valid Basic client_id:client_secret and no client_id in the form.',
      ask: (sim) => refresh(sim, { refresh_token: grant(sim).refreshToken })
    },
    action: [
      {
        how: "The refresh answers this (the action always sends client_id, so something between removed it): X's own error and description are shown.",
        route: 'oauth2/user-token',
        oauth2: {},
        expect: {
          errors: ['oauth2-token-refused'],
          outputs: { verified: 'false' },
          summary: /Missing required parameter \\\[client_id\\\]\. \(error invalid_request\)/,
          requests: 1
        }
      }
    ]
  },

  'credits-depleted-402-post': {
    simulator: {
      how: 'An App without credits posts (the answer does not depend on the auth kind: OAuth 1.0a).',
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(DEPLETED) })
    },
    action: [
      {
        how: 'The credits run out between the check and the first post: POST /2/tweets answers this.',
        route: 'tweets',
        inputs: { tweet: 'Part one.\n---\nPart two.' },
        expect: { errors: ['credits-depleted'], outputs: { posted: 'false', 'tweet-ids': '[]' } }
      }
    ]
  },

  'usage-capped-429': {
    simulator: {
      how: "An App over its usage cap reads GET /2/users/me (the read the action makes; the record's was liked posts): the cap blocks reads; window 40000 as recorded, problem type on the recorded host, OAuth 1.0a (the answer does not depend on the auth kind).",
      options: { problemHost: 'api.twitter.com' },
      ask: (sim) => {
        Object.assign(app(sim, 'capped'), { usageCapped: 'all', windowLimit: 40_000 })
        return ask(sim, { path: '/2/users/me', auth: as(CAPPED) })
      }
    },
    action: [
      {
        how: 'users/me answers this with rate-limit-wait-seconds at 900: a cap, not a window, so the action fails at once with the fix and never waits.',
        route: 'users/me',
        inputs: { 'rate-limit-wait-seconds': '900' },
        alongside: { 'oauth2/token': TOKEN_CODE_99 },
        expect: { errors: ['usage-capped'], warnings: ['bearer-not-compared'], requests: 1, outputs: { verified: 'false' } }
      },
      {
        how: 'POST /2/tweets answers it: the post fails at once with the cap, not waited on.',
        route: 'tweets',
        inputs: { ...TWEET, 'rate-limit-wait-seconds': '900' },
        expect: { errors: ['usage-capped'], requests: 1, outputs: { posted: 'false' } }
      }
    ]
  },

  'too-many-requests-429-users-me': {
    simulator: {
      how: 'GET /2/users/me?user.fields=id after its window is used up.',
      ask: (sim) => {
        sim.rateLimit('users/me', { resetInSeconds: 900 })
        return ask(sim, { path: '/2/users/me?user.fields=id', auth: as(SAMPLE) })
      }
    },
    action: [
      {
        how: 'users/me answers this (no headers, as recorded) while the token endpoint is throttled: the credentials authenticated; only the access level is unknown.',
        route: 'users/me',
        alongside: { 'oauth2/token': TOKEN_CODE_99 },
        expect: { errors: ['access-level-unknown'], warnings: ['bearer-not-compared'], outputs: { verified: 'false' } }
      }
    ]
  },

  'post-pay-per-use-no-24h-headers': {
    simulator: {
      how: 'A post on a fresh window: only the 15-minute headers, no 24-hour ones.',
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(SAMPLE) })
    },
    action: [
      {
        how: 'POST /2/tweets answers with these headers (status and body not recorded: the 201 of a created post): posted.',
        route: 'tweets',
        inputs: TWEET,
        completion: {
          status: 201,
          body: { data: { edit_history_tweet_ids: ['2043757607970619474'], id: '2043757607970619474', text: 'Release 1.2.3 is out.' } }
        },
        expect: { errors: [], warnings: [], outputs: { posted: 'true', 'tweet-id': '2043757607970619474' } }
      }
    ]
  },

  'duplicate-content-403': {
    simulator: {
      how: 'The same text posted twice by one account; the second answer.',
      ask: async (sim) => {
        await ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(SAMPLE) })
        return ask(sim, { path: '/2/tweets', json: { text: 'Release 1.2.3 is out.' }, auth: as(SAMPLE) })
      }
    },
    action: [
      {
        how: 'POST /2/tweets answers this (a re-run): already posted, skipped as on-duplicate: skip says.',
        route: 'tweets',
        inputs: TWEET,
        expect: { errors: [], warnings: ['duplicate-skipped'], outputs: { duplicate: 'true', posted: 'false' }, requests: 1 }
      },
      {
        how: 'The same with on-duplicate: fail.',
        route: 'tweets',
        inputs: { ...TWEET, 'on-duplicate': 'fail' },
        expect: { errors: ['duplicate-content'], requests: 1 }
      }
    ]
  },

  'reply-not-summoned-403': {
    simulator: {
      how: 'A reply to a stranger’s post that did not mention or engage the account.',
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'Thanks!', reply: { in_reply_to_tweet_id: UNSUMMONED_POST_ID } }, auth: as(SAMPLE) })
    },
    action: [
      {
        how: 'POST /2/tweets answers this to a reply-to: the reply is not allowed; not a credentials problem.',
        route: 'tweets',
        inputs: { ...TWEET, 'reply-to': UNSUMMONED_POST_ID },
        expect: { errors: ['reply-not-allowed'], outputs: { verified: 'true', posted: 'false' } }
      }
    ]
  },

  'quote-not-allowed-403': {
    simulator: {
      how: 'A quote from a self-serve App (quote posts need an Enterprise plan since 2026-04-16; the record shows the detail only).',
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'Look at this', quote_tweet_id: UNSUMMONED_POST_ID }, auth: as(SAMPLE) }),
      hold: { partialBody: true }
    },
    action: [
      {
        how: "POST /2/tweets answers this to a quote (envelope completed as X's other policy refusals): refused, X's own detail shown.",
        route: 'tweets',
        inputs: { ...TWEET, quote: UNSUMMONED_POST_ID },
        completion: {
          body: {
            detail:
              'Quoting this post is not allowed because you have not been mentioned or are not part of the conversation thread of the post you are quoting.',
            type: 'about:blank',
            title: 'Forbidden',
            status: 403
          }
        },
        expect: { errors: ['quote-not-allowed'], outputs: { posted: 'false' } }
      }
    ]
  },

  'text-too-long-400': {
    simulator: {
      how: 'A post of 281 weighted characters (the record shows errors[0].message only).',
      ask: (sim) => ask(sim, { path: '/2/tweets', json: { text: 'a'.repeat(281) }, auth: as(SAMPLE) }),
      hold: { partialBody: true }
    },
    action: [
      {
        how: "A text the action's own count accepts and X counts longer (new emoji): POST /2/tweets answers this.",
        route: 'tweets',
        inputs: TWEET,
        expect: { errors: ['text-too-long'], outputs: { posted: 'false' } }
      }
    ]
  },

  'post-201-created-2021': {
    simulator: {
      how: 'A DM-capable token posts "Test Tweet" as in 2021: no edit-history array, window 200, api-version and host of then.',
      options: { editHistoryKey: null, problemHost: 'api.twitter.com', apiVersion: '2.28' },
      ask: (sim) => {
        app(sim, 'main').windowLimit = 200
        return ask(sim, { path: '/2/tweets', json: { text: 'Test Tweet' }, auth: as(DM) })
      },
      hold: { forms: { 'data.id': digits('19') } }
    },
    action: [
      {
        how: 'POST /2/tweets answers this 201: posted, its id read from data.id.',
        route: 'tweets',
        inputs: { tweet: 'Test Tweet' },
        expect: { errors: [], warnings: [], outputs: { posted: 'true', 'tweet-id': '1456012973835788293' } }
      }
    ]
  },

  'delete-tweet-200': {
    simulator: {
      how: 'The DM-capable token deletes the post it just made (api-version of then).',
      options: { apiVersion: '2.28' },
      ask: async (sim) => {
        const created = await ask(sim, { path: '/2/tweets', json: { text: 'Test Tweet' }, auth: as(DM) })
        const { id } = (created.body as { data: { id: string } }).data
        return ask(sim, { method: 'DELETE', path: `/2/tweets/${id}`, auth: as(DM) })
      }
    },
    action: [
      {
        how: 'The rollback of a post the DM-capable token made: DELETE /2/tweets/:id answers this 200, so the post is deleted and named in deleted-ids.',
        route: 'tweets/delete',
        credentials: DM,
        setup: (sim) => {
          sim.reserveNextId('1456012973835788293')
          sim.addPost({ authorId: DM_ACCOUNT.id, text: 'Test Tweet' })
        },
        inputs: { delete: '1456012973835788293' },
        expect: { errors: [], warnings: [], outputs: { verified: 'true', 'deleted-ids': '["1456012973835788293"]' }, requests: 1 }
      }
    ]
  },

  'media-one-shot-upload-200': {
    simulator: {
      how: 'A 16×16 PNG in one multipart request (size is X’s own count, compared by form; ids are placeholders in the record).',
      options: { apiVersion: '2.168' },
      ask: (sim) => ask(sim, { path: '/2/media/upload', multipart: { media_category: 'tweet_image', media: png(16, 16, 7) }, auth: as(SAMPLE) }),
      hold: { forms: { 'data.id': digits('19,20'), 'data.media_key': /^3_\d{19,20}$/, 'data.size': (v) => Number.isInteger(v) } }
    },
    action: [
      {
        how: 'A still image of one chunk goes up in one request: the action keeps data.id alone (the record’s id is a placeholder X would not take back, so the replay gives a real one) and posts with it.',
        route: 'media/upload',
        setup: (sim) => sim.reserveNextId('2096370000000000000'),
        completion: {
          body: {
            data: {
              expires_after_secs: 86400,
              id: '2096370000000000000',
              image: { h: 16, image_type: 'image/png', w: 16 },
              media_key: '3_2096370000000000000',
              size: 100
            }
          }
        },
        hold: { forms: { 'data.id': digits('19,20'), 'data.media_key': /^3_\d{19,20}$/ } },
        files: IMAGE.files,
        inputs: IMAGE.inputs,
        expect: { errors: [], warnings: [], outputs: { posted: 'true' } }
      }
    ]
  },

  'media-finalize-201': {
    simulator: {
      how: 'A 682×1024 JPEG of the recorded size through the command form (INIT, APPEND, FINALIZE on /2/media/upload).',
      ask: async (sim) => {
        const file = jpeg(682, 1024, 174_575)
        const init = await ask(sim, {
          path: `/2/media/upload?command=INIT&media_type=image%2Fjpeg&total_bytes=${file.length}&media_category=tweet_image`,
          method: 'POST',
          auth: as(SAMPLE)
        })
        const { id } = (init.body as { data: { id: string } }).data
        await ask(sim, { path: `/2/media/upload?command=APPEND&media_id=${id}&segment_index=0`, multipart: { media: file }, auth: as(SAMPLE) })
        return ask(sim, { path: `/2/media/upload?command=FINALIZE&media_id=${id}`, method: 'POST', auth: as(SAMPLE) })
      },
      hold: { forms: { 'data.id': digits('19'), 'data.media_key': /^3_\d{19}$/ } }
    },
    action: [
      {
        how: 'Finalize answers this (201, an image with no processing_info) to an image over one chunk: nothing to poll, the image is attached and posted.',
        route: 'media/finalize',
        setup: (sim) => sim.reserveNextId('1920164881153900544'),
        files: CHUNKED_IMAGE.files,
        inputs: CHUNKED_IMAGE.inputs,
        expect: { errors: [], warnings: [], outputs: { posted: 'true' } }
      }
    ]
  },

  'media-finalize-without-json-body': {
    simulator: {
      how: 'Finalize with no body at all (the answer does not depend on the auth kind: OAuth 1.0a).',
      ask: async (sim) => {
        const init = await ask(sim, { path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: 3 }, auth: as(SAMPLE) })
        const { id } = (init.body as { data: { id: string } }).data
        await ask(sim, { path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: Buffer.from('png') }, auth: as(SAMPLE) })
        return ask(sim, { path: `/2/media/upload/${id}/finalize`, method: 'POST', auth: as(SAMPLE) })
      }
    },
    action: [
      {
        how: 'The action’s own finalize sends `{}`: an image post goes through the simulator, which refuses a finalize without a JSON object.',
        files: CHUNKED_IMAGE.files,
        inputs: CHUNKED_IMAGE.inputs,
        expect: { errors: [], warnings: [], outputs: { posted: 'true' } }
      },
      {
        how: 'Were finalize to answer this (status and envelope completed as X’s invalid-request), the upload fails naming X’s text.',
        route: 'media/finalize',
        completion: {
          status: 400,
          body: {
            errors: [{ message: 'Request body must be a JSON object.' }],
            title: 'Invalid Request',
            detail: 'One or more parameters to your request was invalid.',
            type: 'https://api.x.com/2/problems/invalid-request'
          }
        },
        files: CHUNKED_IMAGE.files,
        inputs: CHUNKED_IMAGE.inputs,
        expect: { errors: ['media-failed'], outputs: { posted: 'false' } }
      }
    ]
  },

  'media-initialize-docs-example': {
    simulator: {
      how: 'INIT of a 1 MiB amplify_video through the command form, as documented.',
      ask: (sim) =>
        ask(sim, {
          path: '/2/media/upload?command=INIT&media_type=video%2Fmp4&total_bytes=1048576&media_category=amplify_video',
          method: 'POST',
          auth: as(SAMPLE)
        }),
      hold: { forms: { 'data.id': digits('19'), 'data.media_key': /^13_\d{19}$/ } }
    },
    action: [
      {
        how: 'Initialize answers this (status not shown: 200) for an image: the action keeps data.id alone and uploads under it.',
        route: 'media/initialize',
        setup: (sim) => sim.reserveNextId('1880028106020515840'),
        completion: { status: 200 },
        files: CHUNKED_IMAGE.files,
        inputs: CHUNKED_IMAGE.inputs,
        expect: { errors: [], warnings: [], outputs: { posted: 'true' } }
      }
    ]
  }
}
