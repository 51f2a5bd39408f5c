/** Property-based fuzzing of the credential and settings inputs: see campaign.ts, and CONTRIBUTING.md's "Fuzzing". */
import { Campaign, fuzzTests } from './campaign.js'
import { SETTINGS_INPUTS } from './settings-inputs.js'

const campaign = new Campaign('settings', SETTINGS_INPUTS)
fuzzTests(campaign)
