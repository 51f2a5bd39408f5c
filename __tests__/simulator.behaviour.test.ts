import http from 'node:http'
import { TwitterApi } from 'twitter-api-v2'
import { gif, jpeg, png } from './helpers/media-files.js'
import {
  ALL_SECRET_VALUES,
  CAPPED,
  type Credentials,
  DEPLETED,
  DM,
  DM_ACCOUNT,
  ENTERPRISE,
  OTHER_APP,
  READ_ONLY,
  REVOKED,
  SAMPLE,
  SAMPLE_ACCOUNT,
  seedDefault,
  simRequest,
  type SimRequest,
  SUBSCRIBER,
  SUMMONED_POST_ID,
  SUSPENDED,
  UNENROLLED,
  UNSUMMONED_POST_ID,
  WRONG_PACKAGE,
  xApiRedirect,
  XSimulator
} from '../tools/simulator/index.js'

const UNAUTHORIZED = { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }
const CODE_99 = { errors: [{ code: 99, label: 'authenticity_token_error', message: 'Unable to verify your credentials' }] }
const TOO_MANY_REQUESTS = { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }

interface Created {
  data: { id: string; text: string; [key: string]: unknown }
}

let sim: XSimulator
let clockOffsetMs = 0
const now = () => Date.now() + clockOffsetMs

beforeAll(async () => {
  sim = await XSimulator.start({ now })
  seedDefault(sim)
})
afterAll(() => sim.close())
beforeEach(() => {
  clockOffsetMs = 0
  sim.setLatency(0)
  sim.reset()
})

const as = (credentials: Credentials) => ({ oauth1: credentials })
const call = <T = Created>(request: SimRequest) => simRequest<T>(sim.url, request)
const post = (credentials: Credentials, json: unknown) => call({ path: '/2/tweets', json, auth: as(credentials) })
const library = (credentials: Credentials, target = sim) =>
  new TwitterApi(
    {
      appKey: credentials.apiKey,
      appSecret: credentials.apiSecret,
      accessToken: credentials.accessToken,
      accessSecret: credentials.accessSecret
    },
    { plugins: [xApiRedirect(target.url)], httpAgent: new http.Agent() }
  )

async function uploadImage(credentials: Credentials, bytes = Buffer.from('png bytes')): Promise<string> {
  return library(credentials).v2.uploadMedia(bytes, { media_type: 'image/png' })
}

/** Initialize + one chunk + finalize, without polling. */
async function startVideo(credentials: Credentials = SAMPLE): Promise<string> {
  const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'video/mp4', total_bytes: 3 }, auth: as(credentials) })
  const id = init.body.data.id
  await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: Buffer.from('mp4') }, auth: as(credentials) })
  await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: as(credentials) })
  return id
}

const poll = (id: string, credentials: Credentials = SAMPLE) =>
  call<{ data: { processing_info?: Record<string, unknown> } }>({
    path: `/2/media/upload?command=STATUS&media_id=${id}`,
    auth: as(credentials)
  })

describe('checking the four OAuth 1.0a values (GET /2/users/me)', () => {
  it('answers with the account and the token’s access level, plus X’s usual headers', async () => {
    const me = await call({ path: '/2/users/me', auth: as(SAMPLE) })
    expect(me.status).toBe(200)
    expect(me.body).toEqual({ data: { id: SAMPLE_ACCOUNT.id, name: 'Release Bot', username: 'release_bot' } })
    expect(Object.fromEntries(me.headers)).toMatchObject({
      'content-type': 'application/json; charset=utf-8',
      'api-version': '2.167',
      'cache-control': 'no-cache, no-store, max-age=0',
      'x-access-level': 'read-write',
      'x-rate-limit-limit': '75',
      'x-rate-limit-remaining': '74',
      'x-response-time': expect.stringMatching(/^\d+$/)
    })
    expect(Number(me.headers.get('x-rate-limit-reset'))).toBeGreaterThan(now() / 1000)
  })

  it.each([
    ['a read-only token', READ_ONLY, 'read'],
    ['a read + write + direct messages token', DM, 'read-write-directmessages']
  ])('reports %s in x-access-level', async (_, credentials, level) => {
    const me = await call({ path: '/2/users/me', auth: as(credentials) })
    expect([me.status, me.headers.get('x-access-level')]).toEqual([200, level])
  })

  it('counts the 15-minute window per token', async () => {
    const remaining = async (credentials: Credentials) => (await call({ path: '/2/users/me', auth: as(credentials) })).headers.get('x-rate-limit-remaining')
    expect([await remaining(SAMPLE), await remaining(SAMPLE), await remaining(DM)]).toEqual(['74', '73', '74'])
  })

  it.each([
    ['a wrong API secret', { ...SAMPLE, apiSecret: OTHER_APP.apiSecret }, 'bad-signature'],
    ['an unknown API key', { ...SAMPLE, apiKey: 'Q'.repeat(25) }, 'unknown-consumer-key'],
    ['a wrong access token secret', { ...SAMPLE, accessSecret: READ_ONLY.accessSecret }, 'bad-signature'],
    ['an access token that was regenerated', REVOKED, 'revoked-token'],
    ['an access token of another app', { ...SAMPLE, apiKey: OTHER_APP.apiKey, apiSecret: OTHER_APP.apiSecret }, 'token-of-another-app'],
    ['an access token that never existed', { ...SAMPLE, accessToken: `${SAMPLE_ACCOUNT.id}-nope` }, 'unknown-token']
  ])('refuses %s with the bare 401 (the log says why)', async (_, credentials, reason) => {
    const me = await call({ path: '/2/users/me', auth: as(credentials) })
    expect([me.status, me.body]).toEqual([401, UNAUTHORIZED])
    expect(me.headers.get('x-access-level')).toBeNull()
    expect(sim.requests.at(-1)?.authFailure).toBe(reason)
  })

  it('refuses a request without credentials', async () => {
    const me = await call({ path: '/2/users/me' })
    expect([me.status, me.body]).toEqual([401, UNAUTHORIZED])
  })

  it('refuses the app-only bearer: it cannot act as a user (unsupported-authentication)', async () => {
    const me = await call({ path: '/2/users/me', auth: { bearer: SAMPLE.bearerToken } })
    expect(me.status).toBe(403)
    expect(me.body).toEqual({
      title: 'Unsupported Authentication',
      detail:
        'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
      type: 'https://api.x.com/2/problems/unsupported-authentication',
      status: 403
    })
  })

  it('refuses an app outside a Project (client-forbidden) even though its keys are right', async () => {
    const me = await call({ path: '/2/users/me', auth: as(UNENROLLED) })
    expect(me.status).toBe(403)
    expect(me.body).toEqual({
      client_id: expect.stringMatching(/^\d{8}$/),
      detail:
        'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
      registration_url: 'https://developer.twitter.com/en/docs/projects/overview',
      title: 'Client Forbidden',
      required_enrollment: 'Appropriate Level of API Access',
      reason: 'client-not-enrolled',
      type: 'https://api.x.com/2/problems/client-forbidden'
    })
  })

  it('refuses an app without credits (credits-depleted)', async () => {
    const me = await call({ path: '/2/users/me', auth: as(DEPLETED) })
    expect([me.status, me.body]).toEqual([
      402,
      { detail: 'credits depleted', status: 402, title: 'Payment Required', type: 'https://api.x.com/2/problems/credits-depleted' }
    ])
  })

  it('works through twitter-api-v2 with fullResponse, as the Action calls it', async () => {
    const response = await library(DM).v2.get('users/me', {}, { fullResponse: true })
    expect(response.headers['x-access-level']).toBe('read-write-directmessages')
    expect(response.rateLimit).toMatchObject({ limit: 75, remaining: 74 })
  })
})

