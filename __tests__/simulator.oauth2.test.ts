/**
 * The X simulator's OAuth 2.0 user context, held to X's recorded answers:
 * each test named after a recorded entry reproduces its status, its body (or
 * the part the source shows) and the headers it shows or omits.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import {
  DEFAULT_OAUTH2_SCOPES,
  OAUTH2_CALLBACK,
  OAUTH2_CONFIDENTIAL,
  OAUTH2_PUBLIC,
  OAUTH2_UNENROLLED,
  SAMPLE_ACCOUNT,
  seedDefault,
  simRequest,
  XSimulator
} from '../tools/simulator/index.js'

let sim: XSimulator
beforeAll(async () => {
  sim = await XSimulator.start()
  seedDefault(sim)
})
afterAll(() => sim.close())
beforeEach(() => sim.reset())

const basic = { basic: { username: OAUTH2_CONFIDENTIAL.clientId, password: OAUTH2_CONFIDENTIAL.clientSecret } }
const grant = (scopes: string[] = [...DEFAULT_OAUTH2_SCOPES], clientId = OAUTH2_CONFIDENTIAL.clientId) => sim.grantOAuth2(clientId, SAMPLE_ACCOUNT.id, scopes)
const refresh = (token: string, over: { auth?: typeof basic; clientId?: string | null } = {}) =>
  simRequest<Record<string, unknown>>(sim.url, {
    path: '/2/oauth2/token',
    auth: 'auth' in over ? over.auth : basic,
    form: {
      refresh_token: token,
      grant_type: 'refresh_token',
      ...(over.clientId === null ? {} : { client_id: over.clientId ?? OAUTH2_CONFIDENTIAL.clientId })
    }
  })

describe('recorded answers of POST /2/oauth2/token', () => {
  it('oauth2-refresh-200: a confidential client refreshes with Basic + client_id; a new refresh token, the old one dead', async () => {
    const { refreshToken } = grant(['users.read', 'tweet.read', 'offline.access'])
    const res = await refresh(refreshToken!)
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['token_type', 'expires_in', 'access_token', 'scope', 'refresh_token'])
    expect(res.body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: 'users.read tweet.read offline.access' })
    expect(res.body.refresh_token).not.toBe(refreshToken)
    expect(sim.userTokens.get(refreshToken!)?.used).toBe(true)
  })

  it('oauth2-refresh-invalid-token-400: a rotated-away (or unknown, or revoked) refresh token', async () => {
    const { refreshToken } = grant()
    await refresh(refreshToken!)
    for (const token of [refreshToken!, 'not-a-token']) {
      const res = await refresh(token)
      expect(res.status).toBe(400)
      expect(res.body).toEqual({ error: 'invalid_request', error_description: 'Value passed for the token was invalid.' })
    }
    const revoked = grant().refreshToken!
    sim.userTokens.get(revoked)!.revoked = true
    expect((await refresh(revoked)).body).toEqual({ error: 'invalid_request', error_description: 'Value passed for the token was invalid.' })
  })

  it('oauth2-missing-auth-header-401: a confidential client without Basic, or with a wrong secret', async () => {
    const { refreshToken } = grant()
    const expected = { error: 'unauthorized_client', error_description: 'Missing valid authorization header' }
    const none = await refresh(refreshToken!, { auth: undefined })
    expect([none.status, none.body]).toEqual([401, expected])
    const wrong = await refresh(refreshToken!, { auth: { basic: { username: OAUTH2_CONFIDENTIAL.clientId, password: 'wrong-secret' } } })
    expect([wrong.status, wrong.body]).toEqual([401, expected])
    // A public client given a secret gets the same answer.
    const pub = grant(undefined, OAUTH2_PUBLIC.clientId).refreshToken!
    const publicWithSecret = await refresh(pub, {
      auth: { basic: { username: OAUTH2_PUBLIC.clientId, password: 'anything' } },
      clientId: OAUTH2_PUBLIC.clientId
    })
    expect([publicWithSecret.status, publicWithSecret.body]).toEqual([401, expected])
    // None of these consumed the token.
    expect(sim.userTokens.get(refreshToken!)?.used).toBeFalsy()
  })

  it('oauth2-missing-client-id-400: Basic without client_id in the body, or a public client without it', async () => {
    const expected = { error: 'invalid_request', error_description: 'Missing required parameter [client_id].' }
    const confidential = await refresh(grant().refreshToken!, { clientId: null })
    expect([confidential.status, confidential.body]).toEqual([400, expected])
    const pub = await refresh(grant(undefined, OAUTH2_PUBLIC.clientId).refreshToken!, { auth: undefined, clientId: null })
    expect([pub.status, pub.body]).toEqual([400, expected])
  })

  it('a public client refreshes with client_id in the body and no Authorization header', async () => {
    const { refreshToken } = grant(undefined, OAUTH2_PUBLIC.clientId)
    const res = await refresh(refreshToken!, { auth: undefined, clientId: OAUTH2_PUBLIC.clientId })
    expect(res.status).toBe(200)
  })

  it('an unknown client is invalid_client (RFC 6749; not recorded from X)', async () => {
    const res = await refresh(grant().refreshToken!, { auth: { basic: { username: 'nobody', password: 'x' } }, clientId: 'nobody' })
    expect([res.status, res.body]).toMatchObject([401, { error: 'invalid_client' }])
  })

  it('a refresh token of another client is refused like a dead one, and stays valid for its own', async () => {
    const { refreshToken } = grant(undefined, OAUTH2_PUBLIC.clientId)
    expect((await refresh(refreshToken!)).status).toBe(400)
    expect((await refresh(refreshToken!, { auth: undefined, clientId: OAUTH2_PUBLIC.clientId })).status).toBe(200)
  })
})

describe('Authorization Code with PKCE', () => {
  const verifier = randomBytes(32).toString('base64url')
  const challenge = createHash('sha256').update(verifier).digest('base64url')
  const consent = async (query: Record<string, string>) => {
    const url = new URL('/i/oauth2/authorize', sim.url)
    const q = {
      response_type: 'code',
      client_id: OAUTH2_CONFIDENTIAL.clientId,
      redirect_uri: OAUTH2_CALLBACK,
      scope: 'tweet.read users.read offline.access',
      state: 's1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...query
    }
    for (const [k, v] of Object.entries(q)) url.searchParams.set(k, v)
    return fetch(url, { redirect: 'manual' })
  }
  const exchange = (code: string, codeVerifier = verifier) =>
    simRequest<Record<string, unknown>>(sim.url, {
      path: '/2/oauth2/token',
      auth: basic,
      form: { grant_type: 'authorization_code', code, redirect_uri: OAUTH2_CALLBACK, code_verifier: codeVerifier, client_id: OAUTH2_CONFIDENTIAL.clientId }
    })

  it('consents at once and redirects to the callback with state and code; the code is exchanged once, with the verifier', async () => {
    const res = await consent({})
    expect(res.status).toBe(302)
    const location = new URL(res.headers.get('location')!)
    expect(`${location.origin}${location.pathname}`).toBe(OAUTH2_CALLBACK)
    expect(location.searchParams.get('state')).toBe('s1')
    const code = location.searchParams.get('code')!
    expect((await exchange(code, randomBytes(32).toString('base64url'))).status).toBe(400)
    const ok = await exchange(code)
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: 'tweet.read users.read offline.access' })
    expect(typeof ok.body.refresh_token).toBe('string')
    expect((await exchange(code)).body).toEqual({ error: 'invalid_request', error_description: 'Value passed for the token was invalid.' })
  })

  it('refuses an unregistered callback, an unknown scope or a missing challenge with an error page', async () => {
    const bads: Record<string, string>[] = [{ redirect_uri: 'http://127.0.0.1:9/callback' }, { scope: 'tweet.read everything' }, { code_challenge: '' }]
    for (const bad of bads) {
      const res = await consent(bad)
      expect(res.status).toBe(400)
      expect(res.headers.get('content-type')).toMatch(/text\/html/)
    }
  })

  it('without offline.access there is no refresh token', async () => {
    const res = await consent({ scope: 'tweet.read users.read' })
    const ok = await exchange(new URL(res.headers.get('location')!).searchParams.get('code')!)
    expect(ok.body.refresh_token).toBeUndefined()
  })
})

describe('user access tokens on the v2 endpoints', () => {
  it('users/me with tweet.read users.read; x-access-level follows the scopes', async () => {
    const { accessToken } = grant()
    const res = await simRequest(sim.url, { path: '/2/users/me', auth: { bearer: accessToken } })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-access-level')).toBe('read-write')
    expect(res.body).toEqual({ data: { id: SAMPLE_ACCOUNT.id, name: SAMPLE_ACCOUNT.name, username: SAMPLE_ACCOUNT.username } })
  })

  it('a missing scope is a bare 403 Forbidden, with the rate-limit headers of an authenticated request', async () => {
    const { accessToken } = grant(['users.read', 'tweet.read', 'offline.access'])
    const res = await simRequest(sim.url, { path: '/2/tweets', auth: { bearer: accessToken }, json: { text: 'no tweet.write' } })
    expect(res.status).toBe(403)
    expect(res.body).toEqual({ title: 'Forbidden', type: 'about:blank', status: 403, detail: 'Forbidden' })
    expect(res.headers.get('x-rate-limit-limit')).toBe('100')
    const media = await simRequest(sim.url, {
      path: '/2/media/upload/initialize',
      auth: { bearer: accessToken },
      json: { media_type: 'image/png', total_bytes: 10, media_category: 'tweet_image' }
    })
    expect(media.status).toBe(403)
    expect(sim.posts).toHaveLength(0)
  })

  it('oauth2-user-expired-401-no-rate-headers: an expired access token', async () => {
    let now = Date.UTC(2026, 7, 23, 12)
    const clocked = await XSimulator.start({ now: () => now })
    try {
      seedDefault(clocked)
      const { accessToken } = clocked.grantOAuth2(OAUTH2_CONFIDENTIAL.clientId, SAMPLE_ACCOUNT.id, [...DEFAULT_OAUTH2_SCOPES])
      now += 7200 * 1000
      const res = await simRequest(clocked.url, { path: '/2/users/me', auth: { bearer: accessToken } })
      expect(res.status).toBe(401)
      expect(res.text).toBe('{"type":"about:blank","title":"Unauthorized","detail":"Unauthorized","status":401}')
      for (const present of ['x-response-time', 'x-served-by', 'x-transaction-id']) expect(res.headers.get(present)).not.toBeNull()
      for (const absent of ['x-rate-limit-limit', 'x-rate-limit-remaining', 'x-rate-limit-reset', 'x-access-level']) expect(res.headers.get(absent)).toBeNull()
      expect(clocked.requests.at(-1)?.authFailure).toBe('expired-user-token')
    } finally {
      await clocked.close()
    }
  })

  it('usage-tweets-403-oauth2-user: a user token on the app-only usage endpoint', async () => {
    const res = await simRequest<{ detail: string }>(sim.url, { path: '/2/usage/tweets', auth: { bearer: grant().accessToken } })
    expect(res.status).toBe(403)
    expect(res.body.detail).toContain('Supported authentication types are [OAuth 2.0 Application-Only]')
    expect(res.body.detail).toMatch(/^Authenticating with OAuth 2\.0 User Context is forbidden/)
  })

  it('client-not-enrolled-api-x-com: an endpoint outside the package answers 403 client-forbidden, x-rate-limit-limit 40000', async () => {
    const res = await simRequest<Record<string, unknown>>(sim.url, { path: '/2/tweets/analytics', auth: { bearer: grant().accessToken } })
    expect(res.status).toBe(403)
    expect(Object.keys(res.body)).toEqual(['type', 'title', 'detail', 'client_id', 'reason', 'registration_url', 'required_enrollment'])
    expect(res.body).toMatchObject({
      type: 'https://api.x.com/2/problems/client-forbidden',
      reason: 'client-not-enrolled',
      required_enrollment: 'Appropriate Level of API Access'
    })
    expect(res.body).not.toHaveProperty('errors')
    expect(res.headers.get('x-rate-limit-limit')).toBe('40000')
    expect(res.headers.get('x-access-level')).not.toBeNull()
  })

  it('usage-capped-429: a capped account reading its likes, with 39999 of 40000 left', async () => {
    const capped = await XSimulator.start({ problemHost: 'api.twitter.com' })
    try {
      seedDefault(capped)
      capped.apps.get('main')!.usageCapped = 'all'
      const { accessToken } = capped.grantOAuth2(OAUTH2_CONFIDENTIAL.clientId, SAMPLE_ACCOUNT.id, [...DEFAULT_OAUTH2_SCOPES, 'like.read'])
      const res = await simRequest<Record<string, unknown>>(capped.url, { path: `/2/users/${SAMPLE_ACCOUNT.id}/liked_tweets`, auth: { bearer: accessToken } })
      expect(res.status).toBe(429)
      expect(res.headers.get('x-rate-limit-limit')).toBe('40000')
      expect(res.headers.get('x-rate-limit-remaining')).toBe('39999')
      expect(Object.keys(res.body)).toEqual(['account_id', 'product_name', 'title', 'period', 'scope', 'detail', 'type'])
      expect(res.body).toMatchObject({
        product_name: 'standard-basic',
        title: 'UsageCapExceeded',
        period: 'Monthly',
        scope: 'Product',
        detail: 'Usage cap exceeded: Monthly product cap',
        type: 'https://api.twitter.com/2/problems/usage-capped'
      })
    } finally {
      await capped.close()
    }
  })

  it('media-initialize-docs-example and media-finalize-without-json-body, with a media.write token', async () => {
    const auth = { bearer: grant().accessToken }
    const init = await simRequest<{ data: Record<string, unknown> }>(sim.url, {
      path: '/2/media/upload/initialize',
      auth,
      json: { media_type: 'video/mp4', total_bytes: 1048576, media_category: 'amplify_video' }
    })
    expect(init.status).toBe(200)
    expect(Object.keys(init.body.data)).toEqual(['id', 'media_key', 'expires_after_secs'])
    expect(init.body.data.expires_after_secs).toBe(1295999)
    expect(init.body.data.media_key).toBe(`13_${init.body.data.id}`)
    const finalize = await simRequest(sim.url, { method: 'POST', path: `/2/media/upload/${init.body.data.id}/finalize`, auth })
    expect(finalize.text).toContain('Request body must be a JSON object.')
  })

  it('the unenrolled App: its client refreshes, its user token gets client-forbidden on users/me', async () => {
    const { accessToken } = sim.grantOAuth2(OAUTH2_UNENROLLED.clientId, SAMPLE_ACCOUNT.id, [...DEFAULT_OAUTH2_SCOPES])
    const res = await simRequest<{ reason: string }>(sim.url, { path: '/2/users/me', auth: { bearer: accessToken } })
    expect([res.status, res.body.reason]).toEqual([403, 'client-not-enrolled'])
  })
})
