/** Property-based fuzzing of the credential and settings inputs (see helpers/fuzz-suite.ts). */
import { SETTINGS_INPUTS, fuzzInputs } from './helpers/fuzz-suite.js'

fuzzInputs('settings', SETTINGS_INPUTS)
