import type { XApiError } from '../x/errors.js'
import { formatReset, rateLimitReset, rateLimitWindows } from '../x/retry.js'
import { finding, type Finding } from './finding.js'

/**
 * The diagnosis for an error X (or the network) gave, whatever the request.
 * Checks and posting add their own, more specific, readings first.
 */
export function diagnoseXError(error: XApiError, subject?: string): Finding {
  const m = error.message
  if (error.kind === 'deadline') return finding('deadline-exceeded', m, subject)
  if (error.kind === 'tls') return finding('tls-certificate', m, subject)
  if (error.kind !== 'http' || error.info.html || (error.status ?? 0) >= 500) return finding('x-unavailable', m, subject)
  if (error.isProblem('usage-capped')) return finding('usage-capped', `${m} ${capNote(error)}`, subject)
  if (error.status === 429) return finding('rate-limited', `${m} ${resetNote(error)}`, subject)
  if (error.status === 401) {
    return finding(
      'oauth-rejected',
      `${m} X no longer accepts the credentials this request was signed with (revoked, regenerated, or the App suspended).`,
      subject
    )
  }
  if (error.status === 402 || error.isProblem('credits-depleted')) return finding('credits-depleted', m, subject)
  if (error.isProblem('client-forbidden') || error.isProblem('client-not-enrolled')) return finding('client-not-enrolled', m, subject)
  if (error.isProblem('user-suspended')) return finding('user-suspended', m, subject)
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

/**
 * Answers X gives only to a request that authenticated: a rate limit, a usage
 * cap, no credits, an App outside the endpoint's access, a suspended account.
 * The credentials that signed it are proven, whatever stopped the request.
 */
export function provesAuthentication(error: XApiError): boolean {
  if (error.kind !== 'http' || error.info.html) return false
  if (error.status === 402 || error.status === 429) return true
  return error.status === 403 && ['client-forbidden', 'client-not-enrolled', 'user-suspended', 'oauth1-permissions'].some((p) => error.isProblem(p))
}

/** What X said of the limit a 429 hit, and when it resets. */
export function resetNote(error: XApiError): string {
  const reset = rateLimitReset(error)
  if (reset !== undefined) return `The limit resets at ${formatReset(reset)}.`
  const shown = rateLimitWindows(error).filter((w) => w.remaining !== undefined)
  if (shown.length) {
    const left = shown.map((w) => `${w.remaining}${w.limit !== undefined ? ` of ${w.limit}` : ''}`).join(', ')
    return `No limit in X's headers is used up (${left} left), so this is a limit X does not report in headers — on pay-per-use, the 24-hour post cap — and X did not say when it resets.`
  }
  return 'X sent no reset time.'
}

/** A usage cap is not a rate limit: say so, and which cap, from the body's own fields. */
function capNote(error: XApiError): string {
  const word = (v?: string) => (v && /^[A-Za-z]{1,20}$/.test(v) ? v.toLowerCase() : undefined)
  const [period, scope] = [word(error.info.period), word(error.info.scope)]
  const which = period || scope ? ` (the ${[period, scope].filter(Boolean).join(' ')} cap)` : ''
  const remaining = error.info.headers.rateLimit?.remaining
  const windows = remaining !== undefined && remaining > 0 ? `; the 15-minute window still has ${remaining} calls left` : ''
  return `This is a usage cap${which}, not a rate limit${windows}: waiting for a reset does not lift it, so the action did not wait.`
}
