/** Property-based fuzzing of the posting inputs: see campaign.ts, and CONTRIBUTING.md's "Fuzzing". */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Campaign } from './campaign.js'
import { POSTING_INPUTS } from './posting-inputs.js'

const campaign = new Campaign('posting', POSTING_INPUTS)
beforeAll(() => campaign.open())
afterAll(() => campaign.close())

describe.each(campaign.names)('%s', (name) => {
  test(`in-process: each of ${campaign.cases} values ends in success or one clear failure, with nothing leaked`, () => campaign.fuzz(name), campaign.timeoutMs)
  test('through dist/index.js: the same verdict as in-process', () => campaign.throughDist(name), campaign.distTimeoutMs)
})

// Registered after the property runs, so it sees their requests.
test('no request went anywhere but 127.0.0.1', () => expect(campaign.foreignHosts()).toEqual([]))
