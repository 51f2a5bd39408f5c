/**
 * The entry, at the process's edges: the command line when the bin asks for
 * it; otherwise the action, with its last-resort handlers and the watchdog on
 * the step's deadline, counted from this first line.
 */
import { Deadline } from './deadline.js'
import { explain, finding } from './diagnoses/finding.js'
import { coreIO } from './io/core-io.js'
import { redacting } from './io/redacting-io.js'
import { failUnexpected, run } from './main.js'

/**
 * Set by bin/x-credentials-check.js before it imports this bundle: the same
 * dist/index.js then serves the command line instead of running the action.
 * Without the marker (the runner's `node dist/index.js`) the action runs.
 */
const CLI_MARKER = Symbol.for('x-credentials-action.cli')

/** Time for the offline part, before the settings and the work say how long the step may take. */
const FIRST_BUDGET_MS = 60_000
/** After the deadline, in-flight work has this long to end on its own before the watchdog ends the step. */
const WATCHDOG_GRACE_MS = 5_000

/** The command-line check (`x-credentials-check check --env-file .env`). */
export async function cli(argv: string[]): Promise<void> {
  const { main } = await import('./cli/cli.js')
  await main(argv)
}

if (!(globalThis as Record<symbol, unknown>)[CLI_MARKER]) {
  // One redacting edge for the run and its last-resort handlers, so even those messages are scrubbed.
  const io = redacting(coreIO)
  const started = Date.now()
  const deadline = Deadline.in(FIRST_BUDGET_MS)
  deadline.watch(WATCHDOG_GRACE_MS, () => {
    io.setFailed(
      explain(finding('deadline-exceeded', `The step did not finish within its overall deadline of ${Math.round((deadline.at - started) / 1000)} s.`))
    )
    process.exit(1)
  })
  const fail = (error: unknown) => failUnexpected(error, io)
  process.on('unhandledRejection', fail)
  process.on('uncaughtException', fail)
  run(io, deadline)
    .catch(fail)
    .finally(() => deadline.stop())
}
