/** Property-based fuzzing of the OAuth 2.0 inputs (see helpers/fuzz-suite.ts): each case a fresh refresh-token chain. */
import { OAUTH2_INPUTS, fuzzInputs } from './helpers/fuzz-suite.js'

fuzzInputs('oauth2', OAUTH2_INPUTS)
