/** The OAuth 1.0a rows, one small function each, from the facts alone. */
import { rowResult as result, rowsLabelled, type RowResult as Row } from '../../checks/row.js'
import { titleOf, finding, type Finding } from '../../diagnoses/finding.js'
import { diagnoseXError, resetNote } from '../../diagnoses/x-error.js'
import { levelRank, type Requirement } from '../../settings/access-level.js'
import { formatReset, rateLimitReset } from '../../x/retry.js'
import { CLOCK_SKEW_LIMIT_SECONDS, describeSkew, isSkewed } from '../../checks/clock.js'
import type { XApiError } from '../../x/errors.js'
import type { OAuth1Facts } from './facts.js'
import { hintsFor } from './hints.js'

const LABELS = {
  'consumer-keys': 'API key and secret',
  'access-token': 'Access token and secret',
  'access-level': 'Access level'
} as const

const row = rowsLabelled(LABELS)

type Refused = OAuth1Facts & { me: { ok: false; error: XApiError } }

/** What users/me's answer proved of the keys, in words. */
function proof(f: OAuth1Facts): string {
  return f.me.ok
    ? 'GET /2/users/me accepted the API key'
    : `GET /2/users/me answered HTTP ${f.me.error.status}, which X sends only to requests that authenticated`
}

/** The API key and secret, on their own (POST /oauth2/token), unless users/me proved them. */
export function consumerKeysRow(f: OAuth1Facts, hints: readonly Finding[]): Row {
  if (f.appBearer) return result(row('consumer-keys', 'pass', "Accepted: X issued the App's bearer token for them."))
  if (f.token.ok) {
    return result(
      row('consumer-keys', 'warn', 'POST /oauth2/token answered without a bearer token.'),
      finding('bearer-not-compared', 'POST /oauth2/token answered 200 without a bearer token.', 'api-key')
    )
  }
  const error = f.token.error
  if (f.keysProven && f.keysRejected) {
    // Code 99 also means "asked too often"; users/me just proved the keys work.
    return result(
      row('consumer-keys', 'warn', 'Accepted by users/me; /oauth2/token refused (code 99, which X also sends when it is called too often).'),
      finding(
        'bearer-not-compared',
        `${error.message} ${proof(f)}, so X most likely throttled /oauth2/token; the bearer token could not be compared with the App's.`,
        'api-key'
      )
    )
  }
  if (f.keysProven) {
    return result(
      row('consumer-keys', 'warn', `Accepted by users/me; /oauth2/token failed (${error.status ? `HTTP ${error.status}` : error.kind}).`),
      finding(
        'bearer-not-compared',
        `${error.message} ${proof(f)}, so the keys are good; the bearer token could not be compared with the App's.${error.status === 429 ? ` ${resetNote(error)}` : ''}`,
        'api-key'
      )
    )
  }
  if (f.keysRejected) {
    return result(
      row('consumer-keys', 'fail', 'Rejected by X (POST /oauth2/token: 403, code 99).'),
      finding(
        'consumer-keys-rejected',
        `${error.message} The API key or API secret is wrong, regenerated since, or from a deleted or suspended App.`,
        'api-key'
      ),
      ...hintsFor(hints, 'api-key', 'api-secret')
    )
  }
  const diagnosis = diagnoseXError(error, 'api-key')
  return result(row('consumer-keys', 'fail', diagnosis.message), diagnosis)
}

/** The access token and secret (GET /2/users/me), read with what the token endpoint said of the keys. */
export function accessTokenRow(f: OAuth1Facts, hints: readonly Finding[], skew: number | undefined): Row {
  if (f.me.ok) {
    const user = f.me.value.data
    return result(row('access-token', 'pass', `Authenticated as @${user.username} (id ${user.id}).`))
  }
  const e = f.me.error
  if (f.meRefused) return refusedRow(f as Refused, hints, skew)
  if (f.keysProven) {
    const because = isRateLimit(f) ? 'X rate-limits only requests that authenticated' : `X answers HTTP ${e.status} only to requests that authenticated`
    return result(row('access-token', 'pass', `Authenticated (${because}).`))
  }
  const diagnosis = diagnoseXError(e, 'access-token')
  return result(row('access-token', 'fail', diagnosis.message), diagnosis)
}

/**
 * A 401 from users/me. The keys are judged without a timestamp (Basic auth on
 * /oauth2/token), so a far-off clock and a wrong access token both explain it:
 * both are named, since X's 401 does not say which.
 */
