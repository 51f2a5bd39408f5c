/**
 * Every body the simulator sends is checked against X's own OpenAPI spec
 * (v2.167, `data/x-openapi-2.167.json`, MIT licence beside it), wherever the
 * spec models it. Where the simulator knowingly differs, a test says so.
 */
import fs from 'node:fs'
import AjvModule from 'ajv'
import addFormatsModule from 'ajv-formats'
import { png } from './helpers/media-files.js'
import { SAMPLE, SAMPLE_ACCOUNT, seedDefault, simRequest, type SimRequest, SUMMONED_POST_ID, XSimulator } from '../tools/simulator/index.js'

const Ajv = AjvModule.default
const addFormats = addFormatsModule.default

const spec = JSON.parse(fs.readFileSync(new URL('./data/x-openapi-2.167.json', import.meta.url), 'utf8'))
const ajv = new Ajv({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(spec, 'x-openapi')

const pointer = (...segments: string[]) => segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')

/** The schema X documents for this path, method and status (`default` = its error schema). */
function responseValidator(path: string, method: string, status: string, mediaType = 'application/json') {
  return ajv.compile({ $ref: `x-openapi#/${pointer('paths', path, method, 'responses', status, 'content', mediaType, 'schema')}` })
}
const problemValidator = (path: string, method: string) => responseValidator(path, method, 'default', 'application/problem+json')

function expectValid(validate: ReturnType<typeof ajv.compile>, body: unknown) {
  const ok = validate(body)
  expect(ok ? [] : validate.errors).toEqual([])
}

let sim: XSimulator
const user = { oauth1: SAMPLE }
const call = (request: SimRequest) => simRequest<{ data: Record<string, unknown> }>(sim.url, request)

beforeAll(async () => {
  sim = await XSimulator.start()
  seedDefault(sim)
})
afterAll(() => sim.close())
beforeEach(() => sim.reset())

describe('success bodies match the spec', () => {
  it('GET /2/users/me, with and without user.fields', async () => {
    const validate = responseValidator('/2/users/me', 'get', '200')
    const plain = await call({ path: '/2/users/me', auth: user })
    const rich = await call({
      path: '/2/users/me?user.fields=created_at,description,location,protected,public_metrics,url,verified,verified_type,profile_image_url',
      auth: user
    })
    expect([plain.status, rich.status]).toEqual([200, 200])
    expectValid(validate, plain.body)
    expectValid(validate, rich.body)
    expect(Object.keys(rich.body.data)).toContain('public_metrics')
  })

  it('GET /2/usage/tweets: counts as strings, cap_reset_day as an integer, optional daily arrays', async () => {
    const validate = responseValidator('/2/usage/tweets', 'get', '200')
    const plain = await call({ path: '/2/usage/tweets', auth: { bearer: SAMPLE.bearerToken } })
    const daily = await call({
      path: '/2/usage/tweets?days=3&usage.fields=daily_client_app_usage,daily_project_usage',
      auth: { bearer: SAMPLE.bearerToken }
    })
    expectValid(validate, plain.body)
    expectValid(validate, daily.body)
    expect(plain.body.data).toEqual({
      cap_reset_day: 10,
      project_cap: '2000000',
      project_id: '1281043626347900822499',
      project_usage: '2007'
    })
  })

  it('POST /2/tweets 201, with the observed edit_history_tweet_ids (the spec neither requires nor forbids it)', async () => {
    const validate = responseValidator('/2/tweets', 'post', '201')
    const created = await call({ path: '/2/tweets', json: { text: 'Spec check' }, auth: user })
    expect(created.status).toBe(201)
    expect(created.body.data).toHaveProperty('edit_history_tweet_ids')
    expectValid(validate, created.body)

    const schema = spec.components.schemas.CreatePostsResponseData
    expect(schema.required).toEqual(['id', 'text'])
    expect(schema.additionalProperties).toBeUndefined()
  })

  it('POST /2/tweets 201 with the spec name edit_history_post_ids when configured', async () => {
    const specNamed = await XSimulator.start({ editHistoryKey: 'edit_history_post_ids' })
    try {
      seedDefault(specNamed)
      const created = await simRequest(specNamed.url, { path: '/2/tweets', json: { text: 'Spec name' }, auth: user })
      expect(created.body).toMatchObject({ data: { edit_history_post_ids: [expect.any(String)] } })
      expectValid(responseValidator('/2/tweets', 'post', '201'), created.body)
    } finally {
      await specNamed.close()
    }
  })

  it('media upload: initialize, append, finalize, STATUS and metadata', async () => {
    const init = await call({
      path: '/2/media/upload/initialize',
      json: { media_type: 'video/mp4', total_bytes: 4, media_category: 'tweet_video' },
      auth: user
    })
    expectValid(responseValidator('/2/media/upload/initialize', 'post', '200'), init.body)
    const id = String(init.body.data.id)

    const append = await call({
      path: `/2/media/upload/${id}/append`,
      multipart: { segment_index: '0', media: Buffer.from([1, 2, 3, 4]) },
      auth: user
    })
    expectValid(responseValidator('/2/media/upload/{id}/append', 'post', '200'), append.body)

    const finalize = await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: user })
    expectValid(responseValidator('/2/media/upload/{id}/finalize', 'post', '200'), finalize.body)
    expect(finalize.body.data.processing_info).toEqual({ state: 'pending', check_after_secs: 1, progress_percent: 0 })

    const status = responseValidator('/2/media/upload', 'get', '200')
    for (const expected of ['in_progress', 'succeeded']) {
      const polled = await call({ path: `/2/media/upload?command=STATUS&media_id=${id}`, auth: user })
      expect(polled.body.data.processing_info).toMatchObject({ state: expected })
      expectValid(status, polled.body)
    }

    const metadata = await call({
      path: '/2/media/metadata',
      json: { id, metadata: { alt_text: { text: 'A cat' } } },
      auth: user
    })
    expectValid(responseValidator('/2/media/metadata', 'post', '200'), metadata.body)
  })

  it('an image: finalize with its size (image.w, image.h), the one-shot upload, and the 2025 command form', async () => {
    const file = png(16, 16, 3)
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: file.length }, auth: user })
    const id = String(init.body.data.id)
    await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: file }, auth: user })
    const finalize = await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: user })
    expectValid(responseValidator('/2/media/upload/{id}/finalize', 'post', '200'), finalize.body)
    expect(finalize.body.data).toMatchObject({ expires_after_secs: 86400, image: { image_type: 'image/png', w: 16, h: 16 } })

    const oneShot = await call({ path: '/2/media/upload', multipart: { media_category: 'tweet_image', media: file }, auth: user })
    expectValid(responseValidator('/2/media/upload', 'post', '200'), oneShot.body)

    const command = await call({ path: `/2/media/upload?command=INIT&media_type=image%2Fpng&total_bytes=${file.length}`, method: 'POST', auth: user })
    expectValid(responseValidator('/2/media/upload/initialize', 'post', '200'), command.body)
  })

  it('DELETE /2/tweets/{id}', async () => {
    const created = await call({ path: '/2/tweets', json: { text: 'to delete' }, auth: user })
    const deleted = await call({ method: 'DELETE', path: `/2/tweets/${created.body.data.id}`, auth: user })
    expectValid(responseValidator('/2/tweets/{id}', 'delete', '200'), deleted.body)
  })

  it("GET /2/users/{id}/tweets, with the fields the Action asks for (X's names: referenced_tweets, edit_history_tweet_ids)", async () => {
    const first = await call({ path: '/2/tweets', json: { text: 'Root: https://example.com/r' }, auth: user })
    await call({ path: '/2/tweets', json: { text: 'Reply', reply: { in_reply_to_tweet_id: String(first.body.data.id) } }, auth: user })
    const page = await call({ path: `/2/users/${SAMPLE_ACCOUNT.id}/tweets?max_results=5&exclude=retweets&tweet.fields=referenced_tweets,entities`, auth: user })
    expect(page.status).toBe(200)
    expectValid(responseValidator('/2/users/{id}/tweets', 'get', '200'), page.body)
    // The spec renames both fields (referenced_posts, edit_history_post_ids) but does not forbid X's own names.
    expect(spec.components.schemas.Post.additionalProperties).toBeUndefined()
  })

  it('the one-shot upload of an image: 200 with the recorded answer’s fields, image type and size included', async () => {
    const uploaded = await call({ path: '/2/media/upload', multipart: { media_category: 'tweet_image', media: png(16, 16, 1) }, auth: user })
    expect(uploaded.status).toBe(200)
    expectValid(responseValidator('/2/media/upload', 'post', '200'), uploaded.body)
    // As recorded from X (2026): data.expires_after_secs, id, image {h, image_type, w}, media_key, size; no processing_info.
    expect(Object.keys(uploaded.body.data).sort()).toEqual(['expires_after_secs', 'id', 'image', 'media_key', 'size'])
  })

  it('a failed video adds processing_info.error, the one field the spec does not allow', async () => {
    sim.failVideoProcessing(true)
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'video/mp4', total_bytes: 1 }, auth: user })
    const id = String(init.body.data.id)
    await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: Buffer.from([0]) }, auth: user })
    await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: user })
    await call({ path: `/2/media/upload?command=STATUS&media_id=${id}`, auth: user })
    const failed = await call({ path: `/2/media/upload?command=STATUS&media_id=${id}`, auth: user })
    expect(failed.body.data.processing_info).toMatchObject({ state: 'failed', error: { name: 'InvalidMedia' } })

    const validate = responseValidator('/2/media/upload', 'get', '200')
    expect(validate(failed.body)).toBe(false)
    expect(validate.errors).toEqual([expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'error' } })])
  })
})

