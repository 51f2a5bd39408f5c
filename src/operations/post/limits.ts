/**
 * How long a post may be, and why: X weighs text (URLs 23, CJK and emoji 2)
 * and allows 280 per post, or 25,000 to an account with an X subscription
 * (Basic, Premium, Premium+), which GET /2/users/me names in the same request
 * that verifies the credentials. The offline validation accepts the larger
 * bound; each part is held to the account's own limit once X said which.
 */
import type { Identity } from '../../auth/method.js'

/** A post's weighted length without a subscription. */
export const STANDARD_LIMIT = 280
/** A post's length for an account with an X subscription. */
export const LONG_POST_LIMIT = 25_000

/** The `subscription_type` values that allow long posts; `None` does not. */
const SUBSCRIPTIONS: Record<string, string> = { Basic: 'Basic', Premium: 'Premium', PremiumPlus: 'Premium+' }

export interface PostLimit {
  /** The most a part may weigh; the larger bound when the account is unknown. */
  max: number
  /** The account was verified, so `max` is its own limit. */
  known: boolean
  /** Why, in a sentence's words: "@release_bot has no X subscription (X says `None`)". */
  reason: string
}

/** The account's limit, from the verified identity; without one (the credentials were not checked), both bounds are named. */
export function postLimit(identity: Pick<Identity, 'user'> | undefined): PostLimit {
  if (!identity) {
    return {
      max: LONG_POST_LIMIT,
      known: false,
      reason: 'the account is not known, as its credentials were not verified'
    }
  }
  const { username, subscription_type: type } = identity.user
  const who = `@${username}`
  const plan = type === undefined ? undefined : SUBSCRIPTIONS[type]
  if (plan) return { max: LONG_POST_LIMIT, known: true, reason: `${who} has an X subscription (${plan}), which allows long posts` }
  if (type === undefined)
    return { max: STANDARD_LIMIT, known: true, reason: `X did not say whether ${who} has an X subscription, so the standard limit applies` }
  return { max: STANDARD_LIMIT, known: true, reason: `${who} has no X subscription (X says \`${safeWord(type)}\`)` }
}

/** X's value, if it is a plain word; it is never shown otherwise. */
const safeWord = (value: string) => (/^[A-Za-z]{1,20}$/.test(value) ? value : 'something else')
