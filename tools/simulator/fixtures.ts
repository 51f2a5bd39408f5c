/**
 * Fake credentials in the formats X issues (API key 25 chars, secret 50,
 * access token `<user id>-<30 chars>`, token secret 45, bearer starting with
 * 21 `A`s and percent-encoded), and a world to go with them. None of these
 * values has ever been valid on X. Every value is distinct and none is part
 * of another, so a test can look for any one of them in output.
 */
import type { AccessLevel, SimAccount, SimApp, XSimulator } from './server.js'

export interface Credentials {
  apiKey: string
  apiSecret: string
  accessToken: string
  accessSecret: string
  bearerToken: string
}

export const APP_NAMES = {
  main: 'main',
  other: 'other',
  unenrolled: 'unenrolled',
  depleted: 'depleted',
  capped: 'capped',
  wrongPackage: 'wrong-package',
  enterprise: 'enterprise'
} as const

/** The account the sample credentials post as. */
export const SAMPLE_ACCOUNT: SimAccount = { id: '1846203957715066880', username: 'release_bot', name: 'Release Bot' }
/** Owner of the read-only token. */
export const READ_ONLY_ACCOUNT: SimAccount = { id: '1701938452216643584', username: 'news_reader', name: 'News Reader' }
/** Owner of the read + write + direct messages token. */
export const DM_ACCOUNT: SimAccount = { id: '1623450987264520192', username: 'support_desk', name: 'Support Desk' }
/** An account X suspended: its token authenticates, every user-context call gets 403 user-suspended. */
export const SUSPENDED_ACCOUNT: SimAccount = { id: '1795310462848573440', username: 'banned_bot', name: 'Banned Bot', suspended: true }
/** An account with an X subscription (Premium): its posts may weigh up to 25,000. */
export const SUBSCRIBER_ACCOUNT: SimAccount = { id: '1752043918262706176', username: 'launch_notes', name: 'Launch Notes', subscriptionType: 'Premium' }
/** Someone else, author of the seeded posts. */
export const STRANGER_ACCOUNT: SimAccount = { id: '1580661436132757506', username: 'acme_news', name: 'Acme News' }

const MAIN_KEYS = {
  apiKey: 'ZgwZfjHM3irZqVD3cd3CMyjws',
  apiSecret: 'okhGG6B31CnpWnwxjHMDk6jbeNqzd6wgFkLWs2crUlQvUByMrJ',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAK2BwAAAAAAAR%2BGkzbiIQgRZIA3m%2FWIkSBQnELb%3DqoV3RxhsXM2VGiKRWOz3NXjkRs7lVuXC9Y5YOhwIzNUnu7DeaH'
}

/** App "main" (enrolled, credits ok) and its read-write token for @release_bot: everything passes. */
export const SAMPLE: Credentials = {
  ...MAIN_KEYS,
  accessToken: `${SAMPLE_ACCOUNT.id}-SD6dU3nHwc1VKz5QwnB2QWLIvZmviy`,
  accessSecret: 'dTRa8zWHkzraPNuddZT94uqOnYtr9Ki0HVQi8Y2ecshEt'
}

/** App "other" and its own token for @release_bot: mixing its values with SAMPLE's must fail. */
export const OTHER_APP: Credentials = {
  apiKey: 'U5JX4sOmwCVfaJ5wZKU8Ua51y',
  apiSecret: 'WrZOg8J9RFzpdX3m94HzdQutpxfaeKgmCwppGX7LUiF0WYWUj8',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAL4F0AAAAAAAg%2BArGuKSAPc6NVjC%2FFd6ewnChcc%3DOBBrTtLOJSiwMXD0rdOP5a8CJaieikd4A898V0DaMk7ZcAcxx5',
  accessToken: `${SAMPLE_ACCOUNT.id}-FZsFMELmrz4N1sDaZtkFNXdOhIYi20`,
  accessSecret: 'xH3VreZ0f5Ef1cWEI0G2Bgp55S27kSn3luzg1RgXJqdTS'
}

/** App "main" with a Read-only token (@news_reader): users/me passes with `x-access-level: read`, posting gets oauth1-permissions. */
export const READ_ONLY: Credentials = {
  ...MAIN_KEYS,
  accessToken: `${READ_ONLY_ACCOUNT.id}-mgcbJTV6YXpEdvRL65z3Fc8yn1AM3s`,
  accessSecret: 'LFEdGZLlsSYSv4cpIyJ4xWniJ9K37T6ITPvuP7eBcBY52'
}

