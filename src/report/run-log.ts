/**
 * The log as a story: each phase writes when it ends — the input findings,
 * then the check rows, then the operation's progress and findings, then the
 * verdict — so a user reads it top to bottom in the order things happened.
 */
import { rowLine, type CheckRow } from '../checks/row.js'
import { explain, titleOf, type Finding } from '../diagnoses/finding.js'
import type { ActionIO } from '../io/action-io.js'

export class RunLog {
  constructor(private readonly io: ActionIO) {}

  /** A line as it happens: progress, waits, retries. */
  line = (message: string): void => {
    this.io.info(message)
  }

  rows(rows: readonly CheckRow[]): void {
    for (const row of rows) this.io.info(rowLine(row))
  }

  /** Each finding as an annotation titled from the catalogue, with its fix. */
  findings(findings: readonly Finding[]): void {
    for (const f of findings) {
      if (f.severity === 'error') this.io.error(explain(f), titleOf(f))
      else if (f.severity === 'warning') this.io.warning(explain(f), titleOf(f))
      else this.io.notice(explain(f), titleOf(f))
    }
  }
}
