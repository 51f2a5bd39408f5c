/**
 * `npm run demo`: the built action, run as the GitHub runner runs it, against
 * the built-in X API simulator with sample credentials. Shows the log as the
 * runner displays it (masked) and the job summary as text.
 */
import { markdownToText } from '../src/cli/markdown-text.js'
import { renderLog, runAction } from './runner.js'
import { READ_ONLY, SAMPLE, XSimulator, credentialInputs, seedDefault, type Credentials } from './simulator/index.js'

const RELEASE_NOTES = `Release v2.4.0 is out 🎉 Faster start-up and clearer errors.
https://github.com/your-org/your-app/releases/tag/v2.4.0
---
What changed: the credentials check now names the exact secret to fix. 日本語のリリースノートもあります。`

const scenarios: { title: string; credentials: Credentials; inputs: Record<string, string> }[] = [
  {
    title: 'Pre-deploy check and a release announcement, as a dry run',
    credentials: SAMPLE,
    inputs: { tweet: RELEASE_NOTES, 'dry-run': 'true', 'expect-username': 'release_bot' }
  },
  { title: 'The same announcement, posted', credentials: SAMPLE, inputs: { tweet: RELEASE_NOTES } },
  {
    title: 'A read-only access token (the App was switched to "Read and write" after the token was generated)',
    credentials: READ_ONLY,
    inputs: {}
  }
]

function section(title: string): string {
  return `\n${'═'.repeat(78)}\n${title}\n${'═'.repeat(78)}`
}

async function main(): Promise<void> {
  const sim = await XSimulator.start()
  seedDefault(sim)
  let failures = 0
  try {
    for (const [i, s] of scenarios.entries()) {
      const c = s.credentials
      const run = await runAction({
        inputs: {
          ...credentialInputs(c),
          'api-base-url': sim.url,
          ...s.inputs
        }
      })
      console.log(section(`${i + 1}. ${s.title}`))
      console.log(`\n── Log (as the runner shows it; exit code ${run.exitCode}, ${run.durationMs} ms) ──\n`)
      console.log(renderLog(run))
      console.log('\n── Outputs ──\n')
      for (const [name, value] of Object.entries(run.outputs)) if (value) console.log(`${name}: ${value}`)
      console.log('\n── Job summary ──\n')
      console.log(markdownToText(run.summary))
      if (run.exitCode !== (i === 2 ? 1 : 0)) failures++
    }
    console.log(section('Simulator request log'))
    const width = Math.max(24, ...sim.requests.map((r) => r.path.length))
    for (const r of sim.requests) console.log(`${r.method.padEnd(4)} ${r.path.padEnd(width)} → ${r.status}`)
  } finally {
    await sim.close()
  }
  if (failures) {
    console.error(`\n${failures} scenario(s) did not end as expected.`)
    process.exitCode = 1
  } else {
    console.log('\nAll three scenarios ended as expected: two green, one red with its fix.')
  }
}

await main()
