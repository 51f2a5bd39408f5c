/**
 * The same verification from a terminal, with real credentials, before they
 * go into repository secrets:
 *
 *   x-credentials-check check --env-file .env
 *
 * It reads the action's environment names (TWITTER_API_KEY … or X_API_KEY …)
 * and prints the same diagnosis the action gives. It never posts. It ships
 * inside the action's own bundle (see index.ts), loaded only when called.
 */
import { readFileSync } from 'node:fs'
import type { ActionIO } from '../io/action-io.js'
import { redacting } from '../io/redacting-io.js'
import { failUnexpected, run } from '../main.js'
import { parseArgs, parseEnvFile, type CliArgs } from './args.js'
import { markdownToText } from './markdown-text.js'

const USAGE = `Usage: x-credentials-check check [options]
       x-credentials-check authorize --help   (get an OAuth 2.0 refresh token, once)

Verifies X API credentials from the environment (TWITTER_API_KEY, TWITTER_API_SECRET,
TWITTER_ACCESS_TOKEN, TWITTER_ACCESS_SECRET, TWITTER_BEARER_TOKEN, or the X_* names;
for OAuth 2.0 X_CLIENT_ID, X_CLIENT_SECRET, X_REFRESH_TOKEN). With a refresh token it
rotates it like the action: give --refresh-token-secret and a GH_TOKEN that can write it.

Options:
  --env-file FILE            read KEY=VALUE lines first (variables already set win)
  --permission LEVEL         read | read-write | read-write-directmessages (default read-write)
  --expect-username NAME     fail unless the token belongs to this account
  --api-base-url URL         default https://api.x.com
  --timeout-seconds N        per request (default 30)
  --rate-limit-wait-seconds N
  --refresh-token-secret NAME, --secret-environment ENV
                             OAuth 2.0: where the rotated refresh token is written (the
                             repository in GITHUB_REPOSITORY, token in GH_TOKEN)
  --summary                  also print the job summary as text
  -h, --help                 this text
`

function terminalIO(inputs: Record<string, string>, env: NodeJS.ProcessEnv, showSummary: boolean): ActionIO {
  const print = (line: string) => process.stdout.write(line + '\n')
  return {
    getInput: (name) => inputs[name] ?? '',
    env,
    // No log masker in a terminal; the run's own redaction still applies to everything printed.
    setSecret: () => undefined,
    info: print,
    warning: (message, title) => print(`⚠️  ${title}: ${message}`),
    notice: (message, title) => print(`ℹ️  ${title}: ${message}`),
    error: (message, title) => print(`❌ ${title}: ${message}`),
    setOutput: () => undefined,
    writeSummary: async (markdown) => {
      if (showSummary) print('\n' + markdownToText(markdown))
    },
    setFailed: (message) => {
      process.exitCode = 1
      print(`\n${message}`)
    }
  }
}

export async function main(argv: string[]): Promise<void> {
  if (argv[0] === 'authorize') {
    const { authorize } = await import('./authorize.js')
    await authorize(argv.slice(1))
    return
  }
  let args: CliArgs
  try {
    args = parseArgs(argv)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  if (args.help) {
    process.stdout.write(USAGE)
    return
  }
  const env = { ...process.env }
  if (args.envFile) {
    let text: string
    try {
      text = readFileSync(args.envFile, 'utf8')
    } catch {
      process.stderr.write(`Cannot read --env-file ${args.envFile}\n`)
      process.exitCode = 2
      return
    }
    for (const [k, v] of Object.entries(parseEnvFile(text))) if (env[k] === undefined) env[k] = v
  }
  // The event payload and workspace of a runner do not exist here.
  delete env.GITHUB_EVENT_PATH
  const io = redacting(terminalIO(args.inputs, env, args.summary))
  try {
    await run(io)
  } catch (error) {
    failUnexpected(error, io)
  }
}