describe('checking the bearer (POST /oauth2/token and GET /2/usage/tweets)', () => {
  const token = (username: string, password: string, form: Record<string, string> = { grant_type: 'client_credentials' }) =>
    call<unknown>({ path: '/oauth2/token', form, auth: { basic: { username, password } } })

  it('returns the app’s one bearer, the same on every call', async () => {
    const first = await token(SAMPLE.apiKey, SAMPLE.apiSecret)
    const second = await token(SAMPLE.apiKey, SAMPLE.apiSecret)
    expect(first.body).toEqual({ token_type: 'bearer', access_token: SAMPLE.bearerToken })
    expect(second.body).toEqual(first.body)
  })

  it('returns another app’s bearer for another app’s keys, so a mismatch is visible', async () => {
    expect((await token(OTHER_APP.apiKey, OTHER_APP.apiSecret)).body).toMatchObject({ access_token: OTHER_APP.bearerToken })
  })

  it('works through twitter-api-v2 with Basic auth and a form body', async () => {
    const basic = new TwitterApi({ username: SAMPLE.apiKey, password: SAMPLE.apiSecret }, { plugins: [xApiRedirect(sim.url)], httpAgent: new http.Agent() })
    const issued = await basic.post('https://api.x.com/oauth2/token', { grant_type: 'client_credentials' }, { forceBodyMode: 'url', fullResponse: true })
    expect(issued.data).toEqual({ token_type: 'bearer', access_token: SAMPLE.bearerToken })
    expect(sim.requests.at(-1)).toMatchObject({ route: 'oauth2/token', authKind: 'basic', status: 200 })
  })

  it.each([
    ['a wrong API secret', () => token(SAMPLE.apiKey, OTHER_APP.apiSecret)],
    ['an unknown API key', () => token('Z'.repeat(25), SAMPLE.apiSecret)],
    ['no grant_type', () => token(SAMPLE.apiKey, SAMPLE.apiSecret, {})],
    ['no Authorization header', () => call<unknown>({ path: '/oauth2/token', form: { grant_type: 'client_credentials' } })]
  ])('refuses %s with 403 code 99', async (_, request) => {
    const refused = await request()
    expect([refused.status, refused.body]).toEqual([403, CODE_99])
  })

  it('throttles with the same code 99 when told to', async () => {
    sim.rateLimit('oauth2/token', { resetInSeconds: 30 })
    expect((await token(SAMPLE.apiKey, SAMPLE.apiSecret)).body).toEqual(CODE_99)
    clockOffsetMs = 31_000
    expect((await token(SAMPLE.apiKey, SAMPLE.apiSecret)).status).toBe(200)
  })

  it('answers usage for a valid bearer with x-access-level read and the app limit of 50', async () => {
    const usage = await call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } })
    expect(usage.status).toBe(200)
    expect(usage.headers.get('x-access-level')).toBe('read')
    expect(usage.headers.get('x-rate-limit-limit')).toBe('50')
  })

  it('adds the daily arrays only when usage.fields asks for them', async () => {
    const usage = await call({
      path: '/2/usage/tweets?days=2&usage.fields=daily_project_usage',
      auth: { bearer: SAMPLE.bearerToken }
    })
    expect(usage.body.data).toMatchObject({ daily_project_usage: { usage: [expect.anything(), expect.anything()] } })
    expect(usage.body.data).not.toHaveProperty('daily_client_app_usage')
  })

  it.each([
    ['an unknown bearer', OTHER_APP.bearerToken.replace('A', 'B'), 401],
    ['a bearer decoded by hand (%2B → +)', decodeURIComponent(SAMPLE.bearerToken), 401],
    ['the bearer of an app outside a Project', UNENROLLED.bearerToken, 403]
  ])('refuses %s', async (_, bearer, status) => {
    expect((await call({ path: '/2/usage/tweets', auth: { bearer } })).status).toBe(status)
  })

  it('still answers usage for an app without credits: the usage endpoint is not blocked (nor billed)', async () => {
    const usage = await call({ path: '/2/usage/tweets', auth: { bearer: DEPLETED.bearerToken } })
    expect(usage.status).toBe(200)
    expect((await call({ path: '/2/users/me', auth: as(DEPLETED) })).status).toBe(402)
  })

  it('refuses OAuth 1.0a user context on the app-only endpoint', async () => {
    const usage = await call({ path: '/2/usage/tweets', auth: as(SAMPLE) })
    expect(usage.status).toBe(403)
    expect(usage.body).toMatchObject({
      title: 'Unsupported Authentication',
      detail: expect.stringContaining('OAuth 1.0a User Context is forbidden')
    })
  })
})

