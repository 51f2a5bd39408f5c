/**
 * Reads every input but the credentials once, checks each, and returns one
 * typed Settings object, with every broken input reported at once. What an
 * operation reads is its own business: each gets an InputReader and returns
 * its plan, or nothing when the run does not ask for it.
 */
import { InputError } from '../diagnoses/input-error.js'
import { DEFAULT_BASE_URL } from '../x/endpoint.js'
import { ACCESS_LEVELS, type AccessLevel } from './access-level.js'
import { baseUrl, bool, multiLine, oneOf, seconds, singleLine, username } from './rules.js'

export interface Settings<Plan = unknown> {
  permission: AccessLevel
  expectUsername?: string
  apiBaseUrl: string
  timeoutMs: number
  rateLimitWaitSeconds: number
  dryRun: boolean
  workspace: string
  /** What the run was asked to do beyond the checks, one plan per operation asked for. */
  plans: Plan[]
}

/**
 * How an operation reads its own inputs. A broken input is recorded (every
 * one is reported at once) and reads as its fallback; a rule across inputs
 * is the operation's own, thrown as an InputError.
 */
export interface InputReader {
  /** One line, trimmed (see rules.singleLine); `fallback` when empty or broken. */
  line(name: string, fallback?: string): string
  /** Several lines, as given, at most `max` characters; '' when broken. */
  text(name: string, max: number): string
  /** One of `allowed`, case-insensitive; `fallback` when empty or broken. */
  choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T
  /** The input holds more than whitespace; its value is neither checked nor read (a rule across operations' inputs). */
  given(name: string): boolean
}

export type PlanReader<Plan> = (inputs: InputReader) => Plan | undefined

const INPUT_DEFAULTS = {
  permission: 'read-write',
  'api-base-url': DEFAULT_BASE_URL,
  'timeout-seconds': '30',
  'rate-limit-wait-seconds': '60',
  'dry-run': 'false'
} as const

export function readSettings<Plan>(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv,
  readers: readonly PlanReader<Plan>[]
): { settings?: Settings<Plan>; errors: InputError[] } {
  const errors: InputError[] = []
  const attempt = <T>(read: () => T, fallback: T): T => {
    try {
      return read()
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      errors.push(error)
      return fallback
    }
  }
  const line = (name: string, fallback = '') => singleLine(name, get(name), (INPUT_DEFAULTS as Record<string, string>)[name] ?? fallback)
  const inputs: InputReader = {
    line: (name, fallback = '') => attempt(() => line(name, fallback), fallback),
    text: (name, max) => attempt(() => multiLine(name, get(name), max), ''),
    choice: (name, allowed, fallback) => attempt(() => oneOf(name, line(name, fallback), allowed), fallback),
    given: (name) => get(name).trim() !== ''
  }

  const permission = attempt(() => oneOf('permission', line('permission'), ACCESS_LEVELS), 'read-write')
  const expectUsername = attempt(() => username('expect-username', line('expect-username')), undefined)
  const apiBaseUrl = attempt(() => baseUrl(line('api-base-url')), DEFAULT_BASE_URL)
  const timeoutSeconds = attempt(() => seconds('timeout-seconds', line('timeout-seconds'), { min: 0.1, max: 600 }), 30)
  const rateLimitWaitSeconds = attempt(() => seconds('rate-limit-wait-seconds', line('rate-limit-wait-seconds'), { min: 0, max: 3600 }), 60)
  const dryRun = attempt(() => bool('dry-run', line('dry-run')), false)
  const plans = readers.flatMap((read) => attempt(() => read(inputs), undefined) ?? [])
  const workspace = env.GITHUB_WORKSPACE?.trim() || process.cwd()

  if (errors.length) return { errors }
  return {
    errors,
    settings: { permission, expectUsername, apiBaseUrl, timeoutMs: Math.round(timeoutSeconds * 1000), rateLimitWaitSeconds, dryRun, workspace, plans }
  }
}
