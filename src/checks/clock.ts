/**
 * The runner's clock against X's (its Date header). OAuth 1.0a signatures
 * carry a timestamp, so a clock far off makes X refuse them.
 */
import { rowsLabelled, type CheckRow } from './row.js'

/** Beyond this, a refused OAuth signature is blamed on the clock. X's own window is undocumented. */
export const CLOCK_SKEW_LIMIT_SECONDS = 120

const row = rowsLabelled({ clock: 'Clock' })

/** Local clock minus X's, in seconds; undefined when X sent no readable Date. */
export function clockSkew(serverDate: string | undefined, localMs: number): number | undefined {
  const server = serverDate ? Date.parse(serverDate) : NaN
  return Number.isNaN(server) ? undefined : Math.round((localMs - server) / 1000)
}

export function isSkewed(skew: number | undefined): skew is number {
  return skew !== undefined && Math.abs(skew) > CLOCK_SKEW_LIMIT_SECONDS
}

export function describeSkew(skew: number): string {
  return skew > 0 ? `${skew} s ahead of` : `${-skew} s behind`
}

/**
 * A skewed clock that still authenticated is worth a warning; one beside a
 * refused signature fails (the refusal's own row names the diagnosis).
 */
export function clockRow(skew: number | undefined, timestampedRequestRefused: boolean): CheckRow {
  if (skew === undefined) return row('clock', 'skip', 'X sent no Date header.')
  if (isSkewed(skew)) return row('clock', timestampedRequestRefused ? 'fail' : 'warn', `${describeSkew(skew)} X's clock.`)
  return row('clock', 'pass', `Within ${Math.abs(skew)} s of X's clock.`)
}
