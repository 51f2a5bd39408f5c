/** The step's outputs: every output of action.yml, set on success and on failure alike. */
import type { Verification } from '../checks/verify.js'

export interface OutputSources {
  verification?: Verification
  /** What each auth method and operation sets when it did not run. */
  idle: Record<string, string>
  /** The operations' own outputs, in the order they ran. */
  operations: Record<string, string>[]
}

export function buildOutputs(o: OutputSources): Record<string, string> {
  const v = o.verification
  const identity = v?.identity
  return {
    verified: String(!!v?.verified),
    'user-id': identity?.user.id ?? '',
    username: identity?.user.username ?? '',
    name: identity?.user.name ?? '',
    'access-level': identity?.accessLevel ?? '',
    auth: identity?.method ?? '',
    ...o.idle,
    ...v?.outputs,
    ...Object.assign({}, ...o.operations)
  }
}
