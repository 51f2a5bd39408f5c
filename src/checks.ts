/**
 * The verification: three independent requests sent at once (one round trip),
 * then read together, because each answer explains the others — a 401 on
 * users/me means one thing when /oauth2/token accepted the API key and
 * another when it did not.
 */
import { type Credentials } from './credentials.js'
import { finding, type Finding } from './diagnoses.js'
import { levelRank, type AccessLevel } from './inputs.js'
import type { Secret } from './secret.js'
import type { XApi, XResponse, XUsage, XUser } from './x/api.js'
import { diagnoseXError } from './x/diagnose.js'
import { XApiError } from './x/errors.js'
import { formatReset, rateLimitReset } from './x/retry.js'

export type Verdict = 'pass' | 'fail' | 'warn' | 'skip'
export type CheckId = 'consumer-keys' | 'access-token' | 'access-level' | 'account' | 'bearer' | 'app-consistency' | 'clock'

export interface CheckRow {
  id: CheckId
  label: string
  verdict: Verdict
  /** One line: what was found, or why it failed. */
  detail: string
}

export interface Usage {
  cap?: number
  used?: number
  resetDay?: number
  projectId?: string
}

export interface Verification {
  rows: CheckRow[]
  /** Errors and warnings, each with its diagnosis, in the order of the rows. */
  findings: Finding[]
  verified: boolean
  user?: XUser
  accessLevel?: string
  /** `undefined` when not known (no bearer, or X could not say). */
  bearerValid?: boolean
  appConsistent?: boolean
  usage?: Usage
  /** Local clock minus X's, in seconds. */
  clockSkewSeconds?: number
}

export interface VerifyOptions {
  credentials: Credentials
  /** The least level the token must have, already raised to read-write when posting. */
  requiredLevel: AccessLevel
  /** Why that level is required, e.g. "`permission` is read-write". */
  requiredBecause: string
  expectUsername?: string
  /** Format observations from the offline lint, shown only when the related check fails. */
  hints: Finding[]
  /** Masks a secret the moment it arrives (the App's bearer token from /oauth2/token). */
  onSecret: (value: string) => void
  now?: () => number
}

/** Beyond this, a failed OAuth signature is blamed on the clock. X's own window is undocumented. */
export const CLOCK_SKEW_LIMIT_SECONDS = 120

type Outcome<T> = { ok: true; value: XResponse<T> } | { ok: false; error: XApiError } | { ok: false; error?: undefined; skipped: true }

async function settle<T>(promise: Promise<XResponse<T>> | undefined): Promise<Outcome<T>> {
  if (!promise) return { ok: false, skipped: true }
  try {
    return { ok: true, value: await promise }
  } catch (error) {
    if (error instanceof XApiError) return { ok: false, error }
    throw error
  }
}

export async function verify(api: XApi, o: VerifyOptions): Promise<Verification> {
  const c = o.credentials
  const bearer = c.bearerToken
  const [token, me, usage] = await Promise.all([
    settle(
      api.oauth2Token(c.apiKey, c.apiSecret).then((r) => {
        if (typeof r.data.access_token === 'string' && r.data.access_token) o.onSecret(r.data.access_token)
        return r
      })
    ),
    settle(api.usersMe(c)),
    settle(bearer ? api.usageTweets(bearer) : undefined)
  ])
  const now = o.now ?? Date.now
  const skew = clockSkew(api.lastServerDate, now())
  return interpret({ token, me, usage, skew, bearer }, o)
}

function clockSkew(serverDate: string | undefined, localMs: number): number | undefined {
  const server = serverDate ? Date.parse(serverDate) : NaN
  return Number.isNaN(server) ? undefined : Math.round((localMs - server) / 1000)
}

interface Answers {
  token: Outcome<{ token_type?: string; access_token?: string }>
  me: Outcome<XUser>
  usage: Outcome<XUsage>
  skew?: number
  bearer?: Secret
}

