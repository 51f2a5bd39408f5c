import type { Deadline } from '../deadline.js'
import { XApiError, type RateLimit } from './errors.js'

export interface RetryPolicy {
  /** Attempts in all for transient failures (network, timeout, 5xx, unreadable answers). */
  attempts: number
  /** First backoff; doubles each retry, with jitter. */
  baseDelayMs: number
  maxDelayMs: number
  /** Wait for a 429's reset when it is at most this far away. */
  rateLimitWaitSeconds: number
  /** Waits for a 429 at most this many times per request. */
  rateLimitWaits: number
  deadline: Deadline
}

export const DEFAULT_RETRY: Omit<RetryPolicy, 'rateLimitWaitSeconds' | 'deadline'> = {
  attempts: 3,
  baseDelayMs: 1000,
  maxDelayMs: 8000,
  rateLimitWaits: 2
}

export interface RetryEvents {
  /** A line for the log: what failed, and how long the action waits. */
  onWait(message: string): void
  /** Every failed attempt, before the decision to retry. */
  onAttemptError?(error: XApiError): void
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)))

/** Exponential backoff with "equal jitter": half fixed, half random, so parallel runs spread out. */
export function backoffMs(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>, random = Math.random): number {
  const full = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1))
  return Math.round(full / 2 + (random() * full) / 2)
}

/**
 * When the limit a 429 hit resets: the latest reset among the windows its
 * headers show used up (15-minute, or 24-hour user/app), else among those
 * that do not say how many are left. A window with calls left is not the
 * one that refused, so its reset is no answer: pay-per-use's 24-hour post
 * cap comes with only the 15-minute headers, 99 of 100 left.
 */
export function rateLimitReset(error: XApiError): number | undefined {
  const windows = rateLimitWindows(error).filter((w) => w.reset !== undefined)
  const exhausted = windows.filter((w) => w.remaining === 0)
  const resets = (exhausted.length ? exhausted : windows.filter((w) => w.remaining === undefined)).map((w) => w.reset as number)
  return resets.length ? Math.max(...resets) : undefined
}

/** The rate-limit windows in an answer's headers. */
export function rateLimitWindows(error: XApiError): RateLimit[] {
  const h = error.info.headers
  return [h.rateLimit, h.userDay, h.appDay].filter((w): w is RateLimit => !!w)
}

export function formatReset(resetEpochSeconds: number, now = Date.now()): string {
  const at = new Date(resetEpochSeconds * 1000).toISOString().replace('.000Z', 'Z').replace('T', ' ').replace('Z', ' UTC')
  return `${at} (in ${humanSeconds(Math.max(0, Math.round(resetEpochSeconds - now / 1000)))})`
}

function humanSeconds(s: number): string {
  if (s < 90) return `${s} s`
  if (s < 5400) return `${Math.round(s / 60)} min`
  return `${(s / 3600).toFixed(1)} h`
}

/**
 * Runs one request with the project's retry rules: transient failures are
 * retried with backoff a bounded number of times; 429 waits for the reset when
 * it is near enough; every other 4xx is final at once.
 */
export async function withRetries<T>(
  endpoint: string,
  send: (attempt: number) => Promise<T>,
  toError: (error: unknown, attempts: number) => XApiError,
  policy: RetryPolicy,
  events: RetryEvents
): Promise<T> {
  let attempt = 0
  let failures = 0
  let waits = 0
  for (;;) {
    attempt++
    let error: XApiError
    try {
      return await send(attempt)
    } catch (thrown) {
      error = toError(thrown, attempt)
    }
    events.onAttemptError?.(error)
    const left = policy.deadline.remaining()
    // A usage cap is no window: waiting for a reset cannot lift it.
    if (error.status === 429 && error.isProblem('usage-capped')) throw error
    if (error.status === 429) {
      const reset = rateLimitReset(error)
      const waitMs = reset === undefined ? undefined : reset * 1000 - Date.now() + 1000
      const canWait = waitMs !== undefined && waitMs <= policy.rateLimitWaitSeconds * 1000 && waitMs < left && waits < policy.rateLimitWaits
      if (!canWait) throw error
      waits++
      events.onWait(
        `${endpoint}: rate limited by X; waiting ${humanSeconds(Math.ceil(Math.max(0, waitMs) / 1000))} for the reset at ${formatReset(reset as number)}.`
      )
      await sleep(waitMs)
      continue
    }
    if (!error.transient) throw error
    failures++
    if (failures >= policy.attempts) throw error
    const delay = backoffMs(failures, policy)
    if (delay >= left) throw new XApiError(endpoint, 'deadline', { ...error.info, attempts: attempt, cause: error.info.cause })
    events.onWait(`${endpoint}: attempt ${attempt} failed (${error.message.replace(`${endpoint}: `, '')}); retrying in ${(delay / 1000).toFixed(1)} s.`)
    await sleep(delay)
  }
}
