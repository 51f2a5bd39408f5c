import { expect, test } from '@jest/globals'
import { SAMPLE } from '../../tools/simulator/index.js'
import { runAction } from '../../tools/runner.js'
import { act, credentialInputs, startSimulator } from '../helpers/e2e.js'
import { inPool } from '../helpers/reliability.js'

test('probe', async () => {
  for (const n of [1, 1, 2, 4, 6]) {
    const t0 = Date.now()
    const walls = await inPool(Array.from({ length: n * 2 }), n, async () => {
      const sim = await startSimulator()
      sim.rateLimit('tweets', { resetInSeconds: 10000 })
      const t = Date.now()
      const r = await runAction({ inputs: { ...credentialInputs(SAMPLE), 'api-base-url': sim.url } })
      const raw = Date.now() - t
      const t2 = Date.now()
      await act(sim, credentialInputs(SAMPLE))
      await sim.close()
      return [raw, Date.now() - t2, r.durationMs]
    })
    console.log(n, Date.now() - t0, JSON.stringify(walls))
  }
  expect(1).toBe(1)
}, 120000)
