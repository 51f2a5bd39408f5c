/** Property-based fuzzing of the posting inputs: see campaign.ts, and CONTRIBUTING.md's "Fuzzing". */
import { Campaign, fuzzTests } from './campaign.js'
import { POSTING_INPUTS } from './posting-inputs.js'

const campaign = new Campaign('posting', POSTING_INPUTS)
fuzzTests(campaign)
