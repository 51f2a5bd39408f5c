/**
 * The simulator reproduces X's recorded answers: for every entry of
 * `x-recorded-answers.json`, put in the entry's situation (`decisions.ts`),
 * it answers with the status, the problem type, title and detail, and the
 * headers the entry shows. An entry without a decision fails.
 */
import { describe, expect, test } from '@jest/globals'
import { seedDefault, XSimulator } from '../../tools/simulator/index.js'
import { departures, RECORDED } from './answers.js'
import { DECISIONS } from './decisions.js'

test('every recorded entry has a decision, and every decision a recorded entry', () => {
  const recorded = RECORDED.map((e) => e.id)
  expect(recorded.filter((id) => !DECISIONS[id])).toEqual([])
  expect(Object.keys(DECISIONS).filter((id) => !recorded.includes(id))).toEqual([])
  expect(new Set(recorded).size).toBe(recorded.length)
})

const reproduced = RECORDED.filter((e) => DECISIONS[e.id])

describe('reproduced', () => {
  test.each(reproduced.map((e) => [e.id, e] as const))('%s', async (_, entry) => {
    const r = DECISIONS[entry.id].simulator
    const sim = await XSimulator.start(r.options)
    try {
      seedDefault(sim)
      const answer = await r.ask(sim)
      const observed = { status: answer.status, headers: Object.fromEntries(answer.headers), text: answer.text, body: answer.body }
      expect(departures(entry, observed, r.hold)).toEqual([])
    } finally {
      await sim.close()
    }
  })
})

describe('the comparison itself catches what departs', () => {
  const entry = (id: string) => RECORDED.find((e) => e.id === id)!
  const rwdm = entry('users-me-200-oauth1-rwdm')
  const recorded = { status: 200, headers: { ...rwdm.response.headers! }, text: '', body: rwdm.response.body }

  test('the recorded answer itself holds, moment values compared by form', () => {
    const later = { ...recorded.headers, date: 'Mon, 05 Oct 2026 10:00:00 UTC', 'x-rate-limit-reset': '1790000000', 'x-response-time': '3' }
    expect(departures(rwdm, { ...recorded, headers: later })).toEqual([])
  })

  test.each([
    ['another status', { ...recorded, status: 201 }, 'status 201, recorded 200'],
    [
      'another access level',
      { ...recorded, headers: { ...recorded.headers, 'x-access-level': 'read' } },
      'header x-access-level: "read", recorded "read-write-directmessages"'
    ],
    [
      'a Date ending in GMT where the record ends in UTC',
      { ...recorded, headers: { ...recorded.headers, date: 'Fri, 07 Jan 2022 08:05:56 GMT' } },
      'header date'
    ],
    ['a header missing', { ...recorded, headers: { ...recorded.headers, server: undefined as unknown as string } }, 'header server: missing'],
    [
      'a field more',
      { ...recorded, body: { data: { ...(recorded.body as { data: object }).data, verified: false } } },
      'data.verified: in the answer, not in the record'
    ],
    ['a field less', { ...recorded, body: { data: { id: '1072250532645998596', name: 'Tweepy Testing' } } }, 'data.username: undefined, recorded "TweepyDev"']
  ])('%s', (_, observed, expected) => {
    const headers = Object.fromEntries(Object.entries(observed.headers).filter(([, v]) => v !== undefined))
    expect(departures(rwdm, { ...observed, headers }).join('\n')).toContain(expected)
  })

  test('headers recorded as absent or present, a body text, body keys and placeholders', () => {
    const e401 = entry('oauth1-post-401-unauthorized')
    expect(departures(e401, { status: 401, headers: { 'x-rate-limit-limit': '100' }, text: '', body: e401.response.body })).toEqual([
      'header x-rate-limit-limit: present, recorded as absent'
    ])
    const expired = entry('oauth2-user-expired-401-no-rate-headers')
    expect(departures(expired, { status: 401, headers: {}, text: '', body: expired.response.body })).toHaveLength(3)
    const finalize = entry('media-finalize-without-json-body')
    expect(departures(finalize, { status: 400, headers: {}, text: '{"errors":[]}', body: {} })).toEqual([
      'body does not contain "Request body must be a JSON object."'
    ])
    const enrolled = entry('client-not-enrolled-api-x-com')
    const keys = Object.fromEntries(enrolled.response.body_keys!.map((k) => [k, 'x']))
    expect(
      departures(enrolled, {
        status: 403,
        headers: { 'x-rate-limit-limit': '40000' },
        text: '',
        body: { ...keys, reason: 'client-not-enrolled', required_enrollment: 'Appropriate Level of API Access', extra: 1 }
      })
    ).toEqual([expect.stringMatching(/^body keys /)])
    const capped = entry('usage-capped-429')
    const body = capped.response.body as Record<string, unknown>
    const headers = capped.response.headers!
    expect(departures(capped, { status: 429, headers, text: '', body: { ...body, account_id: '2244994945' } })).toEqual([])
    expect(departures(capped, { status: 429, headers, text: '', body: { ...body, account_id: '' } })).toEqual([
      expect.stringMatching(/^account_id: "", recorded as a placeholder/)
    ])
  })
})
