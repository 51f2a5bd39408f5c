/**
 * Shapes that explain a failure: two values swapped, a credential in the
 * wrong input. They are only shown when the related check fails; a value
 * that authenticates is never questioned for its looks.
 */
import { finding, type Finding } from '../../diagnoses/finding.js'
import type { Secret } from '../../io/secret.js'
import { oauth2Kind, SHAPES } from '../credentials.js'

export interface OAuth1Values {
  apiKey?: Secret
  apiSecret?: Secret
  accessToken?: Secret
  accessSecret?: Secret
}

export function shapeHints(v: OAuth1Values): Finding[] {
  const hints: Finding[] = []
  const reveal = (s?: Secret) => s?.reveal() ?? ''
  if (v.apiKey?.length === 50 && v.apiSecret?.length === 25) {
    hints.push(
      finding('consumer-pair-swapped', '`api-key` has the length of an API secret (50) and `api-secret` that of an API key (25): they look swapped.', 'api-key')
    )
  }
  if (SHAPES.accessToken.test(reveal(v.accessSecret)) && !SHAPES.accessToken.test(reveal(v.accessToken))) {
    hints.push(
      finding(
        'access-pair-swapped',
        '`access-secret` has the `<user id>-…` shape of an access token and `access-token` does not: they look swapped.',
        'access-token'
      )
    )
  }
  for (const value of [v.apiKey, v.apiSecret, v.accessToken, v.accessSecret]) {
    if (value && SHAPES.bearer.test(value.reveal())) {
      hints.push(finding('credential-in-wrong-slot', `\`${value.input}\` starts with the run of A's of a bearer token.`, value.input))
    }
    const kind = value && oauth2Kind(value.reveal())
    if (value && kind) {
      hints.push(
        finding(
          'oauth2-credential-in-oauth1-input',
          `\`${value.input}\` has the form of an OAuth 2.0 ${kind}, which is not one of the four OAuth 1.0a values.`,
          value.input
        )
      )
    }
  }
  return hints
}

/** The hints about these inputs, raised to errors: they now explain a failed check. */
export function hintsFor(hints: readonly Finding[], ...inputs: string[]): Finding[] {
  return hints.filter((h) => h.subject && inputs.includes(h.subject)).map((h) => ({ ...h, severity: 'error' as const }))
}
