/**
 * The verification: every auth method sends its requests at once (one round
 * trip), then each reads its answers together with what the others proved,
 * because each answer explains the others — a 401 on users/me means one
 * thing when /oauth2/token accepted the API key and another when it did not.
 */
import type { CheckContext, Identity, MethodOutcome, Settled, SharedFacts } from '../auth/method.js'
import type { Finding } from '../diagnoses/finding.js'
import type { XApi } from '../x/api.js'
import { accountRow } from './account.js'
import { clockRow, clockSkew } from './clock.js'
import type { CheckRow } from './row.js'

export interface Verification {
  rows: CheckRow[]
  /** Errors and warnings, in the order of the rows. */
  findings: Finding[]
  verified: boolean
  /** The account operations act as: the first user-context method given, when it authenticated. */
  identity?: Identity
  /** The methods' outputs, e.g. `bearer-valid`. */
  outputs: Record<string, string>
  /** The methods' lines for the job summary. */
  summary: string[]
  /** Local clock minus X's, in seconds. */
  clockSkewSeconds?: number
}

export interface VerifyOptions extends CheckContext {
  expectUsername?: string
  now?: () => number
}

export async function verify(x: XApi, methods: readonly Settled[], o: VerifyOptions): Promise<Verification> {
  const started = methods.flatMap((m) => (m.start ? [{ method: m.method, gathered: m.start(x, o) }] : []))
  const gathered = await Promise.all(started.map(async (s) => ({ method: s.method, ...(await s.gathered) })))
  const shared: SharedFacts = Object.assign({}, ...gathered.map((g) => g.shared ?? {}))
  const skew = clockSkew(x.lastServerDate, (o.now ?? Date.now)())
  const outcomes = gathered.map((g) => ({ context: g.method.context, ...g.conclude({ ...o, shared, skewSeconds: skew }) }))

  const users = outcomes.filter((r) => r.context === 'user')
  const apps = outcomes.filter((r) => r.context === 'app')
  // Operations act as the preferred user method (the first given), never as a fallback when it failed.
  const identity = users[0]?.identity
  const parts: Pick<MethodOutcome, 'rows' | 'findings'>[] = [...users]
  if (o.expectUsername) {
    const account = accountRow(o.expectUsername, identity?.user)
    parts.push({ rows: [account.row], findings: account.findings })
  }
  parts.push(...apps, {
    rows: [
      clockRow(
        skew,
        outcomes.some((r) => r.timestampedRequestRefused)
      )
    ],
    findings: []
  })

  const rows = parts.flatMap((p) => p.rows)
  return {
    rows,
    findings: parts.flatMap((p) => p.findings),
    verified: rows.every((r) => r.verdict !== 'fail'),
    identity,
    outputs: Object.assign({}, ...outcomes.map((r) => r.outputs)),
    summary: outcomes.flatMap((r) => r.summary),
    clockSkewSeconds: skew
  }
}
