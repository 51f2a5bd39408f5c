/** The OAuth 2.0 rows, one small function each, from the facts alone. */
import { rowResult as result, rowsLabelled, type RowResult as Row } from '../../checks/row.js'
import type { DiagnosisId } from '../../diagnoses/catalogue.js'
import { finding } from '../../diagnoses/finding.js'
import { diagnoseXError } from '../../diagnoses/x-error.js'
import { codeSpan } from '../../report/markdown.js'
import type { GitHubApiError } from '../../github/errors.js'
import type { Requirement } from '../../settings/access-level.js'
import type { OAuth2Facts, SecretPlace } from './facts.js'
import { neededScopes } from './scopes.js'

const LABELS = {
  'oauth2-secret': 'Refresh token secret',
  'oauth2-client': 'OAuth 2.0 client',
  'oauth2-refresh': 'Refresh token',
  'oauth2-write-back': 'Rotated token stored',
  'oauth2-account': 'OAuth 2.0 account',
  'oauth2-scopes': 'Scopes'
} as const

const row = rowsLabelled(LABELS)

/** `X_REFRESH_TOKEN` (repository secret of owner/name), as messages name it. */
export function describePlace(p: SecretPlace): string {
  return p.environment === undefined
    ? `${codeSpan(p.name)} (repository secret of ${p.repository})`
    : `${codeSpan(p.name)} (secret of the environment ${codeSpan(p.environment)} in ${p.repository})`
}

/** `2026-03-01 07:23:05 UTC (3 min ago)` */
export function describeTime(iso: string | number, now = Date.now()): string {
  const ms = typeof iso === 'number' ? iso : Date.parse(iso)
  // GitHub's answer: not printed when it is not a time.
  if (Number.isNaN(ms)) return 'an unreadable time'
  const at = new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, ' UTC')
    .replace('T', ' ')
  const s = Math.max(0, Math.round((now - ms) / 1000))
  const ago =
    s < 90 ? `${s} s ago` : s < 5400 ? `${Math.round(s / 60)} min ago` : s < 172_800 ? `${(s / 3600).toFixed(1)} h ago` : `${Math.round(s / 86_400)} days ago`
  return `${at} (${ago})`
}

/** GitHub: the secret exists and the token can write beside it. */
export function secretRow(f: OAuth2Facts): Row {
  const where = describePlace(f.place)
  if (f.github.ok) {
    return result(
      row('oauth2-secret', 'pass', `${where}: exists, updated ${describeTime(f.github.before.updated_at)}; writable (a probe secret was written and deleted).`)
    )
  }
  const { error, step } = f.github
  const [id, why] = gitHubDiagnosis(error, step, f.place)
  return result(
    row('oauth2-secret', 'fail', `${error.message} Nothing was sent to X.`),
    finding(id, `${error.message} ${why} Nothing was sent to X: the refresh token is still valid.`, subjectOf(id))
  )
}

function subjectOf(id: DiagnosisId): string {
  if (id === 'secret-environment-not-found') return 'secret-environment'
  if (id === 'refresh-token-secret-not-found') return 'refresh-token-secret'
  return 'github-token'
}

function gitHubDiagnosis(error: GitHubApiError, step: string, place: SecretPlace): [DiagnosisId, string] {
  if (error.kind === 'tls') return ['tls-certificate', "GitHub's certificate was not trusted."]
  if (error.kind !== 'http' || (error.status ?? 0) >= 500) return ['github-unavailable', 'GitHub or the network failed.']
  if (error.status === 401) return ['github-token-rejected', 'GitHub does not accept `github-token`.']
  if (error.status === 403) {
    const wanted = error.info.acceptedPermissions ? ` (GitHub asks for \`${error.info.acceptedPermissions}\`)` : ''
    return [
      'github-secrets-forbidden',
      `\`github-token\` lacks the "Secrets: Read and write" permission on ${place.repository}${wanted}; the workflow's \`GITHUB_TOKEN\` can never have it.`
    ]
  }
  if (error.status === 404 && step === 'public-key') {
    if (place.environment !== undefined)
      return [
        'secret-environment-not-found',
        `There is no environment ${codeSpan(place.environment)} in ${place.repository} (or \`github-token\` cannot see the repository).`
      ]
    return ['github-secrets-forbidden', `${place.repository} is not visible to \`github-token\`: a fine-grained token must be given access to this repository.`]
  }
  if (error.status === 404 && step === 'secret') {
    return [
      'refresh-token-secret-not-found',
      `${describePlace(place)} does not exist: \`refresh-token-secret\` must name the secret the workflow passes as \`refresh-token\`.`
    ]
  }
  return ['github-unavailable', 'GitHub refused the request.']
}

const oauthError = (f: OAuth2Facts) => (f.refresh && !f.refresh.ok ? f.refresh.error.info.oauthError : undefined)
const CLIENT_ERRORS = ['unauthorized_client', 'invalid_client']