describe('posting (POST /2/tweets)', () => {
  it('creates a post: 201, a 19-digit id, and a record of it', async () => {
    const created = await post(SAMPLE, { text: 'Release 1.2.3 is out' })
    expect(created.status).toBe(201)
    expect(created.body.data).toEqual({ edit_history_tweet_ids: [created.body.data.id], id: expect.stringMatching(/^\d{19}$/), text: 'Release 1.2.3 is out' })
    expect(created.headers.get('x-access-level')).toBe('read-write')
    expect(created.headers.get('x-rate-limit-limit')).toBe('100')
    expect(sim.posts).toEqual([expect.objectContaining({ id: created.body.data.id, text: 'Release 1.2.3 is out', authorId: SAMPLE_ACCOUNT.id, mediaIds: [] })])
  })

  it('returns URLs as t.co links but records what was sent', async () => {
    const posted = await library(SAMPLE).v2.tweet('Notes: https://example.com/releases/1.2.3')
    expect(posted.data.text).toMatch(/^Notes: https:\/\/t\.co\/[A-Za-z0-9]{10}$/)
    expect(sim.posts[0].text).toBe('Notes: https://example.com/releases/1.2.3')
  })

  it('refuses a read-only token with oauth1-permissions and x-access-level read', async () => {
    const refused = await post(READ_ONLY, { text: 'hello' })
    expect(refused.status).toBe(403)
    expect(refused.headers.get('x-access-level')).toBe('read')
    expect(refused.body).toEqual({
      title: 'Forbidden',
      status: 403,
      detail: 'Your client app is not configured with the appropriate oauth1 app permissions for this endpoint.',
      type: 'https://api.x.com/2/problems/oauth1-permissions'
    })
    expect(sim.posts).toEqual([])
  })

  it('posts with a read + write + direct messages token', async () => {
    expect((await post(DM, { text: 'from support' })).status).toBe(201)
  })

  it('refuses the same text twice from one account, not from another', async () => {
    await post(SAMPLE, { text: 'Same words' })
    const again = await post(SAMPLE, { text: 'Same words' })
    expect(again.status).toBe(403)
    expect(again.body).toEqual({
      detail: 'You are not allowed to create a Tweet with duplicate content.',
      type: 'about:blank',
      title: 'Forbidden',
      status: 403
    })
    expect((await post(DM, { text: 'Same words' })).status).toBe(201)
  })

  it.each([
    ['280 ASCII characters', 'a'.repeat(280), 201],
    ['281 ASCII characters', 'a'.repeat(281), 400],
    ['140 CJK characters (weight 2 each)', '日'.repeat(140), 201],
    ['141 CJK characters', '日'.repeat(141), 400],
    ['a long URL, which counts as 23', 'a'.repeat(256) + ' https://example.com/' + 'p'.repeat(100), 201],
    ['140 emoji, 2 each', '👨‍👩‍👧‍👦'.repeat(140), 201]
  ])('weighs %s', async (_, text, status) => {
    const response = await post(SAMPLE, { text })
    expect(response.status).toBe(status)
    if (status === 400) {
      expect(response.body).toMatchObject({ errors: [{ parameters: { text: [text] }, message: expect.stringMatching(/^Your Tweet text is too long/) }] })
    }
  })

  it('threads: a reply to the account’s own post is recorded with its parent', async () => {
    const first = await post(SAMPLE, { text: '1/2' })
    const second = await post(SAMPLE, { text: '2/2', reply: { in_reply_to_tweet_id: first.body.data.id } })
    expect(second.status).toBe(201)
    expect(sim.posts[1]).toMatchObject({ replyTo: first.body.data.id })
  })

  it('replies to a post whose author summoned the account', async () => {
    expect((await post(SAMPLE, { text: 'Thanks!', reply: { in_reply_to_tweet_id: SUMMONED_POST_ID } })).status).toBe(201)
  })

  it('refuses a reply nobody asked for (not summoned)', async () => {
    const refused = await post(SAMPLE, { text: 'Hi', reply: { in_reply_to_tweet_id: UNSUMMONED_POST_ID } })
    expect([refused.status, refused.body]).toEqual([
      403,
      {
        detail:
          'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.',
        type: 'about:blank',
        title: 'Forbidden',
        status: 403
      }
    ])
  })

  it('refuses a reply to a post that does not exist', async () => {
    const refused = await post(SAMPLE, { text: 'Hi', reply: { in_reply_to_tweet_id: '1' } })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ detail: 'You attempted to reply to a Tweet that is deleted or not visible to you.' })
  })

  it('refuses a quote from a self-serve App with the recorded detail, in the envelope of the other policy refusals', async () => {
    const refused = await post(SAMPLE, { text: 'Look', quote_tweet_id: SUMMONED_POST_ID })
    expect([refused.status, refused.body]).toEqual([
      403,
      {
        detail: 'Quoting this post is not allowed because you have not been mentioned or are not part of the conversation thread of the post you are quoting.',
        type: 'about:blank',
        title: 'Forbidden',
        status: 403
      }
    ])
    expect(sim.posts).toHaveLength(0)
  })

  it('quotes an existing post from an App on an Enterprise plan, and refuses a missing one', async () => {
    expect((await post(ENTERPRISE, { text: 'Look', quote_tweet_id: SUMMONED_POST_ID })).status).toBe(201)
    expect((await post(ENTERPRISE, { text: 'Look again', quote_tweet_id: '2' })).status).toBe(400)
    expect(sim.posts[0]).toMatchObject({ quoteOf: SUMMONED_POST_ID })
  })

  it('answers a duplicate with the recorded body, exactly', async () => {
    await post(SAMPLE, { text: 'Once' })
    const refused = await post(SAMPLE, { text: 'Once' })
    expect([refused.status, refused.body]).toEqual([
      403,
      { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 }
    ])
  })

  it.each([
    ['two cashtags', 'Buy $ACME and $MEGA', 403],
    ['shell variables, which X reads as cashtags', 'Set $HOME and $PATH', 403],
    ['$GITHUB_TOKEN and $PATH: the first counts as $GITHUB', 'Use $GITHUB_TOKEN, not $PATH', 403],
    ['one cashtag', 'Buy $ACME', 201],
    ['one cashtag, twice: counted twice, as the extractor counts', '$ACME up, $ACME down', 403],
    ['others in backquotes or braces, which are no cashtags', '$ACME: set `$HOME` and ${PATH}', 201],
    ['a price and a $ after a letter', 'It costs $100, or US$5', 201]
  ])('cashtags: %s', async (_, text, status) => {
    const answer = await post(SAMPLE, { text })
    expect(answer.status).toBe(status)
    if (status === 403) expect(answer.body).toMatchObject({ detail: 'Posts are limited to a maximum of one cashtag ($SYMBOL)', status: 403 })
  })

  it('lets an App on an Enterprise plan post several cashtags', async () => {
    expect((await post(ENTERPRISE, { text: 'Buy $ACME and $MEGA' })).status).toBe(201)
  })

  it.each([
    ['an unknown field', { text: 'hi', status: 'v1.1 habit' }, '$.status: is not defined in the schema and the schema does not allow additional properties'],
    ['a bad id', { text: 'hi', quote_tweet_id: '12a' }, '$.quote_tweet_id: does not match the regex pattern ^[0-9]{1,19}$'],
    ['no text and no media', {}, 'Post text is required unless media is attached.']
  ])('refuses %s with invalid-request', async (_, json, message) => {
    const refused = await post(SAMPLE, json)
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ title: 'Invalid Request', errors: [expect.objectContaining({ message })] })
  })

  it('refuses a body that is not JSON', async () => {
    const refused = await call({ path: '/2/tweets', raw: '{"text": "cut', auth: as(SAMPLE), headers: { 'content-type': 'application/json' } })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ errors: [{ message: 'Request body is not valid JSON.' }] })
  })

  it('refuses over the usage cap (usage-capped) and without credits (credits-depleted)', async () => {
    const capped = await post(CAPPED, { text: 'capped' })
    expect([capped.status, capped.body]).toEqual([
      429,
      {
        account_id: expect.stringMatching(/^\d+$/),
        product_name: 'standard-basic',
        title: 'UsageCapExceeded',
        period: 'Monthly',
        scope: 'Product',
        detail: 'Usage cap exceeded: Monthly product cap',
        type: 'https://api.x.com/2/problems/usage-capped'
      }
    ])
    // No window is used up: a cap is not a rate limit.
    expect(capped.headers.get('x-rate-limit-remaining')).toBe('99')
    expect((await post(DEPLETED, { text: 'broke' })).status).toBe(402)
    expect(sim.posts).toEqual([])
  })

  it('refuses the bearer (unsupported-authentication)', async () => {
    expect((await call({ path: '/2/tweets', json: { text: 'x' }, auth: { bearer: SAMPLE.bearerToken } })).status).toBe(403)
  })

  describe('with media', () => {
    it('attaches the account’s own finished upload', async () => {
      const mediaId = await uploadImage(SAMPLE)
      const created = await post(SAMPLE, { text: 'With a picture', media: { media_ids: [mediaId] } })
      expect(created.status).toBe(201)
      expect(sim.posts[0].mediaIds).toEqual([mediaId])
    })

    it('posts media without text', async () => {
      expect((await post(SAMPLE, { media: { media_ids: [await uploadImage(SAMPLE)] } })).status).toBe(201)
    })

    it.each([
      ['another account’s upload', async () => [await uploadImage(DM)]],
      ['a video still processing', async () => [await startVideo()]],
      ['an id that was never uploaded', async () => ['1234567890']]
    ])('refuses %s', async (_, ids) => {
      const mediaIds = await ids()
      const refused = await post(SAMPLE, { text: 'x', media: { media_ids: mediaIds } })
      expect(refused.status).toBe(400)
      expect(refused.body).toMatchObject({ errors: [{ message: 'Your media IDs are invalid.', parameters: { 'media.media_ids': mediaIds } }] })
    })

    it('refuses media together with a quote', async () => {
      const mediaId = await uploadImage(SAMPLE)
      const refused = await post(SAMPLE, { text: 'x', media: { media_ids: [mediaId] }, quote_tweet_id: SUMMONED_POST_ID })
      expect(refused.status).toBe(400)
    })
  })
})

