/**
 * OAuth 2.0 user context (Authorization Code with PKCE): an App's Client ID
 * (and Client Secret, for confidential clients) and a refresh token of the
 * account. Each refresh returns a new refresh token and consumes the old one,
 * so the method proves first that GitHub will let it store the successor,
 * then refreshes, writes the successor back to the secret at once, and
 * verifies the new access token with GET /2/users/me.
 */
import { InputError } from '../../diagnoses/input-error.js'
import { gitHubTarget, fullName, type GitHubTarget } from '../../github/target.js'
import { basicCredentials, Secret } from '../../io/secret.js'
import { codeSpan } from '../../report/markdown.js'
import { singleLine } from '../../settings/rules.js'
import type { XApi } from '../../x/api.js'
import { settleValues } from '../credentials.js'
import type { AuthMethod, CheckContext, Gathered, MethodOutcome, RawCredentials, Settled, SettleContext } from '../method.js'
import { gather, type OAuth2Facts, type OAuth2Values, type SecretPlace } from './facts.js'
import { accountRow, clientRow, describePlace, refreshRow, scopesRow, secretRow, writeBackRow } from './rows.js'
import { accessLevelOf } from './scopes.js'
import { OAUTH2, SPECS } from './spec.js'

/** GitHub's rule for secret names. */
const SECRET_NAME = /^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i
/** What the probe secret adds to the name; GitHub's limit for a name is not documented, names this long are not seen. */
const MAX_SECRET_NAME = 200

/** Requests `start` sends one after another: public key, metadata, probe write and delete, refresh, write-back, users/me. */
const REQUESTS_IN_SEQUENCE = 7

export const oauth2: AuthMethod = {
  ...OAUTH2,
  idleOutputs: { scopes: '', 'refresh-token-rotated': 'false' },
  settle(raw: RawCredentials, ctx: SettleContext): Settled {
    const settled: Settled = { method: oauth2, findings: [], errors: [], derived: [], secrets: [] }
    const values: Partial<OAuth2Values> = settleValues(raw, SPECS, settled, {
      required: (key) => ctx.required && (key === 'clientId' || key === 'refreshToken'),
      forkPullRequest: ctx.forkPullRequest
    })
    settled.secrets = [values.clientId, values.clientSecret, values.refreshToken].filter((v): v is Secret => !!v)
    // A confidential client authenticates at the token endpoint with one HTTP Basic credential: a form of its own.
    if (values.clientId && values.clientSecret) settled.carried = basicCredentials(values.clientId.reveal(), values.clientSecret.reveal())
    const place = readPlace(ctx, values, settled, !!raw[SPECS.githubToken.input]?.source)
    const { clientId, refreshToken, githubToken } = values
    if (clientId && refreshToken && githubToken && place && !settled.errors.length) {
      const keys = { ...values, clientId, refreshToken, githubToken }
      settled.start = (x, c) => start(x, keys, place, c)
      settled.requestsInSequence = REQUESTS_IN_SEQUENCE
    }
    return settled
  }
}

/**
 * Where the rotated refresh token goes: `refresh-token-secret` (and
 * `secret-environment`) in the run's repository. Without a secret name or a
 * GitHub token, refreshing would consume the only valid refresh token and lose
 * its successor: that is refused offline, before anything is sent to X.
 */
function readPlace(
  ctx: SettleContext,
  values: Partial<OAuth2Values>,
  settled: Settled,
  githubTokenGiven: boolean
): (SecretPlace & { target: GitHubTarget }) | undefined {
  const refuse = (input: string, message: string, id?: 'oauth2-write-back-unset') => {
    settled.errors.push(new InputError(input, message, id))
    return undefined
  }
  let name: string
  let environment: string | undefined
  try {
    name = singleLine('refresh-token-secret', ctx.getInput('refresh-token-secret'), '', MAX_SECRET_NAME)
    environment = singleLine('secret-environment', ctx.getInput('secret-environment'), '', 255) || undefined
  } catch (error) {
    if (error instanceof InputError) return refuse(error.input, error.message)
    throw error
  }
  // Half of a UTF-16 pair is no text at all: it could not even be put into the request's URL.
  if (environment && /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(environment))
    return refuse('secret-environment', '`secret-environment` contains characters that are not valid text.')
  if (!values.refreshToken) return undefined
  const why = 'X rotates the refresh token on every refresh, and without it the new one would be lost; nothing was sent to X.'
  if (!name)
    return refuse(
      'refresh-token-secret',
      `\`refresh-token-secret\` is empty: it must name the secret that holds the refresh token (e.g. \`X_REFRESH_TOKEN\`). ${why}`,
      'oauth2-write-back-unset'
    )
  if (!SECRET_NAME.test(name))
    return refuse(
      'refresh-token-secret',
      '`refresh-token-secret` must be a secret name: letters, digits and underscores, not starting with a digit or `GITHUB_`.'
    )
  // A token given but malformed has its own error already.
  if (!values.githubToken && githubTokenGiven) return undefined
  if (!values.githubToken)
    return refuse(
      'github-token',
      `\`github-token\` is empty (nor is GH_TOKEN or GITHUB_TOKEN set): the action needs a token that can write ${`\`${name}\``}. ${why}`,
      'oauth2-write-back-unset'
    )
  const target = gitHubTarget(ctx.env)
  if ('problem' in target) return refuse('refresh-token-secret', `${target.problem} ${why}`)
  return { target, repository: fullName(target.repository), name, environment }
}

/** An OAuth 2.0 Client ID is base64url of `<id>:1:ci`; an API key is not. */
function looksLikeClientId(clientId: Secret): boolean {
  return /:\d+:ci$/.test(Buffer.from(clientId.reveal(), 'base64url').toString('latin1'))
}

async function start(x: XApi, values: OAuth2Values, place: SecretPlace & { target: GitHubTarget }, ctx: CheckContext): Promise<Gathered> {
  const api = await ctx.github(values.githubToken, place.target)
  const facts = await gather(x, api, values, place, (value) => ctx.onSecret(value))
  return { conclude: (c) => conclude(facts, values, c.requirement) }
}

function conclude(f: OAuth2Facts, values: OAuth2Values, need: CheckContext['requirement']): MethodOutcome {
  const parts = [
    secretRow(f),
    clientRow(f, !!values.clientSecret, !looksLikeClientId(values.clientId)),
    refreshRow(f),
    writeBackRow(f),
    accountRow(f),
    scopesRow(f, need)
  ]
  const rotated = f.writeBack?.ok === true
  const summary = f.refresh?.ok
    ? [
        `**OAuth 2.0:** ${rotated ? `refresh token rotated and stored in ${describePlace(f.place)}` : 'the rotated refresh token was **not** stored'} · access token valid for 2 h · scopes ${codeSpan(f.scopes.join(' ') || 'none')}`,
        ''
      ]
    : []
  return {
    rows: parts.map((p) => p.row),
    findings: parts.flatMap((p) => p.findings),
    identity: f.me?.ok && f.client ? { method: 'oauth2', user: f.me.value.data, accessLevel: accessLevelOf(f.scopes), client: f.client } : undefined,
    outputs: { scopes: f.scopes.join(' '), 'refresh-token-rotated': String(rotated) },
    summary
  }
}
