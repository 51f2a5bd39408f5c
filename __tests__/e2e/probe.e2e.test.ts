import { expect, test } from '@jest/globals'
import { ALL_SECRET_VALUES, SAMPLE } from '../../tools/simulator/index.js'
import { runAction } from '../../tools/runner.js'
import { credentialInputs, startSimulator } from '../helpers/e2e.js'
import { scanForLeaks, pairForms } from '../helpers/leaks.js'

test('probe', async () => {
  const sim = await startSimulator()
  const r = await runAction({ inputs: { ...credentialInputs(SAMPLE), 'api-base-url': sim.url, tweet: 'hello' } })
  const secrets = ALL_SECRET_VALUES.map((v, i) => ({ name: 's' + i, value: v }))
  const t = performance.now()
  for (let i = 0; i < 20; i++) scanForLeaks(r, secrets, pairForms(SAMPLE.apiKey, SAMPLE.apiSecret))
  console.log('scan ms', (performance.now() - t) / 20, r.stdout.length, r.summary.length)
  await sim.close()
  expect(1).toBe(1)
}, 120000)