describe("reading an account's posts (GET /2/users/:id/tweets)", () => {
  interface Page {
    data?: { id: string; text: string; referenced_tweets?: { type: string; id: string }[]; entities?: { urls: Record<string, unknown>[] } }[]
    meta: { result_count: number; next_token?: string; newest_id?: string; oldest_id?: string }
  }
  const read = (query: string, credentials: Credentials = SAMPLE) =>
    call<Page>({ path: `/2/users/${SAMPLE_ACCOUNT.id}/tweets?${query}`, auth: as(credentials) })

  it('newest first, as X sends them: t.co links with their entities, & < > escaped, the reply chain', async () => {
    const first = await post(SAMPLE, { text: 'v1 & v2 <3: https://example.com/r and example.org' })
    await post(SAMPLE, { text: 'part 2', reply: { in_reply_to_tweet_id: first.body.data.id } })
    const page = await read('max_results=5&tweet.fields=referenced_tweets,entities')
    expect(page.status).toBe(200)
    const [second, one] = page.body.data!
    expect(second).toMatchObject({ text: 'part 2', referenced_tweets: [{ type: 'replied_to', id: first.body.data.id }] })
    expect(one.text).toMatch(/^v1 &amp; v2 &lt;3: https:\/\/t\.co\/\w{10} and https:\/\/t\.co\/\w{10}$/)
    expect(one.entities!.urls.map((u) => [u.expanded_url, u.display_url])).toEqual([
      ['https://example.com/r', 'example.com/r'],
      ['http://example.org', 'example.org']
    ])
    expect(page.body.meta).toEqual({ result_count: 2, newest_id: second.id, oldest_id: one.id })
  })

  it('only the fields asked for; post.fields (the spec name) works too', async () => {
    const first = await post(SAMPLE, { text: 'root' })
    await post(SAMPLE, { text: 'reply', reply: { in_reply_to_tweet_id: first.body.data.id } })
    const plain = await read('max_results=5')
    expect(Object.keys(plain.body.data![0]).sort()).toEqual(['edit_history_tweet_ids', 'id', 'text'])
    const specNamed = await read('max_results=5&post.fields=referenced_tweets')
    expect(specNamed.body.data![0].referenced_tweets).toEqual([{ type: 'replied_to', id: first.body.data.id }])
  })

  it('ends a post with media with a t.co link to it, marked by its media key', async () => {
    const mediaId = await uploadImage(SAMPLE)
    await post(SAMPLE, { text: 'With a picture', media: { media_ids: [mediaId] } })
    const [withMedia] = (await read('max_results=5&tweet.fields=entities')).body.data!
    expect(withMedia.text).toMatch(/^With a picture https:\/\/t\.co\/\w{10}$/)
    expect(withMedia.entities!.urls).toEqual([expect.objectContaining({ media_key: `3_${mediaId}`, display_url: expect.stringMatching(/^pic\.x\.com\//) })])
  })

  it('pages with max_results and next_token, leaves out replies when asked, and refuses a page size outside 5 to 100', async () => {
    for (let i = 0; i < 12; i++) sim.addPost({ authorId: SAMPLE_ACCOUNT.id, text: `post ${i}` })
    const first = await read('max_results=5')
    expect(first.body.data!.map((p) => p.text)).toEqual(['post 11', 'post 10', 'post 9', 'post 8', 'post 7'])
    const second = await read(`max_results=100&pagination_token=${first.body.meta.next_token}`)
    expect(second.body.data).toHaveLength(7)
    expect(second.body.meta.next_token).toBeUndefined()

    const root = sim.posts[0].id
    await post(SAMPLE, { text: 'a reply', reply: { in_reply_to_tweet_id: root } })
    expect((await read('max_results=5&exclude=replies')).body.data![0].text).toBe('post 11')

    const refused = await read('max_results=3')
    expect([refused.status, refused.body]).toMatchObject([
      400,
      { errors: [{ parameters: { max_results: ['3'] }, message: 'The `max_results` query parameter value [3] is not between 5 and 100' }] }
    ])
  })

  it('an account with no posts: an empty page', async () => {
    const page = await read('max_results=5')
    expect(page.body).toEqual({ meta: { result_count: 0 } })
  })
})

describe('uploading media (v2 endpoints)', () => {
  it('reassembles chunks sent by twitter-api-v2 and answers with a photo media key', async () => {
    const bytes = Buffer.from(Array.from({ length: 2500 }, (_, i) => i % 256))
    const id = await library(SAMPLE).v2.uploadMedia(bytes, { media_type: 'image/jpeg' }, 1000)
    const record = sim.media.get(id)!
    expect(record).toMatchObject({ state: 'succeeded', category: 'tweet_image', mediaKey: `3_${id}`, ownerId: SAMPLE_ACCOUNT.id })
    expect(record.bytes?.equals(bytes)).toBe(true)
    expect(sim.requests.filter((r) => r.route === 'media/append')).toHaveLength(3)
  })

  it('orders segments by segment_index, not by arrival', async () => {
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: 6 }, auth: as(SAMPLE) })
    const id = init.body.data.id
    for (const [index, chunk] of [
      ['1', 'def'],
      ['0', 'abc']
    ]) {
      await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: index, media: Buffer.from(chunk) }, auth: as(SAMPLE) })
    }
    expect((await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: as(SAMPLE) })).status).toBe(200)
    expect(sim.media.get(id)?.bytes?.toString()).toBe('abcdef')
  })

  it('refuses to finalize when the bytes do not add up to total_bytes', async () => {
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: 100 }, auth: as(SAMPLE) })
    const id = init.body.data.id
    await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: Buffer.from('tiny') }, auth: as(SAMPLE) })
    const refused = await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: as(SAMPLE) })
    expect(refused.status).toBe(400)
    expect(refused.body).toMatchObject({ errors: [{ parameters: { total_bytes: ['100'] }, message: expect.stringContaining('total_bytes') }] })
  })

  it('refuses an image over 5 MB at initialize', async () => {
    const refused = await call({
      path: '/2/media/upload/initialize',
      json: { media_type: 'image/png', total_bytes: 5 * 1024 * 1024 + 1 },
      auth: as(SAMPLE)
    })
    expect(refused.status).toBe(400)
  })

  it('processes video over STATUS polls: pending → in_progress → succeeded', async () => {
    const id = await startVideo()
    expect(sim.media.get(id)).toMatchObject({ state: 'pending', mediaKey: `7_${id}` })
    const states = [(await poll(id)).body.data.processing_info, (await poll(id)).body.data.processing_info, (await poll(id)).body.data.processing_info]
    expect(states).toEqual([
      { state: 'in_progress', check_after_secs: 1, progress_percent: 50 },
      { state: 'succeeded', progress_percent: 100 },
      { state: 'succeeded', progress_percent: 100 }
    ])
  })

  it('ends processing failed when scripted, with the error clients print', async () => {
    const id = await startVideo()
    sim.failVideoProcessing(id)
    await poll(id)
    expect((await poll(id)).body.data.processing_info).toEqual({
      state: 'failed',
      progress_percent: 99,
      error: { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' }
    })
    expect((await post(SAMPLE, { text: 'video', media: { media_ids: [id] } })).status).toBe(400)
  })

  it('makes twitter-api-v2 uploadMedia fail on a failed video', async () => {
    const quick = await XSimulator.start({ videoProcessingPolls: 1 })
    try {
      seedDefault(quick)
      quick.failVideoProcessing(true)
      await expect(library(SAMPLE, quick).v2.uploadMedia(Buffer.from('mp4'), { media_type: 'video/mp4' })).rejects.toThrow(
        'Media processing failed: Unsupported video format'
      )
    } finally {
      await quick.close()
    }
  })

  it('answers a retried finalize with the current status instead of an error', async () => {
    const id = await startVideo()
    const again = await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: as(SAMPLE) })
    expect([again.status, again.body.data.processing_info]).toEqual([200, expect.objectContaining({ state: 'pending' })])
  })

  it('refuses appends after finalize, and uploads of another account', async () => {
    const id = await startVideo()
    const late = await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '1', media: Buffer.from('x') }, auth: as(SAMPLE) })
    const foreign = await poll(id, DM)
    expect([late.status, foreign.status]).toEqual([400, 400])
  })

  describe('the one-shot upload of a still image (POST /2/media/upload)', () => {
    const shot = png(16, 16, 7)
    const oneShot = (multipart: Record<string, string | Buffer>, credentials: Credentials = SAMPLE) =>
      call<{ data: Record<string, unknown> }>({ path: '/2/media/upload', multipart, auth: as(credentials) })

    it('stores the image at once and answers as X did in the recorded answer: id, media key, size, a day to live, the image’s type and size', async () => {
      const uploaded = await oneShot({ media_category: 'tweet_image', media: shot })
      expect(uploaded.status).toBe(200)
      expect(uploaded.headers.get('x-rate-limit-limit')).toBe('500')
      const id = String(uploaded.body.data.id)
      expect(uploaded.body.data).toEqual({
        expires_after_secs: 86400,
        id,
        image: { h: 16, image_type: 'image/png', w: 16 },
        media_key: `3_${id}`,
        size: shot.length
      })
      expect(sim.media.get(id)).toMatchObject({ state: 'succeeded', category: 'tweet_image', mediaType: 'image/png', ownerId: SAMPLE_ACCOUNT.id })
      expect(sim.media.get(id)?.bytes?.equals(shot)).toBe(true)
      // Ready to attach: no finalize, no processing.
      expect((await post(SAMPLE, { text: 'One request', media: { media_ids: [id] } })).status).toBe(201)
    })

    it.each([
      ['a GIF', gif(3, 2), { image_type: 'image/gif', w: 3, h: 2 }],
      // SOI, an APP0 segment to skip, then SOF0: precision 8, height 32, width 64.
      [
        'a JPEG',
        Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0, 32, 0, 64, 1, 1, 0x11, 0]),
        { image_type: 'image/jpeg', w: 64, h: 32 }
      ],
      // RIFF, WEBP, a VP8X chunk: canvas width and height minus one, 24 bits each.
      [
        'a WebP',
        Buffer.concat([Buffer.from('RIFF\0\0\0\0WEBPVP8X', 'latin1'), Buffer.from([10, 0, 0, 0, 0, 0, 0, 0, 99, 0, 0, 49, 0, 0])]),
        { image_type: 'image/webp', w: 100, h: 50 }
      ]
    ])('reads the type and size of %s', async (_, media, image) => {
      const uploaded = await oneShot({ media_category: 'tweet_image', media })
      expect(uploaded.body.data.image).toEqual(image)
    })

    it('takes the image base64-encoded in a JSON body too', async () => {
      const uploaded = await call({ path: '/2/media/upload', json: { media_category: 'tweet_image', media: shot.toString('base64') }, auth: as(SAMPLE) })
      expect(uploaded.status).toBe(200)
      expect(sim.media.get(String((uploaded.body as { data: { id: string } }).data.id))?.bytes?.equals(shot)).toBe(true)
    })

    it.each([
      ['no media_category', { media: shot }, '$.media_category: is missing but it is required'],
      ['no media', { media_category: 'tweet_image' }, '$.media: is missing but it is required'],
      ['an unknown field', { media_category: 'tweet_image', media: shot, alt_text: 'A cat' }, '$.alt_text: is not defined in the schema'],
      ['a category outside the spec', { media_category: 'amplify_video', media: shot }, '$.media_category: does not have a value in the enumeration'],
      ['a video category (chunked only)', { media_category: 'tweet_video', media: shot }, 'needs the chunked upload'],
      ['an animated GIF category (chunked only)', { media_category: 'tweet_gif', media: shot }, 'needs the chunked upload'],
      ['bytes that are no image', { media_category: 'tweet_image', media: Buffer.from('not an image at all') }, 'The media type is not supported.'],
      ['an image over 5 MB', { media_category: 'tweet_image', media: Buffer.concat([shot, Buffer.alloc(5 * 1024 * 1024)]) }, 'File size exceeds 5242880 bytes.']
    ])('refuses %s with invalid-request', async (_, multipart, message) => {
      const refused = await oneShot(multipart as Record<string, string | Buffer>)
      expect(refused.status).toBe(400)
      expect(JSON.stringify(refused.body)).toContain(message)
      expect(sim.media.size).toBe(0)
    })

    it('refuses the app-only bearer, as every media endpoint does', async () => {
      const refused = await call({ path: '/2/media/upload', multipart: { media_category: 'tweet_image', media: shot }, auth: { bearer: SAMPLE.bearerToken } })
      expect(refused.status).toBe(403)
    })
  })

  it('stores alt text up to 1000 characters', async () => {
    const id = await uploadImage(SAMPLE)
    await library(SAMPLE).v2.createMediaMetadata(id, { alt_text: { text: 'Release notes screenshot' } })
    expect(sim.media.get(id)?.altText).toBe('Release notes screenshot')
    const tooLong = await call({ path: '/2/media/metadata', json: { id, metadata: { alt_text: { text: 'a'.repeat(1001) } } }, auth: as(SAMPLE) })
    expect(tooLong.status).toBe(400)
  })
})

