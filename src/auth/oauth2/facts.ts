/**
 * What the OAuth 2.0 requests proved, in the order they must happen: GitHub
 * first (the secret exists and can be written, proven with a throwaway probe
 * secret), then the refresh at X, whose new refresh token is masked on arrival
 * and written back at once, then GET /2/users/me with the new access token.
 * A failure at GitHub stops before X: the refresh token stays unspent.
 */
import { answerOf, type Answer } from '../../checks/answer.js'
import type { GitHubApi } from '../../github/api.js'
import { GitHubApiError } from '../../github/errors.js'
import { proveWritable, secretMetadata, writeSecret, type PublicKey, type SecretMetadata, type SecretScope } from '../../github/secrets.js'
import { Secret } from '../../io/secret.js'
import type { OAuth2TokenAnswer, XApi, XClient, XUser } from '../../x/api.js'
import type { XApiError } from '../../x/errors.js'
import { parseScopes } from './scopes.js'

export interface OAuth2Values {
  clientId: Secret
  clientSecret?: Secret
  refreshToken: Secret
  githubToken: Secret
}

/** Where the refresh token lives on GitHub. */
export interface SecretPlace extends SecretScope {
  /** `owner/name` */
  repository: string
  name: string
}

/** Which GitHub request failed, for the message. */
export type GitHubStep = 'public-key' | 'secret' | 'probe-write' | 'probe-delete'

export interface OAuth2Facts {
  place: SecretPlace
  github: { ok: true; before: SecretMetadata } | { ok: false; step: GitHubStep; error: GitHubApiError }
  /** Absent when GitHub failed: X was not asked. */
  refresh?: Answer<OAuth2TokenAnswer>
  /** An attempt of the refresh ended without an answer (timeout, dropped, 5xx): X may have acted on it. */
  refreshAmbiguous: boolean
  /** After X refused the refresh token: the secret as it is now (another run may have stored a successor). */
  secretNow?: SecretMetadata
  /** Absent when there was nothing to write. */
  writeBack?: { ok: true; at: number } | { ok: false; error: GitHubApiError }
  me?: Answer<XUser>
  scopes: string[]
  client?: XClient
}

/** The probe's name: beside the real secret, so the same permission covers both. */
export const probeName = (name: string) => `${name}_WRITE_CHECK`

/**
 * The scope's public key and the secret's metadata, then write access proven
 * with a probe beside the secret, without touching the real one: its current
 * value may already be a concurrent run's successor.
 */
async function proveWriteAccess(api: GitHubApi, scope: SecretScope, name: string): Promise<{ github: OAuth2Facts['github']; key?: PublicKey }> {
  let step: GitHubStep = 'public-key'
  let before: SecretMetadata | undefined
  try {
    const key = await proveWritable(api, scope, probeName(name), async () => {
      step = 'secret'
      before = await secretMetadata(api, scope, name)
      step = 'probe-write'
    })
    return { github: { ok: true, before: before! }, key }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error
    return { github: { ok: false, step, error } }
  }
}

export async function gather(x: XApi, api: GitHubApi, values: OAuth2Values, place: SecretPlace, mask: (value: string) => void): Promise<OAuth2Facts> {
  const scope: SecretScope = { environment: place.environment }
  const proven = await proveWriteAccess(api, scope, place.name)
  const facts: OAuth2Facts = { place, github: proven.github, refreshAmbiguous: false, scopes: [] }
  const key = proven.key
  if (!key) return facts

  const tokenClient = x.client({ kind: 'oauth2-client', clientId: values.clientId, clientSecret: values.clientSecret })
  const onAttemptError = (error: XApiError) => {
    if (error.ambiguous) facts.refreshAmbiguous = true
  }
  facts.refresh = await answerOf(
    tokenClient.oauth2Refresh(values.refreshToken, values.clientId, onAttemptError).then((r) => {
      // Live secrets from the moment they arrive.
      for (const value of [r.data.access_token, r.data.refresh_token]) if (typeof value === 'string' && value) mask(value)
      return r
    })
  )
  if (!facts.refresh.ok) {
    if (facts.refresh.error.info.oauthError === 'invalid_request' && /token/i.test(facts.refresh.error.info.detail ?? '')) {
      facts.secretNow = await secretMetadata(api, scope, place.name).catch(() => undefined)
    }
    return facts
  }
  const answer = facts.refresh.value.data
  facts.scopes = parseScopes(answer.scope)
  if (typeof answer.refresh_token === 'string' && answer.refresh_token) {
    try {
      await writeSecret(api, scope, place.name, new Secret('refresh-token', answer.refresh_token), key)
      facts.writeBack = { ok: true, at: Date.now() }
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error
      facts.writeBack = { ok: false, error }
    }
  }
  if (typeof answer.access_token === 'string' && answer.access_token) {
    facts.client = x.client({ kind: 'oauth2-user', accessToken: new Secret('refresh-token', answer.access_token) })
    facts.me = await answerOf(facts.client.usersMe())
  }
  return facts
}
