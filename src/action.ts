/**
 * The action, as the entry starts it once its connections are on their way:
 * one redacting edge for the run and its last-resort handlers, the watchdog
 * on the step's deadline (counted from the entry's first line), the run.
 */
import { Deadline } from './deadline.js'
import { explain, finding } from './diagnoses/finding.js'
import { coreIO } from './io/core-io.js'
import { redacting } from './io/redacting-io.js'
import { failUnexpected, run } from './main.js'
import type { Preconnected } from './x/preconnect.js'

/** Time for the offline part, before the settings and the work say how long the step may take. */
const FIRST_BUDGET_MS = 60_000
/** After the deadline, in-flight work has this long to end on its own before the watchdog ends the step. */
const WATCHDOG_GRACE_MS = 5_000

export function runAction(started: number, preconnected: Preconnected | undefined): Promise<void> {
  // One redacting edge for the run and its last-resort handlers, so even those messages are scrubbed.
  const io = redacting(coreIO)
  const deadline = new Deadline(started + FIRST_BUDGET_MS)
  deadline.watch(WATCHDOG_GRACE_MS, () => {
    io.setFailed(
      explain(finding('deadline-exceeded', `The step did not finish within its overall deadline of ${Math.round((deadline.at - started) / 1000)} s.`))
    )
    process.exit(1)
  })
  const fail = (error: unknown) => failUnexpected(error, io)
  process.on('unhandledRejection', fail)
  process.on('uncaughtException', fail)
  return run(io, deadline, preconnected)
    .catch(fail)
    .finally(() => {
      // Connections no request took are closed unused: an input error sends nothing.
      preconnected?.close()
      deadline.stop()
    })
}