describe('scripted faults', () => {
  it('answers scripted statuses in order, then behaves normally again', async () => {
    sim.fault('users/me', [{ status: 503 }, { status: 500, body: { title: 'Internal Error' }, headers: { 'x-extra': 'yes' } }])
    const first = await call({ path: '/2/users/me', auth: as(SAMPLE) })
    const second = await call({ path: '/2/users/me', auth: as(SAMPLE) })
    const third = await call({ path: '/2/users/me', auth: as(SAMPLE) })
    expect([first.status, second.status, third.status]).toEqual([503, 500, 200])
    expect(first.body).toEqual({ title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 })
    expect([second.body, second.headers.get('x-extra')]).toEqual([{ title: 'Internal Error' }, 'yes'])
    expect(sim.requests.map((r) => r.fault)).toEqual(['status 503', 'status 500', undefined])
  })

  it('delays, then answers normally', async () => {
    sim.fault('usage/tweets', [{ delayMs: 150 }])
    const started = Date.now()
    const usage = await call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } })
    expect(usage.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(140)
  })

  it('hangs until the client gives up, and logs no status', async () => {
    sim.fault('users/me', [{ hang: true }])
    await expect(call({ path: '/2/users/me', auth: as(SAMPLE), timeoutMs: 150 })).rejects.toThrow()
    expect(sim.requests[0]).toMatchObject({ status: null, endedAt: null, fault: 'hang' })
  })

  it('drops the connection without an answer', async () => {
    sim.fault('tweets', [{ drop: true }])
    await expect(library(SAMPLE).v2.tweet('lost')).rejects.toThrow()
    expect(sim.posts).toEqual([])
    expect(sim.requests[0]).toMatchObject({ route: 'tweets', status: null, fault: 'drop' })
  })

  it('answers an HTML proxy page', async () => {
    sim.fault('users/me', [{ html: true }])
    const page = await call({ path: '/2/users/me', auth: as(SAMPLE) })
    expect([page.status, page.headers.get('content-type')]).toEqual([502, 'text/html; charset=utf-8'])
    expect(page.text).toMatch(/^<!DOCTYPE html>/)
  })

  it('answers truncated JSON', async () => {
    sim.fault('usage/tweets', [{ malformedJson: true }])
    const broken = await call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } })
    expect([broken.status, broken.headers.get('content-type'), broken.body]).toEqual([200, 'application/json; charset=utf-8', undefined])
  })

  it('loses the answer after the post was made: the retry then meets the duplicate rule', async () => {
    sim.fault('tweets', [{ afterHandling: true, drop: true }])
    await expect(library(SAMPLE).v2.tweet('Did this go out?')).rejects.toThrow()
    expect(sim.posts.map((p) => p.text)).toEqual(['Did this go out?'])
    const retry = await post(SAMPLE, { text: 'Did this go out?' })
    expect(retry.status).toBe(403)
    expect(sim.requests[0].fault).toBe('after handling: drop')
  })

  it('stores a chunk even when its answer is replaced by an error', async () => {
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: 3 }, auth: as(SAMPLE) })
    const id = init.body.data.id
    sim.fault('media/append', [{ afterHandling: true, status: 503 }])
    const append = await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: Buffer.from('abc') }, auth: as(SAMPLE) })
    expect(append.status).toBe(503)
    expect(sim.media.get(id)?.segments.get(0)?.toString()).toBe('abc')
  })

  it('adds latency to every answer', async () => {
    sim.setLatency(120)
    const started = Date.now()
    await call({ path: '/2/users/me', auth: as(SAMPLE) })
    expect(Date.now() - started).toBeGreaterThanOrEqual(110)
  })

  it('answers concurrent requests side by side, or one at a time when serialized', async () => {
    sim.setLatency(100)
    const threeAtOnce = () =>
      Promise.all([
        call({ path: '/2/users/me', auth: as(SAMPLE) }),
        call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } }),
        call({ path: '/oauth2/token', form: { grant_type: 'client_credentials' }, auth: { basic: { username: SAMPLE.apiKey, password: SAMPLE.apiSecret } } })
      ])
    const overlaps = () => {
      const [a, b, c] = [...sim.requests].sort((x, y) => x.startedAt - y.startedAt)
      return [b.startedAt < a.endedAt!, c.startedAt < b.endedAt!]
    }

    const started = Date.now()
    expect((await threeAtOnce()).map((r) => r.status)).toEqual([200, 200, 200])
    const sideBySideMs = Date.now() - started
    expect(overlaps()).toEqual([true, true])

    sim.clearLog()
    sim.setSerialize(true)
    try {
      const queued = Date.now()
      expect((await threeAtOnce()).map((r) => r.status)).toEqual([200, 200, 200])
      expect(Date.now() - queued).toBeGreaterThanOrEqual(290)
      expect(sideBySideMs).toBeLessThan(290)
      expect(overlaps()).toEqual([false, false])
    } finally {
      sim.setSerialize(false)
    }
  })

  it('ends hung connections on close()', async () => {
    const doomed = await XSimulator.start()
    seedDefault(doomed)
    doomed.fault('users/me', [{ hang: true }])
    const pending = simRequest(doomed.url, { path: '/2/users/me', auth: as(SAMPLE) })
    await new Promise((resolve) => setTimeout(resolve, 50))
    await doomed.close()
    await expect(pending).rejects.toThrow()
  })
})