describe('error bodies match the spec where it models them', () => {
  const invalidPosts: Array<[string, unknown]> = [
    ['text over 280 weighted characters', { text: 'x'.repeat(281) }],
    ['an unknown field', { text: 'hi', colour: 'blue' }],
    ['a reply id that is not a number', { text: 'hi', reply: { in_reply_to_tweet_id: 'abc' } }],
    ['media together with a quote', { text: 'hi', quote_tweet_id: SUMMONED_POST_ID, media: { media_ids: ['1'] } }],
    ['a quote of a post that does not exist', { text: 'hi', quote_tweet_id: '123' }],
    ['media ids that are not this account’s', { text: 'hi', media: { media_ids: ['1'] } }]
  ]

  it.each(invalidPosts)('POST /2/tweets with %s → 400 invalid-request', async (_, json) => {
    const refused = await call({ path: '/2/tweets', json, auth: user })
    expect(refused.status).toBe(400)
    expectValid(problemValidator('/2/tweets', 'post'), refused.body)
  })

  it('GET /2/users/{id}/tweets with max_results out of range → 400 invalid-request', async () => {
    const refused = await call({ path: `/2/users/${SAMPLE_ACCOUNT.id}/tweets?max_results=101`, auth: user })
    expect(refused.status).toBe(400)
    expectValid(problemValidator('/2/users/{id}/tweets', 'get'), refused.body)
  })

  it('GET /2/usage/tweets with days out of range → 400 invalid-request', async () => {
    const refused = await call({ path: '/2/usage/tweets?days=91', auth: { bearer: SAMPLE.bearerToken } })
    expect(refused.status).toBe(400)
    expectValid(problemValidator('/2/usage/tweets', 'get'), refused.body)
  })

  it('a one-shot upload of a video → 400 invalid-request', async () => {
    const refused = await call({ path: '/2/media/upload', multipart: { media_category: 'tweet_video', media: Buffer.from([0]) }, auth: user })
    expect(refused.status).toBe(400)
    expectValid(problemValidator('/2/media/upload', 'post'), refused.body)
  })

  it('finalize with missing bytes → 400 invalid-request', async () => {
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: 10 }, auth: user })
    const id = String(init.body.data.id)
    await call({ path: `/2/media/upload/${id}/append`, multipart: { segment_index: '0', media: Buffer.from('short') }, auth: user })
    const refused = await call({ path: `/2/media/upload/${id}/finalize`, json: {}, auth: user })
    expect(refused.status).toBe(400)
    expectValid(problemValidator('/2/media/upload/{id}/finalize', 'post'), refused.body)
  })

  it('finalize without a JSON object body → 400 invalid-request "Request body must be a JSON object."', async () => {
    const init = await call({ path: '/2/media/upload/initialize', json: { media_type: 'image/png', total_bytes: 3 }, auth: user })
    const id = String(init.body.data.id)
    for (const request of [{}, { json: [] }, { raw: 'null', headers: { 'content-type': 'application/json' } }]) {
      const refused = await call({ path: `/2/media/upload/${id}/finalize`, method: 'POST', ...request, auth: user })
      expect([refused.status, refused.body]).toMatchObject([400, { errors: [{ message: 'Request body must be a JSON object.' }] }])
      expectValid(problemValidator('/2/media/upload/{id}/finalize', 'post'), refused.body)
    }
  })

  it('the auth, permission and billing problems are outside the spec’s nine problem types', async () => {
    const validate = problemValidator('/2/users/me', 'get')
    const bodies = await Promise.all([call({ path: '/2/users/me' }), call({ path: '/2/users/me', auth: { bearer: SAMPLE.bearerToken } })])
    expect(bodies.map((b) => b.status)).toEqual([401, 403])
    for (const { body } of bodies) expect(validate(body)).toBe(false)
  })
})

