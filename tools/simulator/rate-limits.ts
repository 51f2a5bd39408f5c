/**
 * X's rate limits: clients pace themselves from these headers and 429s, so
 * their shape must match X's. One owner for the windows and the forced
 * limits lets `reset()` forget them together.
 */
import type { RouteName } from './routes.js'

export type RateLimitScope = '15min' | 'user24h' | 'app24h'

export interface ForcedLimit {
  resetAt: number
  scope: RateLimitScope
  /** A 24-hour cap's own headers; false as pay-per-use answers it: only the 15-minute window, calls left. */
  dailyHeaders: boolean
}

export interface ForceOptions {
  resetInSeconds: number
  scope?: RateLimitScope
  /** Default true. */
  dailyHeaders?: boolean
}

export interface ConsumedLimit {
  exceeded: boolean
  headers: Record<string, string>
  /** Set when a forced limit refused the request, for the request log. */
  fault?: string
}

export const WINDOW_MS = 15 * 60 * 1000
/** 24-hour caps for the 24h headers (current X table; user cap from the legacy Basic tier). */
const DAILY_LIMITS: Partial<Record<RouteName, { user: number; app: number }>> = {
  tweets: { user: 100, app: 10_000 },
  'media/upload': { user: 50_000, app: 50_000 },
  'media/initialize': { user: 180_000, app: 180_000 },
  'media/append': { user: 180_000, app: 180_000 },
  'media/finalize': { user: 180_000, app: 180_000 },
  'media/status': { user: 100_000, app: 100_000 },
  'media/metadata': { user: 50_000, app: 50_000 }
}

/** Prefix of the 24-hour headers of a daily scope. */
export const dailyHeaderPrefix = (scope: Exclude<RateLimitScope, '15min'>) => (scope === 'user24h' ? 'x-user-limit-24hour' : 'x-app-limit-24hour')

export class RateLimits {
  private readonly forcedLimits = new Map<RouteName, ForcedLimit>()
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(private readonly now: () => number) {}

  /** Refuses `route` until the reset time passes on the simulator clock. */
  force(route: RouteName, opts: ForceOptions): void {
    this.forcedLimits.set(route, { resetAt: this.now() + opts.resetInSeconds * 1000, scope: opts.scope ?? '15min', dailyHeaders: opts.dailyHeaders ?? true })
  }

  /** The forced limit still in effect on `route`, if any; an expired one is forgotten. */
  forced(route: RouteName): ForcedLimit | undefined {
    const forced = this.forcedLimits.get(route)
    if (forced && this.now() >= forced.resetAt) this.forcedLimits.delete(route)
    return this.forcedLimits.get(route)
  }

  /** Counts the request in its 15-minute window and returns the headers to send. */
  consume(route: RouteName, limit: number, subject: string): ConsumedLimit {
    const now = this.now()
    const key = `${route}|${subject}`
    let window = this.windows.get(key)
    if (!window || now >= window.start + WINDOW_MS) {
      window = { start: now, count: 0 }
      this.windows.set(key, window)
    }
    const windowReset = String(Math.ceil((window.start + WINDOW_MS) / 1000))
    const forced = this.forced(route)
    if (forced) {
      const fault = `rate limit ${forced.scope}`
      const forcedReset = String(Math.ceil(forced.resetAt / 1000))
      if (forced.scope === '15min') {
        return {
          exceeded: true,
          fault,
          headers: { 'x-rate-limit-limit': String(limit), 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': forcedReset }
        }
      }
      const headers: Record<string, string> = {
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(Math.max(0, limit - window.count)),
        'x-rate-limit-reset': windowReset
      }
      if (!forced.dailyHeaders) return { exceeded: true, fault: `${fault} without 24-hour headers`, headers }
      const prefix = dailyHeaderPrefix(forced.scope)
      const daily = DAILY_LIMITS[route]?.[forced.scope === 'user24h' ? 'user' : 'app'] ?? limit * 96
      return {
        exceeded: true,
        fault,
        headers: { ...headers, [`${prefix}-limit`]: String(daily), [`${prefix}-remaining`]: '0', [`${prefix}-reset`]: forcedReset }
      }
    }
    window.count += 1
    const remaining = limit - window.count
    return {
      exceeded: remaining < 0,
      headers: {
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(Math.max(0, remaining)),
        'x-rate-limit-reset': windowReset
      }
    }
  }

  clear(): void {
    this.forcedLimits.clear()
    this.windows.clear()
  }
}