describe('rate limits', () => {
  it('answers 429 with remaining 0 until the reset time passes on the simulator clock', async () => {
    const before = now()
    sim.rateLimit('tweets', { resetInSeconds: 60 })
    const limited = await post(SAMPLE, { text: 'too soon' })
    expect([limited.status, limited.body]).toEqual([429, TOO_MANY_REQUESTS])
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('0')
    // Between the scripting and the answer a second boundary may pass.
    const reset = Number(limited.headers.get('x-rate-limit-reset'))
    expect(reset).toBeGreaterThanOrEqual(Math.ceil((before + 60_000) / 1000))
    expect(reset).toBeLessThanOrEqual(Math.ceil((now() + 60_000) / 1000))
    clockOffsetMs = 61_000
    expect((await post(SAMPLE, { text: 'later' })).status).toBe(201)
  })

  it('sends the 24-hour headers for a daily cap, which twitter-api-v2 reads as userDay', async () => {
    sim.rateLimit('tweets', { resetInSeconds: 3600, scope: 'user24h' })
    const error = await library(SAMPLE)
      .v2.tweet('daily cap')
      .catch((e: { code: number; rateLimit: unknown }) => e)
    expect(error).toMatchObject({ code: 429, rateLimit: { remaining: 100, userDay: { limit: 100, remaining: 0 } } })
  })

  it('runs out after the documented number of calls in 15 minutes', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 51; i++) statuses.push((await call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } })).status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(50)
    expect(statuses.at(-1)).toBe(429)
  })
})

