import { coreIO } from './core-io.js'
import { failUnexpected, run } from './main.js'
import { redacting } from './redacting-io.js'

/**
 * Set by bin/x-credentials-check.js before it imports this bundle: the same
 * dist/index.js then serves the command line instead of running the action.
 * Without the marker (the runner's `node dist/index.js`) the action runs.
 */
const CLI_MARKER = Symbol.for('x-credentials-action.cli')

/** The command-line check (`x-credentials-check check --env-file .env`). */
export async function cli(argv: string[]): Promise<void> {
  const { main } = await import('./cli.js')
  await main(argv)
}

if (!(globalThis as Record<symbol, unknown>)[CLI_MARKER]) {
  // One redacting wrapper for the run and its last-resort handlers, so even those messages are scrubbed.
  const io = redacting(coreIO)
  const fail = (error: unknown) => failUnexpected(error, io)
  process.on('unhandledRejection', fail)
  process.on('uncaughtException', fail)
  run(io).catch(fail)
}
