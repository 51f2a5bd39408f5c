/** One line of the checks table: what was checked, the verdict, and what was found. */
import type { Finding } from '../diagnoses/finding.js'

export type Verdict = 'pass' | 'fail' | 'warn' | 'skip'

export interface CheckRow {
  /** Stable id, e.g. `access-token`; the summary and the tests refer to rows by it. */
  id: string
  label: string
  verdict: Verdict
  /** One line: what was found, or why it failed. */
  detail: string
}

/** A row with the findings that explain it (their fixes go to the problems). */
export interface RowResult {
  row: CheckRow
  findings: Finding[]
}

export const rowResult = (row: CheckRow, ...findings: Finding[]): RowResult => ({ row, findings })

export const ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '➖' }

/** A maker of rows whose labels come from one table, so a row id always shows the same label. */
export function rowsLabelled<Id extends string>(labels: Record<Id, string>): (id: Id, verdict: Verdict, detail: string) => CheckRow {
  return (id, verdict, detail) => ({ id, label: labels[id], verdict, detail: oneLine(detail) })
}

/** Row details are one line; long messages go to the problems, in full. */
export function oneLine(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat
}

export function rowLine(row: CheckRow): string {
  return `${ICON[row.verdict]} ${row.label}: ${row.detail}`
}