describe('the simulator itself', () => {
  it('answers unknown routes with a 404 problem', async () => {
    const missing = await call({ path: '/1.1/account/verify_credentials.json', auth: as(SAMPLE) })
    expect(missing.status).toBe(404)
    expect(missing.body).toMatchObject({ type: 'about:blank', status: 404 })
    expect(sim.requests[0].route).toBe('unknown')
  })

  it('dates answers by its own clock', async () => {
    clockOffsetMs = -120_000
    const me = await call({ path: '/2/users/me', auth: as(SAMPLE) })
    expect(Math.abs(Date.parse(me.headers.get('date')!) - now())).toBeLessThan(2000)
  })

  it('can write problem types with the older api.twitter.com host', async () => {
    const legacy = await XSimulator.start({ problemHost: 'api.twitter.com' })
    try {
      seedDefault(legacy)
      const refused = await simRequest(legacy.url, { path: '/2/tweets', json: { text: 'x' }, auth: as(READ_ONLY) })
      expect(refused.body).toMatchObject({ type: 'https://api.twitter.com/2/problems/oauth1-permissions' })
    } finally {
      await legacy.close()
    }
  })

  it('reset() forgets activity but keeps apps, accounts and tokens', async () => {
    await post(SAMPLE, { text: 'before reset' })
    sim.fault('users/me', [{ status: 500 }])
    sim.reset()
    expect([sim.posts.length, sim.media.size, sim.requests.length]).toEqual([0, 0, 0])
    expect((await call({ path: '/2/users/me', auth: as(SAMPLE) })).status).toBe(200)
    expect(sim.apps.size).toBe(7)
    expect(sim.tokens.get(DM.accessToken)?.userId).toBe(DM_ACCOUNT.id)
  })

  it('never keeps a secret in its request log', async () => {
    await call({ path: '/2/users/me', auth: as(SAMPLE) })
    await call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } })
    await call({ path: '/oauth2/token', form: { grant_type: 'client_credentials' }, auth: { basic: { username: SAMPLE.apiKey, password: SAMPLE.apiSecret } } })
    const log = JSON.stringify(sim.requests)
    for (const secret of ALL_SECRET_VALUES) expect(log).not.toContain(secret)
  })
})

