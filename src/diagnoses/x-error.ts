import type { XApiError } from '../x/errors.js'
import { formatReset, rateLimitReset } from '../x/retry.js'
import { finding, type Finding } from './finding.js'

/**
 * The diagnosis for an error X (or the network) gave, whatever the request.
 * Checks and posting add their own, more specific, readings first.
 */
export function diagnoseXError(error: XApiError, subject?: string): Finding {
  const m = error.message
  if (error.kind === 'deadline') return finding('deadline-exceeded', m, subject)
  if (error.kind !== 'http' || error.info.html || (error.status ?? 0) >= 500) return finding('x-unavailable', m, subject)
  if (error.isProblem('usage-capped')) return finding('usage-capped', m, subject)
  if (error.status === 429) {
    const reset = rateLimitReset(error)
    const when = reset === undefined ? 'X sent no reset time.' : `The limit resets at ${formatReset(reset)}.`
    return finding('rate-limited', `${m} ${when}`, subject)
  }
  if (error.status === 402 || error.isProblem('credits-depleted')) return finding('credits-depleted', m, subject)
  if (error.isProblem('client-forbidden') || error.isProblem('client-not-enrolled')) return finding('client-not-enrolled', m, subject)
  if (error.isProblem('unsupported-authentication')) return finding('unsupported-authentication', m, subject)
  if (error.isProblem('oauth1-permissions')) return finding('access-level-too-low', m, subject)
  if (error.isDuplicate) return finding('duplicate-content', m, subject)
  if (/mentioned or otherwise engaged/i.test(error.info.detail ?? '')) return finding('reply-not-allowed', m, subject)
  if (/too long/i.test(error.info.detail ?? '')) return finding('text-too-long', m, subject)
  return finding('x-error', m, subject)
}