/** The Client ID (and secret): X's token endpoint authenticates the client before it reads the token. */
export function clientRow(f: OAuth2Facts, confidential: boolean, clientIdLooksWrong: boolean): Row {
  if (!f.refresh) return result(row('oauth2-client', 'skip', 'Not checked: nothing was sent to X.'))
  if (f.refresh.ok) return result(row('oauth2-client', 'pass', `Accepted (${confidential ? 'confidential client, Basic authentication' : 'public client'}).`))
  const error = f.refresh.error
  if (error.info.oauthError === 'unauthorized_client') {
    const why = confidential
      ? '`client-secret` is not the secret of this `client-id` (wrong, or regenerated since), or the App is a Native App (public client), which takes no secret: leave `client-secret` empty then.'
      : 'X treats the App as a confidential client (Web App, or Automated App or bot): give its Client Secret in `client-secret`.'
    return result(
      row('oauth2-client', 'fail', 'Rejected by X (unauthorized_client).'),
      finding('oauth2-client-rejected', `${error.message} ${why}`, 'client-secret')
    )
  }
  if (error.info.oauthError === 'invalid_client') {
    const hint = clientIdLooksWrong ? ' `client-id` does not have the shape of an OAuth 2.0 Client ID (base64 of `…:1:ci`): is it the API key?' : ''
    return result(
      row('oauth2-client', 'fail', 'Not recognised by X (invalid_client).'),
      finding('oauth2-client-unknown', `${error.message} X knows no OAuth 2.0 client with this \`client-id\`.${hint}`, 'client-id')
    )
  }
  if (error.info.oauthError) return result(row('oauth2-client', 'pass', 'Accepted; X refused the request for another reason.'))
  return result(row('oauth2-client', 'skip', 'Not confirmed: the token request did not complete.'))
}

/** The refresh itself: rotated, or why not. */
export function refreshRow(f: OAuth2Facts): Row {
  if (!f.refresh) return result(row('oauth2-refresh', 'skip', 'Not used: the rotated token could not be stored, so the refresh token was left unspent.'))
  if (f.refresh.ok) {
    const rotated = !!f.refresh.value.data.refresh_token
    return result(
      row(
        'oauth2-refresh',
        'pass',
        rotated
          ? 'Rotated: X issued a new refresh token (the one given is now spent) and a 2-hour access token.'
          : 'X issued an access token but no new refresh token.'
      )
    )
  }
  const error = f.refresh.error
  const lost = f.refreshAmbiguous ? ' An earlier attempt of this run ended without an answer: X may have rotated the token then, and its answer was lost.' : ''
  const code = oauthError(f)
  if (code && CLIENT_ERRORS.includes(code)) return result(row('oauth2-refresh', 'skip', 'Not used: X refused the client first.'))
  if (code === 'invalid_request' && /token/i.test(error.info.detail ?? '')) {
    const updated = f.secretNow ?? (f.github.ok ? f.github.before : undefined)
    const rotatedMeanwhile = f.github.ok && f.secretNow && f.secretNow.updated_at !== f.github.before.updated_at
    const when = updated
      ? ` The secret ${describePlace(f.place)} was last updated ${describeTime(updated.updated_at)}${rotatedMeanwhile ? ', while this run was refreshing: another run rotated the token meanwhile' : '; if that is after this job started, another run rotated the token meanwhile'}.`
      : ''
    return result(
      row('oauth2-refresh', 'fail', 'Refused by X: already used, revoked, or from another App.'),
      finding('oauth2-refresh-token-invalid', `${error.message} \`refresh-token\` is spent or revoked.${when}${lost}`, 'refresh-token')
    )
  }
  if (code) return result(row('oauth2-refresh', 'fail', `Refused by X (${code}).`), finding('oauth2-token-refused', error.message, 'refresh-token'))
  const diagnosis = diagnoseXError(error, 'refresh-token')
  const spent =
    error.ambiguous || lost ? ' X may have rotated the token without this run learning the new one: if the next run is refused, authorise again.' : ''
  return result(row('oauth2-refresh', 'fail', diagnosis.message), { ...diagnosis, message: `${diagnosis.message}${spent}` })
}

/** The new refresh token, sealed and written to the secret, right after the refresh. */
export function writeBackRow(f: OAuth2Facts): Row {
  if (!f.refresh?.ok) return result(row('oauth2-write-back', 'skip', 'Nothing to store.'))
  if (!f.writeBack) return result(row('oauth2-write-back', 'fail', 'Nothing stored: X issued no new refresh token (the token lacks `offline.access`).'))
  if (f.writeBack.ok) return result(row('oauth2-write-back', 'pass', `Sealed and written to ${describePlace(f.place)}; the next run uses it.`))
  const error = f.writeBack.error
  return result(
    row('oauth2-write-back', 'fail', `Failed: ${error.message}`),
    finding(
      'oauth2-chain-broken',
      `${error.message} X has already consumed the refresh token this run was given; its successor could not be stored in ${describePlace(f.place)} and is not shown anywhere. The next run will be refused until the account authorises the App again.`,
      'refresh-token-secret'
    )
  )
}

/** GET /2/users/me with the new access token. */
export function accountRow(f: OAuth2Facts): Row {
  if (!f.me) return result(row('oauth2-account', 'skip', 'Not checked: X issued no access token.'))
  if (f.me.ok) {
    const user = f.me.value.data
    return result(row('oauth2-account', 'pass', `Authenticated as @${user.username} (id ${user.id}).`))
  }
  const diagnosis = diagnoseXError(f.me.error, 'refresh-token')
  return result(row('oauth2-account', 'fail', diagnosis.message), diagnosis)
}

/** The scopes X granted, against what this run needs. */
export function scopesRow(f: OAuth2Facts, need: Requirement): Row {
  if (!f.refresh?.ok) return result(row('oauth2-scopes', 'skip', 'Not checked: X issued no token.'))
  const granted = f.scopes.length ? `\`${f.scopes.join(' ')}\`` : 'no scopes'
  const missing = neededScopes(need).filter((n) => !f.scopes.includes(n.scope))
  if (!missing.length) return result(row('oauth2-scopes', 'pass', `${granted}.`))
  const list = missing.map((m) => `\`${m.scope}\` (${m.because})`).join(', ')
  return result(
    row('oauth2-scopes', 'fail', `Missing ${missing.map((m) => `\`${m.scope}\``).join(' ')}.`),
    finding('oauth2-scope-missing', `The account granted ${granted}; this run also needs ${list}.`, 'refresh-token')
  )
}