describe('as X answers in 2026 (held to the recorded answers in __tests__/recorded/)', () => {
  it('sends the headers X sends on every answer, and gzips for a client that asks for it', async () => {
    const me = await call({ path: '/2/users/me', auth: as(SAMPLE), headers: { 'accept-encoding': 'gzip' } })
    expect(Object.fromEntries(me.headers)).toMatchObject({
      'content-encoding': 'gzip',
      'content-disposition': 'attachment; filename=json.json',
      'strict-transport-security': 'max-age=631138519',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'x-xss-protection': '0',
      'x-transaction-id': expect.stringMatching(/^[0-9a-f]{16}$/)
    })
    expect(me.body).toMatchObject({ data: { username: 'release_bot' } })
  })

  it('does not gzip for twitter-api-v2 with compression off, as the action uses it', async () => {
    const client = new TwitterApi(
      { appKey: SAMPLE.apiKey, appSecret: SAMPLE.apiSecret, accessToken: SAMPLE.accessToken, accessSecret: SAMPLE.accessSecret },
      { plugins: [xApiRedirect(sim.url)], httpAgent: new http.Agent(), compression: false }
    )
    const me = await client.v2.get('users/me', {}, { fullResponse: true })
    expect(me.headers['content-encoding']).toBeUndefined()
    expect(me.data).toMatchObject({ data: { username: 'release_bot' } })
  })

  it('can end the Date in UTC and set api-version', async () => {
    const utc = await XSimulator.start({ dateZone: 'UTC', apiVersion: '2.168' })
    try {
      seedDefault(utc)
      const me = await simRequest(utc.url, { path: '/2/users/me', auth: as(SAMPLE) })
      expect(me.headers.get('date')).toMatch(/ UTC$/)
      expect(me.headers.get('api-version')).toBe('2.168')
    } finally {
      await utc.close()
    }
  })

  it('refuses every user-context call of a suspended account with 403 user-suspended, after authenticating it', async () => {
    const me = await call({ path: '/2/users/me', auth: as(SUSPENDED) })
    expect([me.status, me.body]).toEqual([
      403,
      { detail: 'The user used for authentication is suspended', title: 'Forbidden', status: 403, type: 'https://api.x.com/2/problems/user-suspended' }
    ])
    expect(me.headers.get('x-rate-limit-limit')).toBe('75')
    expect((await post(SUSPENDED, { text: 'hi' })).status).toBe(403)
  })

  it('refuses an endpoint outside the App’s package with client-forbidden and its window headers, while the rest works', async () => {
    expect((await call({ path: '/2/users/me', auth: as(WRONG_PACKAGE) })).status).toBe(200)
    const refused = await post(WRONG_PACKAGE, { text: 'hi' })
    expect([refused.status, refused.body]).toMatchObject([403, { reason: 'client-not-enrolled', title: 'Client Forbidden' }])
    expect(refused.headers.get('x-rate-limit-remaining')).toBe('99')
  })

  it('a usage cap on everything blocks reads too, but not the usage report', async () => {
    const capped = sim.apps.get('capped')!
    capped.usageCapped = 'all'
    try {
      expect((await call({ path: '/2/users/me', auth: as(CAPPED) })).status).toBe(429)
      expect((await call({ path: '/2/usage/tweets', auth: { bearer: CAPPED.bearerToken } })).status).toBe(200)
    } finally {
      capped.usageCapped = 'posts'
    }
  })

  it('answers a 24-hour cap without its 24-hour headers when told (pay-per-use): no window looks used up', async () => {
    sim.rateLimit('tweets', { resetInSeconds: 3600, scope: 'user24h', dailyHeaders: false })
    const limited = await post(SAMPLE, { text: 'daily cap' })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('x-rate-limit-remaining')).toBe('100')
    expect(limited.headers.get('x-user-limit-24hour-remaining')).toBeNull()
    expect(sim.requests.at(-1)?.fault).toBe('rate limit user24h without 24-hour headers')
  })

  it('refuses a self-serve quote even of a post whose author did not engage the account', async () => {
    const refused = await post(SAMPLE, { text: 'Look', quote_tweet_id: UNSUMMONED_POST_ID })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ detail: expect.stringMatching(/^Quoting this post is not allowed because/) })
  })

  it('sends a location header with a created post, and can leave out the edit-history array as 2021 did', async () => {
    const created = await post(SAMPLE, { text: 'located' })
    expect(created.headers.get('location')).toBe(`https://api.x.com/2/tweets/${created.body.data.id}`)
    const old = await XSimulator.start({ editHistoryKey: null })
    try {
      seedDefault(old)
      const then = await simRequest<Created>(old.url, { path: '/2/tweets', json: { text: 'then' }, auth: as(SAMPLE) })
      expect(Object.keys(then.body.data)).toEqual(['id', 'text'])
    } finally {
      await old.close()
    }
  })

  it('deletes the account’s own post, refuses another’s (403), and answers 404 for a post that is gone', async () => {
    const created = await post(SAMPLE, { text: 'to delete' })
    const id = created.body.data.id
    const foreign = await call({ method: 'DELETE', path: `/2/tweets/${id}`, auth: as(DM) })
    const own = await call({ method: 'DELETE', path: `/2/tweets/${id}`, auth: as(SAMPLE) })
    const again = await call({ method: 'DELETE', path: `/2/tweets/${id}`, auth: as(SAMPLE) })
    expect([foreign.status, own.status, own.body, again.status]).toEqual([403, 200, { data: { deleted: true } }, 404])
    expect(foreign.body).toEqual({ detail: 'You are not allowed to delete this post.', type: 'about:blank', title: 'Forbidden', status: 403 })
    expect(again.body).toMatchObject({ title: 'Not Found Error', resource_id: id, type: 'https://api.x.com/2/problems/resource-not-found', status: 404 })
    expect(sim.posts).toEqual([])
    const seeded = await call({ method: 'DELETE', path: `/2/tweets/${SUMMONED_POST_ID}`, auth: as(SAMPLE) })
    expect(seeded.status).toBe(403)
    const readOnly = await call({ method: 'DELETE', path: `/2/tweets/${id}`, auth: as(READ_ONLY) })
    expect(readOnly.body).toMatchObject({ type: 'https://api.x.com/2/problems/oauth1-permissions' })
  })

  it('names the subscription in users/me when asked (None by default), and takes long posts from subscribers only', async () => {
    const asked = (c: Credentials) => call<{ data: Record<string, unknown> }>({ path: '/2/users/me?user.fields=subscription_type', auth: as(c) })
    expect((await asked(SAMPLE)).body.data.subscription_type).toBe('None')
    expect((await asked(SUBSCRIBER)).body.data.subscription_type).toBe('Premium')
    expect((await call<{ data: Record<string, unknown> }>({ path: '/2/users/me', auth: as(SUBSCRIBER) })).body.data).not.toHaveProperty('subscription_type')
    const long = 'A long post. '.repeat(80)
    expect((await post(SAMPLE, { text: long })).status).toBe(400)
    expect((await post(SUBSCRIBER, { text: long })).status).toBe(201)
    expect((await post(SUBSCRIBER, { text: 'x'.repeat(25_001) })).status).toBe(400)
  })

  it('answers finalize and STATUS with image or video details, and 86400 s to attach the media', async () => {
    const image = await library(SAMPLE).v2.uploadMedia(png(20, 10, 1), { media_type: 'image/png' })
    expect(sim.media.get(image)?.state).toBe('succeeded')
    const id = await startVideo()
    await poll(id)
    const done = await poll(id)
    expect(done.body.data).toMatchObject({ expires_after_secs: expect.any(Number), video: { video_type: 'video/mp4' } })
    const finalized = await call<{ data: Record<string, unknown> }>({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: as(SAMPLE) })
    expect(finalized.body.data.expires_after_secs).toBeLessThanOrEqual(86400)
  })

  it('the one-shot upload reads the type and size from the bytes, and refuses bytes it cannot recognise', async () => {
    const uploaded = await call<{ data: Record<string, unknown> }>({
      path: '/2/media/upload',
      multipart: { media_category: 'tweet_image', media: jpeg(40, 30, 500) },
      auth: as(SAMPLE)
    })
    expect(uploaded.body.data).toMatchObject({ expires_after_secs: 86400, image: { image_type: 'image/jpeg', w: 40, h: 30 }, size: 500 })
    const unknown = await call({ path: '/2/media/upload', multipart: { media_category: 'tweet_image', media: Buffer.from('not an image') }, auth: as(SAMPLE) })
    expect(unknown.status).toBe(400)
  })

  it('gives the next post or media a reserved id once', async () => {
    sim.reserveNextId('1456012973835788293')
    const first = await post(SAMPLE, { text: 'reserved' })
    const second = await post(SAMPLE, { text: 'not reserved' })
    expect([first.body.data.id, second.body.data.id === '1456012973835788293']).toEqual(['1456012973835788293', false])
  })
})

describe('fixture credentials', () => {
  it('look like real X credentials', () => {
    for (const c of [SAMPLE, OTHER_APP, UNENROLLED, DEPLETED, CAPPED, SUSPENDED, WRONG_PACKAGE, ENTERPRISE]) {
      expect(c.apiKey).toMatch(/^[A-Za-z0-9]{25}$/)
      expect(c.apiSecret).toMatch(/^[A-Za-z0-9]{50}$/)
      expect(c.accessToken).toMatch(/^\d{19}-[A-Za-z0-9]{30}$/)
      expect(c.accessSecret).toMatch(/^[A-Za-z0-9]{45}$/)
      expect(c.bearerToken).toMatch(/^A{21}[B-Z][A-Za-z0-9%]{90,100}$/)
      expect(c.bearerToken).toMatch(/%2B.*%2F.*%3D/)
    }
  })

  it('are all different, and none is part of another', () => {
    expect(ALL_SECRET_VALUES).toHaveLength(50)
    for (const a of ALL_SECRET_VALUES) {
      for (const b of ALL_SECRET_VALUES) if (a !== b) expect(b.includes(a)).toBe(false)
    }
  })
})