describe('request rules agree with the spec', () => {
  const validateRequest = ajv.compile({
    $ref: `x-openapi#/${pointer('paths', '/2/tweets', 'post', 'requestBody', 'content', 'application/json', 'schema')}`
  })
  const bodies: unknown[] = [
    { text: 'plain' },
    { text: 'reply', reply: { in_reply_to_tweet_id: SUMMONED_POST_ID, auto_populate_reply_metadata: true } },
    { text: 'settings', reply_settings: 'following' },
    { text: 'poll', poll: { options: ['yes', 'no'], duration_minutes: 60 } },
    { text: 'bad poll', poll: { options: ['only one'], duration_minutes: 60 } },
    { text: 'bad settings', reply_settings: 'everyone' },
    { text: 'unknown', in_reply_to_status_id: '1' },
    { text: 'too many media', media: { media_ids: ['1', '2', '3', '4', '5'] } },
    { text: 'nested unknown', reply: { in_reply_to_tweet_id: '1', extra: true } },
    { text: 42 },
    { text: 'id too long', quote_tweet_id: '12345678901234567890' }
  ]

  it.each(bodies.map((body) => [JSON.stringify(body), body]))('%s', async (_, json) => {
    const specAccepts = validateRequest(json)
    const response = await call({ path: '/2/tweets', json, auth: user })
    expect(response.status === 400 ? 'refused' : 'accepted').toBe(specAccepts ? 'accepted' : 'refused')
  })
})

