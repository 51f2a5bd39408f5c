/**
 * The auth methods as the entry sees them before the rest of the action loads: each folder's `spec.ts`, in the
 * order of registry.ts (a test holds the two lists together), and what can be judged from them alone: where each
 * value is read from, and how many connections the checks will use.
 */
import { APP_BEARER } from './app-bearer/spec.js'
import type { CredentialSpec, MethodShape, RawCredentials } from './method.js'
import { OAUTH1A } from './oauth1a/spec.js'
import { OAUTH2 } from './oauth2/spec.js'

export const METHOD_SHAPES: readonly MethodShape[] = [OAUTH1A, OAUTH2, APP_BEARER]

/** Reads each value: the input first, then each environment variable in turn. */
export function readCredentials(specs: readonly CredentialSpec[], getRawInput: (name: string) => string, env: NodeJS.ProcessEnv): RawCredentials {
  const out: RawCredentials = {}
  for (const spec of specs) {
    let value = getRawInput(spec.input)
    let source: string | null = value.trim() ? 'input' : null
    for (const name of spec.env) {
      if (source) break
      const fromEnv = env[name] ?? ''
      if (fromEnv.trim()) {
        value = fromEnv
        source = name
      }
    }
    out[spec.input] = { spec, value: source ? value : '', source }
  }
  return out
}

/**
 * How many requests the checks will send at once: those of every method whose values (all but the optional ones)
 * are given. Only whether a value is there counts; the values themselves are neither kept nor used.
 */
export function connectionsNeeded(getRawInput: (name: string) => string, env: NodeJS.ProcessEnv, methods: readonly MethodShape[] = METHOD_SHAPES): number {
  const raw = readCredentials(
    methods.flatMap((m) => m.credentials),
    getRawInput,
    env
  )
  return methods.filter((m) => m.credentials.every((spec) => spec.optional || raw[spec.input].source)).reduce((sum, m) => sum + m.requests, 0)
}
