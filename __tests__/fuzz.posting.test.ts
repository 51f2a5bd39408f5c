/** Property-based fuzzing of the posting inputs (see helpers/fuzz-suite.ts). */
import { POSTING_INPUTS, fuzzInputs } from './helpers/fuzz-suite.js'

fuzzInputs('posting', POSTING_INPUTS)
