import http from 'node:http'
import { TwitterApi } from 'twitter-api-v2'
import {
  hmacSha1Signature,
  oauth1Header,
  parseOAuthHeader,
  percentEncode,
  SAMPLE,
  seedDefault,
  signatureBaseString,
  simRequest,
  verifyOAuth1,
  xApiRedirect,
  XSimulator
} from '../tools/simulator/index.js'

const UNAUTHORIZED = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }

/** The signing example from X's "Creating a signature" page. */
const DOCS = {
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  params: {
    include_entities: 'true',
    status: 'Hello Ladies + Gentlemen, a signed OAuth request!',
    oauth_consumer_key: 'xvz1evFS4wEEPTGEFPHBog',
    oauth_nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: '1318622958',
    oauth_token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
    oauth_version: '1.0'
  },
  baseString:
    'POST&https%3A%2F%2Fapi.x.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521'
}

describe('OAuth 1.0a verifier against the X docs test vector', () => {
  it('percent-encodes like RFC 3986, including the characters encodeURIComponent leaves alone', () => {
    expect(percentEncode('Ladies + Gentlemen')).toBe('Ladies%20%2B%20Gentlemen')
    expect(percentEncode('An encoded string!')).toBe('An%20encoded%20string%21')
    expect(percentEncode('Dogs, Cats & Mice')).toBe('Dogs%2C%20Cats%20%26%20Mice')
    expect(percentEncode('☃')).toBe('%E2%98%83')
    expect(percentEncode("it's (maybe) *fine*")).toBe('it%27s%20%28maybe%29%20%2Afine%2A')
    expect(percentEncode('AZaz09-._~')).toBe('AZaz09-._~')
  })

  it('builds the documented signature base string exactly', () => {
    expect(signatureBaseString('POST', 'https://api.x.com/1.1/statuses/update.json', DOCS.params)).toBe(DOCS.baseString)
  })

  it('signs the vector as documented for api.x.com and for the older api.twitter.com page', () => {
    const sign = (host: string) =>
      hmacSha1Signature(signatureBaseString('POST', `https://${host}/1.1/statuses/update.json`, DOCS.params), DOCS.consumerSecret, DOCS.tokenSecret)
    expect(sign('api.x.com')).toBe('Ls93hJiZbQ3akF3HF3x1Bz8/zU4=')
    expect(sign('api.twitter.com')).toBe('hCtSmYh+iHYCEqBWrE7C7hYmtUk=')
  })

  it('leaves default ports out of the base string and keeps others', () => {
    expect(signatureBaseString('GET', 'https://API.X.com:443/2/users/me', {})).toBe('GET&https%3A%2F%2Fapi.x.com%2F2%2Fusers%2Fme&')
    expect(signatureBaseString('GET', 'http://127.0.0.1:8080/2/users/me', {})).toBe('GET&http%3A%2F%2F127.0.0.1%3A8080%2F2%2Fusers%2Fme&')
  })

  it('reads headers with ", " (docs) and "," (twitter-api-v2) separators and decodes values', () => {
    const spaced = parseOAuthHeader('OAuth oauth_consumer_key="key", oauth_token="1-a%2Bb", oauth_signature="s%3D"')
    const tight = parseOAuthHeader('OAuth oauth_consumer_key="key",oauth_token="1-a%2Bb",oauth_signature="s%3D"')
    expect(spaced).toEqual({ oauth_consumer_key: 'key', oauth_token: '1-a+b', oauth_signature: 's=' })
    expect(tight).toEqual(spaced)
    expect(parseOAuthHeader('OAuth realm="x", oauth_nonce="n"')).toEqual({ oauth_nonce: 'n' })
    expect(parseOAuthHeader('Bearer abc')).toBeNull()
    expect(parseOAuthHeader('OAuth oauth_nonce=unquoted')).toBeNull()
    expect(parseOAuthHeader('OAuth oauth_nonce="a", oauth_nonce="b"')).toBeNull()
  })

  describe('verifying the docs request (query + form body signed together)', () => {
    const header = (signature: string) =>
      'OAuth ' +
      Object.entries({ ...DOCS.params, oauth_signature: signature })
        .filter(([k]) => k.startsWith('oauth_'))
        .map(([k, v]) => `${k}="${percentEncode(v)}"`)
        .join(', ')
    const request = (formBody: string, signature = 'Ls93hJiZbQ3akF3HF3x1Bz8/zU4=') => ({
      method: 'POST',
      url: 'https://api.x.com/1.1/statuses/update.json?include_entities=true',
      authorization: header(signature),
      formBody
    })
    const options = (nowSeconds = 1318622958) => ({
      nowSeconds,
      windowSeconds: 300,
      secretsFor: () => ({ consumerSecret: DOCS.consumerSecret, tokenSecret: DOCS.tokenSecret })
    })
    const form = 'status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21'

    it('accepts it', () => {
      expect(verifyOAuth1(request(form), options())).toMatchObject({ ok: true })
    })

    it('refuses a changed form body', () => {
      expect(verifyOAuth1(request(form.replace('Ladies', 'Lords')), options())).toMatchObject({
        ok: false,
        reason: 'bad-signature'
      })
    })

    it('refuses the signature computed for the other host', () => {
      expect(verifyOAuth1(request(form, 'hCtSmYh+iHYCEqBWrE7C7hYmtUk='), options())).toMatchObject({
        ok: false,
        reason: 'bad-signature'
      })
    })

    it('refuses a timestamp outside the window, in either direction', () => {
      expect(verifyOAuth1(request(form), options(1318622958 + 301))).toMatchObject({ reason: 'timestamp-out-of-window' })
      expect(verifyOAuth1(request(form), options(1318622958 - 301))).toMatchObject({ reason: 'timestamp-out-of-window' })
      expect(verifyOAuth1(request(form), options(1318622958 + 299))).toMatchObject({ ok: true })
    })
  })
})

