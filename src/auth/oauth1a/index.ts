/**
 * OAuth 1.0a user context: the API key and secret of an App, and an access
 * token and secret of the account. Proven by two requests sent at once:
 * POST /oauth2/token (the keys alone) and GET /2/users/me (all four).
 */
import type { Finding } from '../../diagnoses/finding.js'
import { basicCredentials } from '../../io/secret.js'
import type { XApi } from '../../x/api.js'
import type { XAuth } from '../../x/auth.js'
import { settleValues } from '../credentials.js'
import type { AuthMethod, CheckContext, Gathered, MethodOutcome, RawCredentials, Settled, SettleContext } from '../method.js'
import { gather, readFacts } from './facts.js'
import { shapeHints, type OAuth1Values } from './hints.js'
import { accessLevelRow, accessTokenRow, consumerKeysRow } from './rows.js'
import { OAUTH1A, SPECS } from './spec.js'

type Keys = Required<OAuth1Values>

export const oauth1a: AuthMethod = {
  ...OAUTH1A,
  idleOutputs: {},
  settle(raw: RawCredentials, ctx: SettleContext): Settled {
    const settled: Settled = { method: oauth1a, findings: [], errors: [], derived: [], secrets: [] }
    const values: OAuth1Values = settleValues(raw, SPECS, settled, { required: () => ctx.required, forkPullRequest: ctx.forkPullRequest })
    settled.secrets = Object.values(values)
    const { apiKey, apiSecret, accessToken, accessSecret } = values
    // POST /oauth2/token carries them as one HTTP Basic credential: a form of its own, which a gateway may echo.
    if (apiKey && apiSecret) settled.carried = basicCredentials(apiKey.reveal(), apiSecret.reveal())
    if (apiKey && apiSecret && accessToken && accessSecret && !settled.errors.length) {
      const keys = { apiKey, apiSecret, accessToken, accessSecret }
      const hints = shapeHints(values)
      settled.start = (x, ctx) => start(x, keys, hints, ctx)
    }
    return settled
  }
}

async function start(x: XApi, keys: Keys, hints: readonly Finding[], ctx: CheckContext): Promise<Gathered> {
  const user: XAuth = { kind: 'oauth1', ...keys }
  const basic: XAuth = { kind: 'basic', username: keys.apiKey, password: keys.apiSecret }
  const client = x.client(user)
  const answers = await gather(
    x
      .client(basic)
      .oauth2Token()
      .then((r) => {
        // The App's bearer token is a live secret even when it differs from the one given: mask it on arrival.
        if (typeof r.data.access_token === 'string' && r.data.access_token) ctx.onSecret(r.data.access_token)
        return r
      }),
    client.usersMe()
  )
  const facts = readFacts(answers)
  return {
    shared: { appBearer: { token: facts.appBearer, keysRejected: facts.keysRejected, keysProven: facts.me.ok } },
    conclude(c): MethodOutcome {
      const parts = [consumerKeysRow(facts, hints), accessTokenRow(facts, hints, c.skewSeconds), accessLevelRow(facts, c.requirement)]
      return {
        rows: parts.map((p) => p.row),
        findings: parts.flatMap((p) => p.findings),
        identity: facts.me.ok ? { method: 'oauth1', user: facts.me.value.data, accessLevel: facts.me.value.headers.accessLevel, client } : undefined,
        outputs: {},
        summary: [],
        timestampedRequestRefused: facts.meRefused
      }
    }
  }
}
