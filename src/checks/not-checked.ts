/** The verification when it could not happen at all: one row saying why, and nothing verified. */
import type { Verification } from './verify.js'

export function notChecked(reason: string): Verification {
  return {
    rows: [{ id: 'credentials', label: 'Credentials', verdict: 'skip', detail: `Not checked: ${reason}.` }],
    findings: [],
    verified: false,
    outputs: {},
    summary: []
  }
}
