/**
 * The entry, at the process's edges: the command line when the bin asks for
 * it; otherwise the action. Its first act, before the rest of the program
 * loads, is to start connecting to X (src/x/preconnect.ts), so the TCP and
 * TLS handshakes happen while the action loads and reads its inputs; then it
 * loads the action (src/action.ts) and hands it the connections. This module
 * imports only what that first act needs.
 */
import { connectionsNeeded } from './auth/specs.js'
import { baseUrl, singleLine } from './settings/rules.js'
import { DEFAULT_BASE_URL } from './x/endpoint.js'
import { Preconnected } from './x/preconnect.js'

/**
 * Set by bin/x-credentials-check.js before it imports this bundle: the same
 * dist/index.js then serves the command line instead of running the action.
 * Without the marker (the runner's `node dist/index.js`) the action runs.
 */
const CLI_MARKER = Symbol.for('x-credentials-action.cli')

/** The command-line check (`x-credentials-check check --env-file .env`). */
export async function cli(argv: string[]): Promise<void> {
  const { main } = await import(/* webpackChunkName: "run" */ './cli/cli.js')
  await main(argv)
}

/**
 * Opens one connection per request the checks will send at once (judged
 * from which credentials are given, never from their values) to the
 * `api-base-url` the runner passed. The runner passes every input, defaults
 * included; without it (a tool calling run() itself), or with a value the
 * settings will refuse, nothing is opened and the settings report it.
 */
function connectEarly(env: NodeJS.ProcessEnv): Preconnected | undefined {
  const input = (name: string): string | undefined => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
  const given = input('api-base-url')
  if (given === undefined) return undefined
  let base: string
  try {
    base = baseUrl(singleLine('api-base-url', given, DEFAULT_BASE_URL))
  } catch {
    return undefined
  }
  return Preconnected.open(
    base,
    connectionsNeeded((name) => input(name) ?? '', env)
  )
}

if (!(globalThis as Record<symbol, unknown>)[CLI_MARKER]) {
  const started = Date.now()
  const preconnected = connectEarly(process.env)
  // Named like the command line's chunk, so that the code they share is not split into further files to load.
  import(/* webpackChunkName: "run" */ './action.js')
    .then(({ runAction }) => runAction(started, preconnected))
    .catch((error: unknown) => {
      // Only a broken install gets here (a chunk of dist/ missing): no @actions/core to report through.
      preconnected?.close()
      process.stderr.write(`X credentials action could not start: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    })
}
