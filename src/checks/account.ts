/** `expect-username`: the credentials must act as this account. */
import { finding } from '../diagnoses/finding.js'
import type { XUser } from '../x/api.js'
import { rowsLabelled, type RowResult } from './row.js'

const row = rowsLabelled({ account: 'Account' })

export function accountRow(expected: string, user: XUser | undefined): RowResult {
  if (!user) return { row: row('account', 'skip', `Not checked (expected @${expected}).`), findings: [] }
  if (user.username.toLowerCase() === expected.toLowerCase()) return { row: row('account', 'pass', `@${user.username} as expected.`), findings: [] }
  return {
    row: row('account', 'fail', `@${user.username}, expected @${expected}.`),
    findings: [
      finding('username-mismatch', `The access token belongs to @${user.username} (id ${user.id}), but \`expect-username\` is @${expected}.`, 'expect-username')
    ]
  }
}
