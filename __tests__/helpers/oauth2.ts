/**
 * OAuth 2.0 scaffolding for end-to-end runs: the GitHub simulator beside the
 * X simulator, a refresh-token chain as a past consent left it (the token at
 * X, the same value in the repository or environment secret), and the inputs
 * a workflow gives.
 */
import { GitHubSimulator, REFRESH_TOKEN_SECRET, REPOSITORY, SECRETS_WRITE_TOKEN, seedGitHub } from '../../tools/github-simulator/index.js'
import { DEFAULT_OAUTH2_SCOPES, OAUTH2_CONFIDENTIAL, SAMPLE_ACCOUNT, type OAuth2ClientKeys, type XSimulator } from '../../tools/simulator/index.js'

export async function startGitHub(): Promise<GitHubSimulator> {
  const gh = await GitHubSimulator.start()
  seedGitHub(gh)
  return gh
}

export interface ChainOptions {
  client?: OAuth2ClientKeys
  userId?: string
  scopes?: string[]
  environment?: string
  /** Store the token in the secret (default true). */
  seed?: boolean
}

/** A refresh token of @release_bot for the client, stored in X_REFRESH_TOKEN as `authorize` would have left it. */
export function newChain(x: XSimulator, gh: GitHubSimulator, o: ChainOptions = {}): string {
  const client = o.client ?? OAUTH2_CONFIDENTIAL
  const { refreshToken } = x.grantOAuth2(client.clientId, o.userId ?? SAMPLE_ACCOUNT.id, o.scopes ?? [...DEFAULT_OAUTH2_SCOPES])
  if (!refreshToken) throw new Error('the scopes lack offline.access: no refresh token')
  if (o.seed !== false) gh.seedSecret(REPOSITORY, REFRESH_TOKEN_SECRET, refreshToken, o.environment)
  return refreshToken
}

/** The inputs of a scheduled OAuth 2.0 check. */
export function oauth2Inputs(refreshToken: string, o: { client?: OAuth2ClientKeys; githubToken?: string; environment?: string } = {}): Record<string, string> {
  const client = o.client ?? OAUTH2_CONFIDENTIAL
  const inputs: Record<string, string> = {
    'client-id': client.clientId,
    'refresh-token': refreshToken,
    'refresh-token-secret': REFRESH_TOKEN_SECRET,
    'github-token': o.githubToken ?? SECRETS_WRITE_TOKEN
  }
  if (client.clientSecret) inputs['client-secret'] = client.clientSecret
  if (o.environment) inputs['secret-environment'] = o.environment
  return inputs
}

/** The refresh token X issued last for this account and client that no refresh has consumed. */
export function liveRefreshToken(x: XSimulator, clientId = OAUTH2_CONFIDENTIAL.clientId): string | undefined {
  return [...x.userTokens.values()].filter((t) => t.kind === 'refresh' && t.clientId === clientId && !t.used && !t.revoked).at(-1)?.value
}