describe('OAuth 1.0a over HTTP with real twitter-api-v2 requests', () => {
  let sim: XSimulator
  let clockOffsetMs = 0

  beforeAll(async () => {
    sim = await XSimulator.start({ now: () => Date.now() + clockOffsetMs })
    seedDefault(sim)
  })
  afterAll(() => sim.close())
  beforeEach(() => {
    clockOffsetMs = 0
    sim.reset()
  })

  const client = (keys: Partial<typeof SAMPLE> = {}, extraPlugins: object[] = []) => {
    const { apiKey, apiSecret, accessToken, accessSecret } = { ...SAMPLE, ...keys }
    return new TwitterApi(
      { appKey: apiKey, appSecret: apiSecret, accessToken, accessSecret },
      { plugins: [xApiRedirect(sim.url), ...extraPlugins], httpAgent: new http.Agent() }
    )
  }
  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => {
        throw new Error('expected the request to be refused')
      },
      (error: { code: number; data: unknown }) => ({ code: error.code, data: error.data })
    )

  it('accepts a GET with a query string, signed over http://127.0.0.1:PORT', async () => {
    const response = await client().v2.get('users/me', { 'user.fields': 'created_at,description' }, { fullResponse: true })
    expect(response.data).toMatchObject({ data: { username: 'release_bot' } })
    expect(sim.requests.at(-1)).toMatchObject({ route: 'users/me', status: 200, authKind: 'oauth1' })
  })

  it('accepts a JSON POST (the body is not part of the signature)', async () => {
    const posted = await client().v2.tweet('Signed JSON body')
    expect(posted.data.text).toBe('Signed JSON body')
  })

  it('accepts multipart media chunks (not signed either)', async () => {
    const id = await client().v2.uploadMedia(Buffer.from('not really a png'), { media_type: 'image/png' })
    expect(sim.media.get(id)?.state).toBe('succeeded')
  })

  it('accepts the docs header layout with ", " separators', async () => {
    const response = await simRequest(sim.url, { path: '/2/users/me', auth: { oauth1: SAMPLE, separator: ', ' } })
    expect(response.status).toBe(200)
  })

  it('refuses a tampered consumer secret with the bare 401 body', async () => {
    expect(await failure(client({ apiSecret: SAMPLE.apiSecret.replace(/.$/, '0') }).v2.me())).toEqual({ code: 401, data: UNAUTHORIZED })
    expect(sim.requests.at(-1)).toMatchObject({ status: 401, authFailure: 'bad-signature' })
  })

  it('refuses a tampered token secret', async () => {
    expect(await failure(client({ accessSecret: SAMPLE.accessSecret.slice(1) + 'x' }).v2.me())).toEqual({ code: 401, data: UNAUTHORIZED })
  })

  it('refuses a query string changed after signing', async () => {
    const tamper = {
      onBeforeRequest({ computedParams }: { computedParams: { url: URL } }) {
        computedParams.url.searchParams.set('user.fields', 'created_at,location')
      }
    }
    const refused = await failure(client({}, [tamper]).v2.get('users/me', { 'user.fields': 'created_at' }))
    expect(refused).toEqual({ code: 401, data: UNAUTHORIZED })
    expect(sim.requests.at(-1)?.path).toContain('location')
  })

  it('refuses a request whose timestamp is outside the clock window', async () => {
    clockOffsetMs = 301_000
    expect(await failure(client().v2.me())).toEqual({ code: 401, data: UNAUTHORIZED })
    expect(sim.requests.at(-1)?.authFailure).toBe('timestamp-out-of-window')
    clockOffsetMs = -290_000
    await expect(client().v2.me()).resolves.toMatchObject({ data: { id: expect.any(String) } })
  })

  it('refuses a replayed nonce when asked to', async () => {
    const strict = await XSimulator.start({ refuseReplayedNonces: true })
    try {
      seedDefault(strict)
      const url = `${strict.url}/2/users/me`
      const authorization = oauth1Header('GET', url, SAMPLE, { nonce: 'once-only-nonce' })
      const first = await fetch(url, { headers: { authorization } })
      const second = await fetch(url, { headers: { authorization } })
      expect([first.status, second.status]).toEqual([200, 401])
      expect(strict.requests[1].authFailure).toBe('replayed-nonce')
    } finally {
      await strict.close()
    }
  })
})
