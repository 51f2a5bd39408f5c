/**
 * Scripted misbehaviour: what a flaky network, a proxy or a throttling X can
 * do to one request, so that tests reach a client's failure paths on demand
 * instead of waiting for the real thing.
 */
import { STATUS_CODES } from 'node:http'
import type { Reply } from './context.js'
import * as problems from './problems.js'
import { dailyHeaderPrefix, type RateLimitScope, WINDOW_MS } from './rate-limits.js'
import type { RouteName } from './routes.js'

export interface FaultStep {
  /** Answer with this status... */
  status?: number
  /** ...and this JSON body (object) or raw string. */
  body?: unknown
  headers?: Record<string, string>
  /** Wait before answering (then answer normally, or as scripted). */
  delayMs?: number
  /** Accept the request and never answer (until `close()`). */
  hang?: boolean
  /** Destroy the socket without any response. */
  drop?: boolean
  /** Answer `status` (default 502) with an HTML proxy error page. */
  html?: boolean
  /** Status 200 (or `status`), JSON content type, truncated JSON body. */
  malformedJson?: boolean
  /**
   * Run the real handler first (the post IS recorded, the chunk IS stored),
   * then apply this fault to its response: the "ambiguous post" case.
   */
  afterHandling?: boolean
  /**
   * Answer 429 Too Many Requests with that window exhausted, its reset
   * `resetInSeconds` after this request (not after scripting it, as
   * `rateLimit()` does), so a client's start-up time does not eat the wait.
   */
  tooManyRequests?: { resetInSeconds: number; scope?: RateLimitScope; dailyHeaders?: boolean }
}

/** What the server does with a request: answer it, or misbehave without an answer. */
export type Outcome = { kind: 'reply'; reply: Reply; html?: boolean } | { kind: 'drop' } | { kind: 'hang' }

/** Steps queued per route, one used per request, in order. */
export class FaultScript {
  private readonly steps = new Map<RouteName, FaultStep[]>()

  add(route: RouteName, steps: FaultStep[]): void {
    this.steps.set(route, [...(this.steps.get(route) ?? []), ...steps])
  }

  next(route: RouteName): FaultStep | undefined {
    return this.steps.get(route)?.shift()
  }

  clear(): void {
    this.steps.clear()
  }
}

const PROXY_ERROR_PAGE = (status: number) => {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head><body><h1>${title}</h1><p>The upstream server did not answer in time.</p><hr><p>proxy</p></body></html>\n`
}

/** For the request log. */
export function describeFault(step: FaultStep): string {
  const parts: string[] = []
  if (step.delayMs) parts.push(`delay ${step.delayMs}ms`)
  if (step.drop) parts.push('drop')
  else if (step.hang) parts.push('hang')
  else if (step.html) parts.push(`html ${step.status ?? 502}`)
  else if (step.malformedJson) parts.push('malformed json')
  else if (step.tooManyRequests) parts.push(`429, reset in ${step.tooManyRequests.resetInSeconds}s`)
  else if (step.status !== undefined || step.body !== undefined) parts.push(`status ${step.status ?? 200}`)
  return (step.afterHandling ? 'after handling: ' : '') + (parts.join(', ') || 'none')
}

/** Whether the step replaces the real answer rather than only delaying it. */
export const replacesAnswer = (step: FaultStep) =>
  Boolean(step.drop || step.hang || step.html || step.malformedJson || step.status !== undefined || step.body !== undefined)

/** The answer a fault step gives, optionally on top of the real handler's reply. */
export function scriptedOutcome(step: FaultStep, real?: Reply): Outcome {
  if (step.drop) return { kind: 'drop' }
  if (step.hang) return { kind: 'hang' }
  if (step.html) {
    const status = step.status ?? 502
    return { kind: 'reply', html: true, reply: { status, body: PROXY_ERROR_PAGE(status), headers: step.headers } }
  }
  const status = step.status ?? real?.status ?? 200
  const headers = { ...real?.headers, ...step.headers }
  if (step.malformedJson) {
    const whole = JSON.stringify(step.body ?? real?.body ?? { data: { id: '0' } })
    return { kind: 'reply', reply: { status, headers, body: whole.slice(0, Math.max(1, Math.floor(whole.length / 2))) } }
  }
  if (step.status === undefined && step.body === undefined) return { kind: 'reply', reply: real ?? problems.notFound() }
  const body = step.body ?? (step.status !== undefined ? problems.genericProblem(status).body : real?.body)
  return { kind: 'reply', reply: { status, headers, body } }
}

/**
 * A 429 from the fault script; a 24-hour cap comes with the 15-minute
 * window's headers too, not exhausted, and without its own when
 * `dailyHeaders` is false (pay-per-use).
 */
export function scriptedRateLimit({ resetInSeconds, scope = '15min', dailyHeaders = true }: NonNullable<FaultStep['tooManyRequests']>, nowMs: number): Reply {
  const nowSeconds = nowMs / 1000
  const reset = String(Math.ceil(nowSeconds + resetInSeconds))
  const headers: Record<string, string> =
    scope === '15min'
      ? { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset }
      : { 'x-rate-limit-limit': '100', 'x-rate-limit-remaining': '99', 'x-rate-limit-reset': String(Math.ceil(nowSeconds + WINDOW_MS / 1000)) }
  if (scope !== '15min' && dailyHeaders) {
    const prefix = dailyHeaderPrefix(scope)
    Object.assign(headers, { [`${prefix}-limit`]: '1000', [`${prefix}-remaining`]: '0', [`${prefix}-reset`]: reset })
  }
  return { ...problems.tooManyRequests(), headers }
}
