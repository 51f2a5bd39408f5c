/**
 * The App's bearer token (OAuth 2.0 app-only), optional. Proven by
 * GET /2/usage/tweets, and held against the token X issues for the API key
 * (POST /oauth2/token, sent by the OAuth 1.0a method): X keeps one bearer
 * token per App, so the two must be equal.
 */
import { answerOf, type Answer } from '../../checks/answer.js'
import { rowsLabelled, type CheckRow } from '../../checks/row.js'
import { finding, type Finding } from '../../diagnoses/finding.js'
import { diagnoseXError, provesAuthentication, resetNote } from '../../diagnoses/x-error.js'
import { Secret } from '../../io/secret.js'
import type { XUsage } from '../../x/api.js'
import { oauth2Kind, settleValue, SHAPES } from '../credentials.js'
import type { AuthMethod, ConcludeContext, MethodOutcome, Settled, SharedFacts } from '../method.js'
import { APP_BEARER, SPEC } from './spec.js'
import { usageLines, readUsage } from './usage.js'

const row = rowsLabelled({ bearer: 'Bearer token', 'app-consistency': 'Bearer matches the App' })

const tri = (b: boolean | undefined) => (b === undefined ? '' : String(b))

export const appBearer: AuthMethod = {
  ...APP_BEARER,
  idleOutputs: { 'bearer-valid': '', 'app-consistent': '' },
  settle(raw): Settled {
    const settled: Settled = { method: appBearer, findings: [], errors: [], derived: [], secrets: [] }
    const given = raw[SPEC.input]
    if (!given?.source) {
      settled.start = async () => ({ conclude: () => notGiven() })
      return settled
    }
    const bearer = settleValue(given, settled, repair)
    if (!bearer) return settled
    settled.secrets.push(bearer)
    const hints = shapeHints(bearer.reveal())
    settled.start = async (x) => {
      const usage = await answerOf(x.client({ kind: 'app-bearer', bearerToken: bearer }).usageTweets())
      return { conclude: (ctx) => conclude(bearer, usage, hints, ctx) }
    }
    return settled
  }
}

/** X issues the bearer token percent-encoded; a copy that lost the prefix or the encoding is repaired, with a warning. */
function repair(value: string, where: string): { value: string; findings: Finding[] } {
  const findings: Finding[] = []
  let v = value
  const prefixed = /^bearer\s+/i.exec(v)
  if (prefixed) {
    v = v.slice(prefixed[0].length)
    findings.push(finding('bearer-prefix', `\`bearer-token\`${where} began with "Bearer "; it was removed.`, SPEC.input))
  }
  if (/[+/=]/.test(v)) {
    v = v.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D')
    findings.push(
      finding(
        'bearer-decoded',
        `\`bearer-token\`${where} holds \`+\`, \`/\` or \`=\`: it was percent-decoded when copied. It was re-encoded for this run.`,
        SPEC.input
      )
    )
  }
  return { value: v, findings }
}

/** Shapes that explain a refused bearer token; shown only when X refuses it. */
function shapeHints(value: string): Finding[] {
  if (SHAPES.accessToken.test(value)) {
    return [finding('credential-in-wrong-slot', '`bearer-token` has the `<user id>-…` shape of an OAuth 1.0a access token.', SPEC.input, 'error')]
  }
  const kind = oauth2Kind(value)
  if (kind)
    return [finding('credential-in-wrong-slot', `\`bearer-token\` has the form of an OAuth 2.0 ${kind}, not of the App's bearer token.`, SPEC.input, 'error')]
  return []
}

function notGiven(): MethodOutcome {
  return { rows: [row('bearer', 'skip', 'Not given: the app-only checks were skipped.')], findings: [], outputs: appBearer.idleOutputs, summary: [] }
}

function conclude(bearer: Secret, usage: Answer<XUsage>, hints: Finding[], ctx: ConcludeContext): MethodOutcome {
  const rows: CheckRow[] = []
  const findings: Finding[] = []
  let valid: boolean | undefined
  if (usage.ok) {
    valid = true
    rows.push(row('bearer', 'pass', 'Accepted (GET /2/usage/tweets).'))
  } else if (usage.error.status === 401) {
    valid = false
    rows.push(row('bearer', 'fail', 'Rejected by X (GET /2/usage/tweets: 401).'))
    findings.push(
      finding('bearer-rejected', `${usage.error.message} The bearer token is wrong, invalidated, or regenerated since it was stored.`, SPEC.input),
      ...hints
    )
  } else if (usage.error.isProblem('unsupported-authentication')) {
    valid = false
    rows.push(row('bearer', 'fail', "Refused: a user token, not the App's bearer token (GET /2/usage/tweets: 403)."))
    findings.push(
      finding(
        'bearer-is-user-token',
        `${usage.error.message} GET /2/usage/tweets takes only the App's bearer token, and \`bearer-token\` holds a user access token.`,
        SPEC.input
      ),
      ...hints
    )
  } else if (usage.error.status === 429 && !usage.error.isProblem('usage-capped')) {
    // The usage request is optional: its rate limit proves the bearer token and must not stop the run.
    valid = true
    rows.push(row('bearer', 'pass', 'Accepted (X rate-limits only requests that authenticated); the usage could not be read.'))
    findings.push(finding('usage-unreadable', `${usage.error.message} ${resetNote(usage.error)}`, SPEC.input))
  } else {
    valid = provesAuthentication(usage.error) ? true : undefined
    const diagnosis = diagnoseXError(usage.error, SPEC.input)
    rows.push(row('bearer', 'fail', valid ? `Authenticated, but X refused GET /2/usage/tweets: ${diagnosis.message}` : diagnosis.message))
    findings.push(diagnosis)
  }
  const consistency = consistencyRow(bearer, valid, ctx.shared.appBearer)
  rows.push(consistency.row)
  findings.push(...consistency.findings)
  return {
    rows,
    findings,
    outputs: { 'bearer-valid': tri(valid), 'app-consistent': tri(consistency.consistent) },
    summary: usage.ok ? usageLines(readUsage(usage.value.data)) : []
  }
}

/** The bearer must be the one X keeps for these API keys. */
function consistencyRow(
  bearer: Secret,
  valid: boolean | undefined,
  app: SharedFacts['appBearer']
): { row: CheckRow; findings: Finding[]; consistent?: boolean } {
  if (app?.token) {
    const issued = bearer.with(app.token)
    if (bearer.equals(issued))
      return { row: row('app-consistency', 'pass', 'The bearer token is the one X issues for this API key.'), findings: [], consistent: true }
    if (!valid) return { row: row('app-consistency', 'fail', 'The bearer token is not the one X issues for this API key.'), findings: [], consistent: false }
    return {
      row: row('app-consistency', 'fail', 'The bearer token belongs to another App.'),
      consistent: false,
      findings: [
        finding(
          'bearer-other-app',
          `The bearer token is valid, but X issues a different one for this API key (bearer ${bearer.fingerprint}, the App's ${issued.fingerprint}): it belongs to another App, or was regenerated since.`,
          SPEC.input
        )
      ]
    }
  }
  if (app?.keysRejected && !app.keysProven) return { row: row('app-consistency', 'skip', 'Not compared: the API key and secret were rejected.'), findings: [] }
  return { row: row('app-consistency', 'skip', 'Not compared: /oauth2/token gave no bearer token.'), findings: [] }
}
