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
  // X's 2026 refusals of posts from self-serve Apps come as `about:blank` with a detail only: the detail is all there is to read.
  const detail = error.info.detail ?? ''
  if (/mentioned or otherwise engaged/i.test(detail)) return finding('reply-not-allowed', m, subject)
  if (/^Quoting this post is not allowed/i.test(detail)) return finding('quote-not-allowed', m, subject)
  if (/maximum of one cashtag/i.test(detail)) return finding('too-many-cashtags', m, subject)
  if (/^You are not permitted to perform this action/i.test(detail)) return finding('action-not-permitted', m, subject)
  if (/too long/i.test(detail)) return finding('text-too-long', m, subject)
  return finding('x-error', m, subject)
}