function interpret(a: Answers, o: VerifyOptions): Verification {
  const rows: CheckRow[] = []
  const findings: Finding[] = []
  const row = (id: CheckId, label: string, verdict: Verdict, detail: string, ...found: Finding[]) => {
    rows.push({ id, label, verdict, detail })
    findings.push(...found)
  }
  const hintsFor = (...inputs: string[]) => o.hints.filter((h) => h.subject && inputs.includes(h.subject)).map((h) => ({ ...h, severity: 'error' as const }))
  const skewed = a.skew !== undefined && Math.abs(a.skew) > CLOCK_SKEW_LIMIT_SECONDS
  const out: Verification = { rows, findings, verified: false, clockSkewSeconds: a.skew }

  // API key and secret, on their own.
  const appBearer = a.token.ok && a.token.value.data.token_type === 'bearer' ? a.token.value.data.access_token : undefined
  const keysRejected = !a.token.ok && a.token.error?.status === 403 && a.token.error.info.code === 99
  if (appBearer) {
    row('consumer-keys', 'API key and secret', 'pass', "Accepted: X issued the App's bearer token for them.")
  } else if (a.token.ok) {
    row(
      'consumer-keys',
      'API key and secret',
      'warn',
      'POST /oauth2/token answered without a bearer token.',
      finding('bearer-not-compared', 'POST /oauth2/token answered 200 without a bearer token.', 'api-key')
    )
  } else if (keysRejected && a.me.ok) {
    // Code 99 also means "asked too often"; users/me just proved the keys work.
    row(
      'consumer-keys',
      'API key and secret',
      'warn',
      'Accepted by users/me; /oauth2/token refused (code 99, which X also sends when it is called too often).',
      finding(
        'bearer-not-compared',
        `${a.token.error?.message} GET /2/users/me accepted the API key, so X most likely throttled /oauth2/token; the bearer token could not be compared with the App's.`,
        'api-key'
      )
    )
  } else if (keysRejected) {
    row(
      'consumer-keys',
      'API key and secret',
      'fail',
      'Rejected by X (POST /oauth2/token: 403, code 99).',
      finding('consumer-keys-rejected', `${a.token.error?.message} The API key or API secret is wrong, regenerated since, or from a deleted App.`, 'api-key'),
      ...hintsFor('api-key', 'api-secret')
    )
  } else if (a.token.error) {
    const f = diagnoseXError(a.token.error, 'api-key')
    row('consumer-keys', 'API key and secret', 'fail', oneLine(f), f)
  }

  // Access token and secret (GET /2/users/me), and what it tells.
  if (a.me.ok) {
    out.user = a.me.value.data
    out.accessLevel = a.me.value.headers.accessLevel
    row('access-token', 'Access token and secret', 'pass', `Authenticated as @${out.user.username} (id ${out.user.id}).`)
  } else if (a.me.error) {
    const e = a.me.error
    if (e.status === 401 && skewed) {
      row(
        'access-token',
        'Access token and secret',
        'fail',
        "Refused: the runner's clock is off.",
        finding(
          'clock-skew',
          `${e.message} The runner's clock is ${describeSkew(a.skew as number)} X's, beyond the ${CLOCK_SKEW_LIMIT_SECONDS} s that OAuth 1.0a signatures tolerate here.`,
          'clock'
        )
      )
    } else if (e.status === 401 && keysRejected) {
      row('access-token', 'Access token and secret', 'fail', 'Not usable: the API key and secret they are signed with were rejected.')
    } else if (e.status === 401 && appBearer) {
      row(
        'access-token',
        'Access token and secret',
        'fail',
        'Rejected by X (GET /2/users/me: 401).',
        finding(
          'access-token-rejected',
          `${e.message} The API key and secret are valid, so the access token or access secret is wrong, revoked, or from another App.`,
          'access-token'
        ),
        ...hintsFor('access-token', 'access-secret')
      )
    } else if (e.status === 401) {
      row(
        'access-token',
        'Access token and secret',
        'fail',
        'Rejected by X (GET /2/users/me: 401).',
        finding('oauth-rejected', e.message, 'access-token'),
        ...hintsFor('api-key', 'api-secret', 'access-token', 'access-secret')
      )
    } else if (e.status === 429 && !e.isProblem('usage-capped')) {
      row('access-token', 'Access token and secret', 'pass', 'Authenticated (X rate-limits only requests that authenticated).')
    } else {
      const f = diagnoseXError(e, 'access-token')
      row('access-token', 'Access token and secret', 'fail', oneLine(f), f)
    }
  }

  // Access level against what this run needs.
  if (a.me.ok) {
    const level = out.accessLevel
    if (!level) {
      row(
        'access-level',
        'Access level',
        'fail',
        'X did not send x-access-level.',
        finding(
          'access-level-unknown',
          `GET /2/users/me answered without the x-access-level header, so the token's access level (${o.requiredBecause}) could not be confirmed.`,
          'access-token'
        )
      )
    } else if (levelRank(level) < levelRank(o.requiredLevel)) {
      row(
        'access-level',
        'Access level',
        'fail',
        `\`${level}\`, below \`${o.requiredLevel}\`.`,
        finding(
          'access-level-too-low',
          `The access token has \`${level}\` access, but ${o.requiredBecause}. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.`,
          'access-token'
        )
      )
    } else {
      row('access-level', 'Access level', 'pass', `\`${level}\` (${o.requiredBecause}).`)
    }
  } else if (a.me.error?.status === 429 && !a.me.error.isProblem('usage-capped')) {
    const reset = rateLimitReset(a.me.error)
    const when = reset === undefined ? '' : ` The limit resets at ${formatReset(reset)}.`
    row(
      'access-level',
      'Access level',
      'fail',
      'Unknown: GET /2/users/me was rate limited.',
      finding('access-level-unknown', `${a.me.error.message} The credentials authenticated, but the access level could not be read.${when}`, 'access-token')
    )
  } else {
    row('access-level', 'Access level', 'skip', 'Not checked: the access token did not authenticate.')
  }

  if (o.expectUsername) {
    if (!out.user) {
      row('account', 'Account', 'skip', `Not checked (expected @${o.expectUsername}).`)
    } else if (out.user.username.toLowerCase() === o.expectUsername.toLowerCase()) {
      row('account', 'Account', 'pass', `@${out.user.username} as expected.`)
    } else {
      row(
        'account',
        'Account',
        'fail',
        `@${out.user.username}, expected @${o.expectUsername}.`,
        finding(
          'username-mismatch',
          `The access token belongs to @${out.user.username} (id ${out.user.id}), but \`expect-username\` is @${o.expectUsername}.`,
          'expect-username'
        )
      )
    }
  }

  // Bearer token, app-only.
  if (!a.bearer) {
    row('bearer', 'Bearer token', 'skip', 'Not given: the app-only checks were skipped.')
  } else if (a.usage.ok) {
    out.bearerValid = true
    out.usage = readUsage(a.usage.value.data)
    row('bearer', 'Bearer token', 'pass', 'Accepted (GET /2/usage/tweets).')
  } else if (a.usage.error) {
    const e = a.usage.error
    if (e.status === 401) {
      out.bearerValid = false
      row(
        'bearer',
        'Bearer token',
        'fail',
        'Rejected by X (GET /2/usage/tweets: 401).',
        finding('bearer-rejected', `${e.message} The bearer token is wrong, invalidated, or regenerated since it was stored.`, 'bearer-token'),
        ...hintsFor('bearer-token')
      )
    } else {
      const f = diagnoseXError(e, 'bearer-token')
      row('bearer', 'Bearer token', 'fail', oneLine(f), f)
    }
  }

  // The bearer must be the one X keeps for these API keys.
  if (a.bearer) {
    if (appBearer) {
      out.appConsistent = a.bearer.equals(a.bearer.with(appBearer))
      if (out.appConsistent) {
        row('app-consistency', 'Bearer matches the App', 'pass', 'The bearer token is the one X issues for this API key.')
      } else if (out.bearerValid) {
        row(
          'app-consistency',
          'Bearer matches the App',
          'fail',
          'The bearer token belongs to another App.',
          finding(
            'bearer-other-app',
            `The bearer token is valid, but X issues a different one for this API key (bearer ${a.bearer.fingerprint}, the App's ${fingerprintOf(a.bearer, appBearer)}): it belongs to another App, or was regenerated since.`,
            'bearer-token'
          )
        )
      } else {
        row('app-consistency', 'Bearer matches the App', 'fail', 'The bearer token is not the one X issues for this API key.')
      }
    } else if (!keysRejected || a.me.ok) {
      row('app-consistency', 'Bearer matches the App', 'skip', 'Not compared: /oauth2/token gave no bearer token.')
    } else {
      row('app-consistency', 'Bearer matches the App', 'skip', 'Not compared: the API key and secret were rejected.')
    }
  }

  if (a.skew === undefined) {
    row('clock', 'Clock', 'skip', 'X sent no Date header.')
  } else if (skewed) {
    // A skewed clock that still authenticated is worth knowing; one that did not is already the diagnosis above.
    row('clock', 'Clock', rows.some((r) => r.id === 'access-token' && r.verdict === 'fail') ? 'fail' : 'warn', `${describeSkew(a.skew)} X's clock.`)
  } else {
    row('clock', 'Clock', 'pass', `Within ${Math.abs(a.skew)} s of X's clock.`)
  }

  out.verified = rows.every((r) => r.verdict !== 'fail')
  return out
}

function describeSkew(skew: number): string {
  return skew > 0 ? `${skew} s ahead of` : `${-skew} s behind`
}

function fingerprintOf(like: Secret, value: string): string {
  return like.with(value).fingerprint
}

function oneLine(f: Finding): string {
  return f.message.length > 160 ? f.message.slice(0, 159) + '…' : f.message
}

function readUsage(data: XUsage): Usage {
  const num = (v: unknown) => (v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v))
  return {
    cap: num(data.project_cap),
    used: num(data.project_usage),
    resetDay: num(data.cap_reset_day),
    projectId: typeof data.project_id === 'string' ? data.project_id : undefined
  }
}