/** App "main" with a read-write-directmessages token (@support_desk): can post. */
export const DM: Credentials = {
  ...MAIN_KEYS,
  accessToken: `${DM_ACCOUNT.id}-lRZwq4UIBbrstR8qXz31B8a3rrEBTu`,
  accessSecret: 'M5Zo1td5dhMt7pygmt1qeb27heKIOvj7k9exoSmdfUGAk'
}

/** App "main" with a read-write token of @launch_notes, which has an X subscription: long posts are accepted. */
export const SUBSCRIBER: Credentials = {
  ...MAIN_KEYS,
  accessToken: `${SUBSCRIBER_ACCOUNT.id}-KxisKsk3ujuxDSTw7VmODUyMEkLJIR`,
  accessSecret: 'kHLIogT7tmAWiGri7oqtXAecpcWeOyXaXG3vkfIBclFB4'
}

/** App "main" with a token that was regenerated since (revoked): 401 everywhere. */
export const REVOKED: Credentials = {
  ...MAIN_KEYS,
  accessToken: `${SAMPLE_ACCOUNT.id}-hDGWndgzlitqE2gOjIh2f8ht5PBCcA`,
  accessSecret: 'WzzWwsPSQ0fXXRFLXO9098ZCemnet2mkrch5KgmUV2zFq'
}

/** App not attached to a Project: keys and bearer authenticate, every v2 call gets 403 client-forbidden. */
export const UNENROLLED: Credentials = {
  apiKey: 'HXUX2G0T1qTTI1Ry6eummmvHR',
  apiSecret: 'VKhKzFY2cV8NkDZMhivx9qz9zdDveJc0xqVVClrQZwboEOTxE3',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAHIh5AAAAAAAu%2BY5nIj8SZs5K5zl%2FvREDjTtRo3%3DCuX4MZPAdY6uSWWbY6QHj4SLc5O88aZt1jAIOnJJuLgUoLrNlM',
  accessToken: `${SAMPLE_ACCOUNT.id}-GNCrVHlS9gQNk4c6wiUAKT0bzEvGJV`,
  accessSecret: '7jqb7RqH014Mv2Wntgsqebf9VzytaKRY8nPm7FR3Hzubm'
}

/** Pay-per-use app with no credits left: every v2 call gets 402 credits-depleted. */
export const DEPLETED: Credentials = {
  apiKey: '7ILSKcaYmqmMWhtRUoBy3GApO',
  apiSecret: 'jBUMhEPir0Xq3TC1t2NbGdRVNxNIqg8UPVxCSdRe69HRynKGOJ',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAJ423AAAAAAAQ%2BatR2qWTOsszsQv%2F8NxB8Ti6fP%3DT2FHZttWfCIbwtsUpGupIDOwF4e3sguPbBSs5vQRb5uAKNpbdB',
  accessToken: `${SAMPLE_ACCOUNT.id}-Ssk4FsTzKiF2aDKILZUsbtxplqR3GR`,
  accessSecret: '1ji4RQL6hN4FQN2rOt3F5OaAdknFstjL8QgsJiClIq1ll'
}

/** App over its usage cap: checks pass, POST /2/tweets gets 429 usage-capped. */
export const CAPPED: Credentials = {
  apiKey: '18akx2NLO2Z461DhsCGAO1DEK',
  apiSecret: 'fGyVVU814HupSEyebvuYU3QiyYWKcSuR9kSDziazGgkO0RMrze',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAN0CuAAAAAAAT%2BVcYIcAmsMSswdY%2FSzONfLVonV%3DNX0KhnrzbEcpaLmKPlnRpG5RbY11OhyqSEX6MppuOD5T4hcwwQ',
  accessToken: `${SAMPLE_ACCOUNT.id}-GRfR8Nx8Ycj6SRyVrBpphny0vapQrU`,
  accessSecret: 'hJUVUSJ5Zp56bV5qsRez5JaafMVhIXqkVubddKHiJCPQZ'
}

/** App "main" with a token of the suspended @banned_bot. */
export const SUSPENDED: Credentials = {
  ...MAIN_KEYS,
  accessToken: `${SUSPENDED_ACCOUNT.id}-ZOy221q9jlremw7zJ9396EQ2YEChAW`,
  accessSecret: 'zOsOpNakNiFAF7Sp8gAZoUMgFyLDRo8vJsaNYQ55SEemI'
}

