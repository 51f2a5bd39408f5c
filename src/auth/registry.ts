/**
 * The auth methods the action knows, in the order they are read, checked and
 * preferred: the first user-context method given is the one operations act as.
 */
import { appBearer } from './app-bearer/index.js'
import { isGiven, type AuthMethod, type RawCredentials, type SettleContext, type Settled } from './method.js'
import { oauth1a } from './oauth1a/index.js'
import { oauth2 } from './oauth2/index.js'

/** In the order of specs.ts's METHOD_SHAPES, which the entry reads before this module loads. */
export const AUTH_METHODS: readonly AuthMethod[] = [oauth1a, oauth2, appBearer]

export const CREDENTIAL_SPECS = AUTH_METHODS.flatMap((m) => m.credentials)

type Surroundings = Pick<SettleContext, 'getInput' | 'env'>
const NOTHING_AROUND: Surroundings = { getInput: () => '', env: {} }

/**
 * Settles every method the run uses: each user-context method that was given
 * (else one given only by values that choose it alone, else the first, whose
 * values are then reported missing), and every app method.
 */
export function settleAll(
  raw: RawCredentials,
  forkPullRequest: boolean,
  around: Surroundings = NOTHING_AROUND,
  methods: readonly AuthMethod[] = AUTH_METHODS
): Settled[] {
  const users = methods.filter((m) => m.context === 'user')
  const given = users.filter((m) => isGiven(m, raw))
  const alone = users.filter((m) => isGiven(m, raw, 'alone'))
  const active = new Set(given.length ? given : alone.length ? alone.slice(0, 1) : users.slice(0, 1))
  return methods.filter((m) => m.context === 'app' || active.has(m)).map((m) => m.settle(raw, { required: m.context === 'user', forkPullRequest, ...around }))
}
