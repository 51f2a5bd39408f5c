/**
 * `npm run simulator`: the X API simulator as a standalone server with the
 * sample world, for a workflow that runs the action with `uses: ./` (see
 * .github/workflows/ci.yml) or for trying the action by hand. It prints its
 * URL and, with --github-env FILE, appends the sample credentials there as
 * X_* variables, the names the action falls back to. With --tls it serves
 * HTTPS, as X does, with a certificate from a CA made at start: the CA's
 * file goes to NODE_EXTRA_CA_CERTS in that file (and is printed), which is
 * how Node is told to trust it; nothing turns verification off.
 *
 *   node build/tools/serve-simulator.js [--port 8787] [--tls] [--github-env "$GITHUB_ENV"]
 */
import { appendFileSync } from 'node:fs'
import { READ_ONLY, SAMPLE, XSimulator, seedDefault } from './simulator/index.js'

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}

async function main(): Promise<void> {
  const sim = await XSimulator.start({ port: Number(option('port') ?? 0), tls: process.argv.includes('--tls') })
  seedDefault(sim)
  const envFile = option('github-env')
  if (envFile) {
    const lines = [
      `X_SIMULATOR_URL=${sim.url}`,
      `X_API_KEY=${SAMPLE.apiKey}`,
      `X_API_SECRET=${SAMPLE.apiSecret}`,
      `X_ACCESS_TOKEN=${SAMPLE.accessToken}`,
      `X_ACCESS_SECRET=${SAMPLE.accessSecret}`,
      `X_BEARER_TOKEN=${SAMPLE.bearerToken}`,
      // A read-only token of the same App, for the scenario that must fail.
      `X_READ_ONLY_ACCESS_TOKEN=${READ_ONLY.accessToken}`,
      `X_READ_ONLY_ACCESS_SECRET=${READ_ONLY.accessSecret}`,
      ...(sim.caFile ? [`NODE_EXTRA_CA_CERTS=${sim.caFile}`] : [])
    ]
    appendFileSync(envFile, lines.join('\n') + '\n')
  }
  process.stdout.write(`X API simulator listening on ${sim.url} (sample credentials: tools/simulator/fixtures.ts)\n`)
  if (sim.caFile) process.stdout.write(`Its certificate's CA, for NODE_EXTRA_CA_CERTS: ${sim.caFile}\n`)
  const stop = () => void sim.close().then(() => process.exit(0))
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(`The simulator could not start: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