/** An App in a Project whose package does not include posting: the checks pass, POST /2/tweets gets 403 client-forbidden. */
export const WRONG_PACKAGE: Credentials = {
  apiKey: 'GZZUL3gSdjJd742Xh7nztSo4O',
  apiSecret: 'B5s5e3OUtTsHRZVh6tPjazzFGL84qp4cW7fbl0KOTfC3GTXHy7',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAPAlWBSQAAAAAAAoBE%2Bn0rNN8ypNtzSjXPR97el%2Fktq0lKGJE4wGkle%3DwhxgrCsJc8N6LVFjU3JrfgTi95UskSRJwDYFcXUz',
  accessToken: `${SAMPLE_ACCOUNT.id}-rDGFxuv3JfpR2sqZRA2wFIgDlgRmvn`,
  accessSecret: 'qK7tkDObw8mt5ykXO3VByzUuMu02cBzV3P7XMrqbtFTZF'
}

/** App on an Enterprise plan, with a token for @release_bot: quote posts are allowed (self-serve plans are refused them). */
export const ENTERPRISE: Credentials = {
  apiKey: 'G1Dh2ngTbrj1uYGloZLvPtzvG',
  apiSecret: 'BpgLBRBJQvRuvLYczbGbHeSUbbBKWiCJZQ3lZSCDHAq1eMA1LU',
  bearerToken: 'AAAAAAAAAAAAAAAAAAAAAEBXxyKZrPE%2BPQdvhnPmOdRy0lJ2Vas6%2FaMGAFQyB1iC5%3DE4GGKEf0kds4FUEyVyEBHo77BhLRGFOrVz3hJwOBybKOIz8JnX',
  accessToken: `${SAMPLE_ACCOUNT.id}-3gbp39Lz6O0ctsoKUrXKjaDZoXVX7B`,
  accessSecret: 'azCNntUsFZIovHDs99BvgeyEuBFlkgc4PO1yDcfR2g4GJ'
}

/** An App's OAuth 2.0 Client ID and, for a confidential client, its Client Secret. */
export interface OAuth2ClientKeys {
  clientId: string
  clientSecret?: string
}

/** The callback URL the README tells people to register (the command line's default port). */
export const OAUTH2_CALLBACK = 'http://127.0.0.1:8976/callback'

/** What `x-credentials-check authorize` asks for by default. */
export const DEFAULT_OAUTH2_SCOPES = ['tweet.read', 'tweet.write', 'users.read', 'offline.access', 'media.write']

/** App "main" set up as "Web App, Automated App or Bot": a confidential client with a secret. */
export const OAUTH2_CONFIDENTIAL: Required<OAuth2ClientKeys> = {
  clientId: 'bm1yaTRxS0FGb3VwUkZCaG1RLXE6MTpjaQ',
  clientSecret: 'Kv1dLw3Y8nB-qT5rZ0cX2hJ7mE4pU9sA6gF_oR3iN8bW5eD1tH'
}

/** A "Native App" client of app "main": public, no secret, `client_id` in the body. */
export const OAUTH2_PUBLIC: OAuth2ClientKeys = { clientId: 'dUZ3eGpWcE1zTlRHa2J5YzhYT0M6MTpjaQ' }

/** The OAuth 2.0 client of the App that is not attached to a Project. */
export const OAUTH2_UNENROLLED: Required<OAuth2ClientKeys> = {
  clientId: 'Y3JZQmU3ZnRWcUxnSjJwS0Rzb0w6MTpjaQ',
  clientSecret: 'P2wQe7Rt9Yu1Io3Pa5Sd7Fg9Hj2Kl4Zx6Cv8Bn0Mq_Wl3Er5Ty'
}

/** A post by @acme_news that anyone may reply to. */
export const SUMMONED_POST_ID = '1849735016220930327'
/** A post by @acme_news that did not mention or engage @release_bot: replies are refused as not summoned. */
export const UNSUMMONED_POST_ID = '1849741532018745360'

/** Every distinct fake secret above, for "never printed" assertions. */
export const ALL_SECRET_VALUES: readonly string[] = [
  ...new Set([
    ...[SAMPLE, OTHER_APP, READ_ONLY, DM, SUBSCRIBER, REVOKED, UNENROLLED, DEPLETED, CAPPED, SUSPENDED, WRONG_PACKAGE, ENTERPRISE].flatMap((c) => [
      c.apiKey,
      c.apiSecret,
      c.accessToken,
      c.accessSecret,
      c.bearerToken
    ]),
    ...[OAUTH2_CONFIDENTIAL, OAUTH2_PUBLIC, OAUTH2_UNENROLLED].flatMap((c) => [c.clientId, c.clientSecret ?? ''].filter(Boolean))
  ])
]