function refusedRow(f: Refused, hints: readonly Finding[], skew: number | undefined): Row {
  const e = f.me.error
  if (f.timestampRefused) {
    const how = skew === undefined ? 'is off' : `is ${describeSkew(skew)} X's`
    return result(
      row('access-token', 'fail', "Refused: the signature's timestamp is outside X's window."),
      finding('clock-skew', `${e.message} X refused the signature's timestamp: the runner's clock ${how}.`, 'clock')
    )
  }
  if (f.keysRejected) return result(row('access-token', 'fail', 'Not usable: the API key and secret they are signed with were rejected.'))
  const clock = isSkewed(skew)
  const orClock = clock ? " — or the runner's clock is why (see the clock error)" : ''
  const credential = f.appBearer
    ? [
        finding(
          'access-token-rejected',
          `${e.message} The API key and secret are valid, so the access token or access secret is wrong, revoked, or from another App${orClock}.`,
          'access-token'
        ),
        ...hintsFor(hints, 'access-token', 'access-secret')
      ]
    : [
        finding('oauth-rejected', `${e.message} X does not say which of the four values is wrong${orClock}.`, 'access-token'),
        ...hintsFor(hints, 'api-key', 'api-secret', 'access-token', 'access-secret')
      ]
  if (!clock) return result(row('access-token', 'fail', 'Rejected by X (GET /2/users/me: 401).'), ...credential)
  const which = f.appBearer ? 'the access token' : 'a credential'
  return result(
    row('access-token', 'fail', `Refused: the runner's clock is off, or ${which} is wrong.`),
    finding(
      'clock-skew',
      `${e.message} The runner's clock is ${describeSkew(skew)} X's, more than the ${CLOCK_SKEW_LIMIT_SECONDS} s this action allows for; X's own window is undocumented (reported as 5 minutes), so the clock may be why X refused the signature, or ${which} is wrong (see the next error).`,
      'clock'
    ),
    ...credential
  )
}

/** The token's access level (x-access-level) against what this run needs. */
export function accessLevelRow(f: OAuth1Facts, need: Requirement): Row {
  if (f.me.ok) {
    const level = f.me.value.headers.accessLevel
    if (!level) {
      return result(
        row('access-level', 'fail', 'X did not send x-access-level.'),
        finding(
          'access-level-unknown',
          `GET /2/users/me answered without the x-access-level header, so the token's access level (${need.because}) could not be confirmed.`,
          'access-token'
        )
      )
    }
    if (levelRank(level) >= levelRank(need.level)) return result(row('access-level', 'pass', `\`${level}\` (${need.because}).`))
    if (levelRank(level) >= levelRank('read-write')) {
      return result(
        row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`),
        finding(
          'access-level-no-direct-messages',
          `The access token has \`${level}\` access: it can post, but ${need.because}, which also needs direct messages. A token keeps the permission it was issued with: after allowing direct messages in the App, regenerate it.`,
          'access-token'
        )
      )
    }
    return result(
      row('access-level', 'fail', `\`${level}\`, below \`${need.level}\`.`),
      finding(
        'access-level-too-low',
        `The access token has \`${level}\` access, but ${need.because}. The App may allow more now, but this token was issued before that change and keeps its old permission: regenerate it.`,
        'access-token'
      )
    )
  }
  if (!f.keysProven) return result(row('access-level', 'skip', 'Not checked: the access token did not authenticate.'))
  const e = f.me.error
  if (isRateLimit(f)) {
    const reset = rateLimitReset(e)
    const when = reset === undefined ? '' : ` The limit resets at ${formatReset(reset)}.`
    return result(
      row('access-level', 'fail', 'Unknown: GET /2/users/me was rate limited.'),
      finding('access-level-unknown', `${e.message} The credentials authenticated, but the access level could not be read.${when}`, 'access-token')
    )
  }
  // Authenticated, then refused for the account's or the App's standing: that is the finding, not the credentials.
  const diagnosis = diagnoseXError(e, 'access-token')
  return result(row('access-level', 'fail', `Not read: X refused GET /2/users/me (${titleOf(diagnosis)}).`), diagnosis)
}

/** A 429 on users/me that is a rate limit (X limits only requests that authenticated), not a usage cap. */
function isRateLimit(f: OAuth1Facts): f is Refused {
  return !f.me.ok && f.me.error.status === 429 && !f.me.error.isProblem('usage-capped')
}