describe('one-shot upload rules agree with the spec (MediaUploadRequest, JSON form)', () => {
  const validateRequest = ajv.compile({
    $ref: `x-openapi#/${pointer('paths', '/2/media/upload', 'post', 'requestBody', 'content', 'application/json', 'schema')}`
  })
  const image = png(2, 2, 3).toString('base64')
  // Still-image categories only: the spec allows the others, which the simulator sends to the chunked upload (see the behaviour tests).
  const bodies: unknown[] = [
    { media: image, media_category: 'tweet_image' },
    { media: image, media_category: 'dm_image' },
    { media: image, media_category: 'tweet_image', additional_owners: '1846203957715066880' },
    { media: image },
    { media_category: 'tweet_image' },
    { media: image, media_category: 'profile_banner' },
    { media: image, media_category: 'tweet_image', media_type: 'image/png' },
    { media: 42, media_category: 'tweet_image' }
  ]

  it.each(bodies.map((body) => [JSON.stringify(body).replace(image, '<png>'), body]))('%s', async (_, json) => {
    const specAccepts = validateRequest(json)
    const response = await call({ path: '/2/media/upload', json, auth: user })
    expect(response.status === 400 ? 'refused' : 'accepted').toBe(specAccepts ? 'accepted' : 'refused')
  })
})

describe('POST /oauth2/token (not in the spec)', () => {
  it('answers the documented shape: token_type bearer and the app’s percent-encoded bearer', async () => {
    const issued = await simRequest(sim.url, {
      path: '/oauth2/token',
      form: { grant_type: 'client_credentials' },
      auth: { basic: { username: SAMPLE.apiKey, password: SAMPLE.apiSecret } }
    })
    expect(issued.status).toBe(200)
    expect(issued.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(Object.keys(issued.body as object).sort()).toEqual(['access_token', 'token_type'])
    expect(issued.body).toEqual({ token_type: 'bearer', access_token: SAMPLE.bearerToken })
    expect(SAMPLE.bearerToken).toMatch(/^A{21}[A-Za-z0-9%]+$/)
  })
})
