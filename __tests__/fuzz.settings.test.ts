/** Property-based fuzzing of the credential and settings inputs (see helpers/fuzz-suite.ts). */
import { fuzzInputs } from './helpers/fuzz-suite.js'

fuzzInputs('settings', [
  'api-key',
  'api-secret',
  'access-token',
  'access-secret',
  'bearer-token',
  'permission',
  'expect-username',
  'api-base-url',
  'timeout-seconds',
  'rate-limit-wait-seconds'
])