type Seedable = Pick<XSimulator, 'addApp' | 'addAccount' | 'addToken' | 'addExistingPost' | 'addOAuth2Client'>

/** Registers the apps, accounts, tokens and posts above. */
export function seedDefault(sim: Seedable): void {
  for (const account of [SAMPLE_ACCOUNT, READ_ONLY_ACCOUNT, DM_ACCOUNT, SUBSCRIBER_ACCOUNT, STRANGER_ACCOUNT, SUSPENDED_ACCOUNT]) sim.addAccount({ ...account })

  const app = (name: string, c: Credentials, extra: Partial<SimApp> = {}) =>
    sim.addApp({ name, consumerKey: c.apiKey, consumerSecret: c.apiSecret, bearerToken: c.bearerToken, ...extra })
  app(APP_NAMES.main, SAMPLE, { projectId: '1281043626347900822499', capResetDay: 10, projectCap: 2000000, projectUsage: 2007 })
  app(APP_NAMES.other, OTHER_APP)
  app(APP_NAMES.unenrolled, UNENROLLED, { enrolled: false })
  app(APP_NAMES.depleted, DEPLETED, { credits: 'depleted' })
  app(APP_NAMES.capped, CAPPED, { usageCapped: 'posts' })
  app(APP_NAMES.wrongPackage, WRONG_PACKAGE, { outsidePackage: ['tweets'] })
  app(APP_NAMES.enterprise, ENTERPRISE, { enterprise: true })

  const token = (appName: string, c: Credentials, accessLevel: AccessLevel, revoked = false) =>
    sim.addToken({
      token: c.accessToken,
      secret: c.accessSecret,
      app: appName,
      userId: c.accessToken.split('-')[0],
      accessLevel,
      revoked
    })
  token(APP_NAMES.main, SAMPLE, 'read-write')
  token(APP_NAMES.main, READ_ONLY, 'read')
  token(APP_NAMES.main, DM, 'read-write-directmessages')
  token(APP_NAMES.main, SUBSCRIBER, 'read-write')
  token(APP_NAMES.main, REVOKED, 'read-write', true)
  token(APP_NAMES.other, OTHER_APP, 'read-write')
  token(APP_NAMES.unenrolled, UNENROLLED, 'read-write')
  token(APP_NAMES.depleted, DEPLETED, 'read-write')
  token(APP_NAMES.capped, CAPPED, 'read-write')
  token(APP_NAMES.main, SUSPENDED, 'read-write')
  token(APP_NAMES.wrongPackage, WRONG_PACKAGE, 'read-write')
  token(APP_NAMES.enterprise, ENTERPRISE, 'read-write')

  sim.addOAuth2Client({ ...OAUTH2_CONFIDENTIAL, app: APP_NAMES.main, redirectUris: [OAUTH2_CALLBACK] })
  sim.addOAuth2Client({ ...OAUTH2_PUBLIC, app: APP_NAMES.main, redirectUris: [OAUTH2_CALLBACK] })
  sim.addOAuth2Client({ ...OAUTH2_UNENROLLED, app: APP_NAMES.unenrolled, redirectUris: [OAUTH2_CALLBACK] })

  sim.addExistingPost({ id: SUMMONED_POST_ID, authorId: STRANGER_ACCOUNT.id })
  sim.addExistingPost({ id: UNSUMMONED_POST_ID, authorId: STRANGER_ACCOUNT.id, summonable: false })
}

/** The action's inputs for a credential set; an absent value is left out. */
export function credentialInputs(c: Partial<Credentials>): Record<string, string> {
  const inputs: Record<string, string> = {}
  if (c.apiKey !== undefined) inputs['api-key'] = c.apiKey
  if (c.apiSecret !== undefined) inputs['api-secret'] = c.apiSecret
  if (c.accessToken !== undefined) inputs['access-token'] = c.accessToken
  if (c.accessSecret !== undefined) inputs['access-secret'] = c.accessSecret
  if (c.bearerToken !== undefined) inputs['bearer-token'] = c.bearerToken
  return inputs
}
