/** Property-based fuzzing of the OAuth 2.0 inputs: see campaign.ts, and CONTRIBUTING.md's "Fuzzing". */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Campaign } from './campaign.js'
import { OAUTH2_INPUTS } from './oauth2-inputs.js'

/**
 * Each case proves GitHub write access and rotates a whole refresh-token chain (up to seven requests over two
 * simulators, two secrets sealed by the action and opened by the GitHub simulator): a successful case takes about
 * 130 ms in-process, fifteen times an OAuth 1.0a check, so `npm test` runs 30 values per input here (FUZZ_CASES
 * sets every part alike).
 */
const campaign = new Campaign('oauth2', OAUTH2_INPUTS, { defaultCases: 30, msPerCase: 300 })
beforeAll(() => campaign.open())
afterAll(() => campaign.close())

describe.each(campaign.names)('%s', (name) => {
  test(`in-process: each of ${campaign.cases} values ends in success or one clear failure, with nothing leaked`, () => campaign.fuzz(name), campaign.timeoutMs)
  test('through dist/index.js: the same verdict as in-process', () => campaign.throughDist(name), campaign.distTimeoutMs)
})

// Registered after the property runs, so it sees their requests.
test('no request went anywhere but 127.0.0.1', () => expect(campaign.foreignHosts()).toEqual([]))
