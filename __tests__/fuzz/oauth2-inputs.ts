/**
 * The OAuth 2.0 inputs: what each is fuzzed with, and which diagnoses X or
 * GitHub may answer it with. Every case runs with OAuth 2.0 user context and
 * a fresh refresh-token chain (see `prepareCase` in world.ts): the client,
 * the refresh token, the secret that holds it and the GitHub token that can
 * write it are valid, but the one fuzzed.
 */
import fc from 'fast-check'
import type { DiagnosisId } from '../../src/diagnoses/catalogue.js'
import { ENVIRONMENT, REFRESH_TOKEN_SECRET, SECRETS_WRITE_TOKEN, WORKFLOW_TOKEN } from '../../tools/github-simulator/index.js'
import { OAUTH2_CONFIDENTIAL, OAUTH2_UNENROLLED } from '../../tools/simulator/index.js'
import { FRESH_REFRESH_TOKEN, anything, brokenLine, padded, secretValues, tag, type InputSpec } from './values.js'

/** What X refuses in the refresh, and GitHub in the write access proven before it. */
const OAUTH2_REJECTED: DiagnosisId[] = [
  'oauth2-client-unknown',
  'oauth2-client-rejected',
  'oauth2-refresh-token-invalid',
  'github-token-rejected',
  'github-secrets-forbidden',
  'secret-environment-not-found',
  'refresh-token-secret-not-found'
]

/** A secret input of OAuth 2.0: `others` are secrets of its kind that X or GitHub refuse here. */
const secret = (name: string, valid: string, others: string[]): InputSpec => ({
  name,
  oauth2: true,
  secret: true,
  xDiagnoses: OAUTH2_REJECTED,
  arb: secretValues(valid, others)
})

/**
 * A name of the write-back (the secret, its environment): the valid one,
 * padded, succeeds; a broken line or a name GitHub does not allow is refused
 * before any request; a well-formed name that is not there is refused by
 * GitHub.
 */
const secretName = (name: string, valid: string, refusedNames: string[], otherNames: string[]): InputSpec => ({
  name,
  oauth2: true,
  xDiagnoses: OAUTH2_REJECTED,
  arb: fc.oneof(
    { weight: 3, arbitrary: padded(valid).map(tag('ok')) },
    { weight: 2, arbitrary: (refusedNames.length ? fc.oneof(brokenLine(valid), fc.constantFrom(...refusedNames)) : brokenLine(valid)).map(tag('invalid')) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constantFrom(...otherNames), fc.stringMatching(/^[A-Z][A-Z0-9_]{2,30}$/))
        .filter((v) => v !== valid)
        .map(tag('x-refuses'))
    },
    { weight: 3, arbitrary: anything }
  )
})

/** Each input's spec (none depends on the simulator's address). */
export const OAUTH2_INPUTS: Record<string, (simUrl: string) => InputSpec> = {
  'client-id': () => secret('client-id', OAUTH2_CONFIDENTIAL.clientId, [OAUTH2_UNENROLLED.clientId]),
  'client-secret': () => secret('client-secret', OAUTH2_CONFIDENTIAL.clientSecret, [OAUTH2_UNENROLLED.clientSecret]),
  // A token X never issued, in the shape of one.
  'refresh-token': () => secret('refresh-token', FRESH_REFRESH_TOKEN, ['bm90LWlzc3VlZC1ieS14LWV2ZXI6MTc5NjI5Nzk3NTExNToxOjA6cnQ6MQ']),
  // The workflow's GITHUB_TOKEN can never write secrets.
  'github-token': () => secret('github-token', SECRETS_WRITE_TOKEN, [WORKFLOW_TOKEN]),
  'refresh-token-secret': () =>
    secretName(
      'refresh-token-secret',
      REFRESH_TOKEN_SECRET,
      ['1X_TOKEN', 'GITHUB_TOKEN', 'X-REFRESH', 'X REFRESH', 'X.REFRESH'],
      ['X_REFRESH', 'OTHER_SECRET']
    ),
  'secret-environment': () => secretName('secret-environment', ENVIRONMENT, [], ['staging', 'Production ', 'prod'])
}
