/** Property-based fuzzing of the OAuth 2.0 inputs: see campaign.ts, and CONTRIBUTING.md's "Fuzzing". */
import { Campaign, fuzzTests } from './campaign.js'
import { OAUTH2_INPUTS } from './oauth2-inputs.js'

/**
 * Each case proves GitHub write access and rotates a whole refresh-token chain (up to seven requests over two
 * simulators, two secrets sealed by the action and opened by the GitHub simulator): a successful case takes about
 * 130 ms in-process, fifteen times an OAuth 1.0a check, so `npm test` runs 30 values per input here (FUZZ_CASES
 * sets every part alike).
 */
const campaign = new Campaign('oauth2', OAUTH2_INPUTS, { defaultCases: 30, msPerCase: 300 })
fuzzTests(campaign)
