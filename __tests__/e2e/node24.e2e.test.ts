/**
 * The runtime the action declares (`runs.using: node24`): a run that checks,
 * uploads an image and posts prints nothing at all on stderr on a Node 24
 * binary. No deprecation warning (twitter-text asks for `punycode`, which
 * Node 22 and later warn about unless the bundled userland package answers),
 * no stack trace. ACTION_NODE names the binary (CI: `npx -y node@24`);
 * without it, the Node running the tests runs the action, and every other
 * end-to-end run asserts an empty stderr too (act()).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, startSimulator, unique } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

const node = process.env.ACTION_NODE || process.execPath
const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()

let sim: XSimulator
beforeAll(async () => {
  sim = await startSimulator({ tls: true })
})
afterAll(() => sim.close())

test(`a posting run on Node ${version} over HTTPS: posted, and stderr is empty`, async () => {
  if (process.env.ACTION_NODE) expect(version).toMatch(/^v24\./)
  const run = await act(
    sim,
    { ...credentialInputs(SAMPLE), tweet: unique('Release https://example.com/notes'), media: 'shot.png', 'media-alt-text': 'A screenshot' },
    { node, files: { 'shot.png': png(16, 16, 7) } }
  )
  expect(errorIds(run)).toEqual([])
  expect(run.outputs.posted).toBe('true')
  expect(run.stderr).toBe('')
})
