/** Secrets are a type: they print as their input's name, and the redactor hides every form registered. */
import { describe, expect, test } from '@jest/globals'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { Redactor, Secret, base64Cores, basicCredentials, derivedForms, fingerprint } from '../../src/io/secret.js'
import { SAMPLE } from '../../tools/simulator/fixtures.js'

test('a Secret prints as its input name, never its value', () => {
  const s = new Secret('api-key', SAMPLE.apiKey)
  expect(`${s}`).toBe('[secret api-key]')
  expect(JSON.stringify({ s })).toBe('{"s":"[secret api-key]"}')
  expect(s.fingerprint).toBe(fingerprint(SAMPLE.apiKey))
  expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{8}$/)
  expect(s.equals(s.with(SAMPLE.apiKey))).toBe(true)
  expect(s.equals(s.with(SAMPLE.apiSecret))).toBe(false)
})

test('derived forms cover trimmed, decoded and encoded bearer forms', () => {
  const forms = derivedForms(` ${SAMPLE.bearerToken}\n`)
  expect(forms).toEqual(expect.arrayContaining([SAMPLE.bearerToken, decodeURIComponent(SAMPLE.bearerToken), encodeURIComponent(SAMPLE.bearerToken)]))
})

test('the redactor hides every registered form, longest first, and ignores very short values', () => {
  const r = new Redactor()
  r.add(SAMPLE.bearerToken)
  r.add('ab')
  expect(r.scrub(`x ${decodeURIComponent(SAMPLE.bearerToken)} y ${SAMPLE.bearerToken} ab`)).toBe('x *** y *** ab')
})

test('a value far longer than any credential is registered and hidden without a regular expression too large for V8', () => {
  const r = new Redactor()
  const huge = SAMPLE.apiSecret.repeat(2_000)
  expect(() => r.add(huge)).not.toThrow()
  r.add(SAMPLE.bearerToken)
  const scrubbed = r.scrub(`a ${huge} b ${SAMPLE.bearerToken} c ${Buffer.from(huge).toString('base64')} d`)
  // The base64 is hidden by its aligned core; what is left of it (its last bytes and padding) holds no piece of the value.
  expect(scrubbed).toMatch(/^a \*\*\* b \*\*\* c \*\*\*[A-Za-z0-9+/=]{0,4} d$/)
  expect(r.holds(scrubbed)).toBe(false)
  expect(r.holds(`…${huge.slice(5_000, 5_012)}…`)).toBe(true)
})

describe('every form that can travel', () => {
  test('each line of a multi-line value, trimmed, is a form of its own', () => {
    const forms = derivedForms(`${SAMPLE.apiSecret}\r\n  ${SAMPLE.accessSecret}  \n`)
    expect(forms).toEqual(expect.arrayContaining([SAMPLE.apiSecret, SAMPLE.accessSecret]))
  })

  test('the base64 a value becomes from each of its first three bytes is found inside any base64 text that holds the value', () => {
    const r = new Redactor()
    r.add(SAMPLE.apiKey)
    for (const prefix of ['', 'x', 'xy', 'user:', 'a longer prefix:']) {
      const encoded = Buffer.from(`${prefix}${SAMPLE.apiKey}:tail`).toString('base64')
      const shown = r.scrub(`Authorization: Basic ${encoded}`)
      // Whatever is left around the mask decodes to at most two bytes of the key on each side.
      expect(shown).toContain('***')
      const rest = shown.replace('Authorization: Basic ', '').split('***')
      for (const part of rest) expect(Buffer.from(part, 'base64').toString('latin1')).not.toMatch(new RegExp(SAMPLE.apiKey.slice(2, 14)))
    }
    expect(base64Cores('abcdefgh')).toEqual(['YWJjZGVm', 'YmNkZWZn', 'Y2RlZmdo'])
  })

  test('the HTTP Basic credential of a pair, percent-encoded halves as twitter-api-v2 sends it, and raw', () => {
    expect(basicCredentials('a b', 'c:d')).toEqual([Buffer.from('a b:c:d').toString('base64'), Buffer.from('a%20b:c%3Ad').toString('base64')])
  })
})

describe('credential carriers, whose value the scrubber hides whoever’s it is', () => {
  const r = new Redactor()
  test.each([
    ['an Authorization header', 'authorization: OAuth oauth_consumer_key="abc", oauth_token="def"', 'authorization: ***'],
    ['a JSON-escaped one', '{"Authorization":"Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2Buseid"}', '{"Authorization":"***"}'],
    ['a Bearer credential', 'sent Bearer AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2Buseid here', 'sent Bearer *** here'],
    ['a Basic credential', 'with Basic dXNlcjpwYXNzd29yZHBhc3N3b3Jk here', 'with Basic *** here'],
    [
      'OAuth 1.0a parameters',
      'oauth_consumer_key="xvz1evFS4wEEPTGEFPHBog", oauth_nonce="n", oauth_signature="tnnArxj06cWHq44gCs1OSKk%2FjLY%3D"',
      'oauth_consumer_key="***", oauth_nonce="n", oauth_signature="***"'
    ],
    [
      'a signature base string',
      'POST&https%3A%2F%2Fapi.x.com&oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3Dabc',
      'POST&https%3A%2F%2Fapi.x.com&oauth_consumer_key%3D***'
    ],
    [
      'an OAuth 2.0 form body',
      'grant_type=refresh_token&refresh_token=bWF5YmUgYSByZWZyZXNoIHRva2Vu&client_id=abc',
      'grant_type=refresh_token&refresh_token=***&client_id=abc'
    ],
    ['an OAuth 2.0 token answer', '{"access_token":"abc.def","refresh_token":"ghi"}', '{"access_token":"***","refresh_token":"***"}'],
    [
      'a GitHub token',
      'token ghs_q8Rk2Lm5Vx9Tz3Wc7Nb1Hd6Jf4Pg0Sa8Ye2Ku5 and github_pat_11BK3XQYA0mT7vLq2Zr9Ws_x4Pq8Nd2Hs6Jf0Kb3Vc7Ym1Lt5Ge9Ra2Uo6',
      'token *** and ***'
    ]
  ])('%s', (_, text, scrubbed) => {
    expect(r.scrub(text)).toBe(scrubbed)
  })

  test("the action's own words are left alone: every title, cause and fix of the catalogue, and the words around credentials", () => {
    for (const entry of Object.values(DIAGNOSES)) for (const text of [entry.title, entry.cause, ...entry.fix]) expect(r.scrub(text)).toBe(text)
    for (const text of [
      '`bearer-token` began with "Bearer "; it was removed.',
      'the bearer token of the App',
      'HTTP Basic credential',
      'an access token that is valid'
    ])
      expect(r.scrub(text)).toBe(text)
  })
})

describe('does a text hold a secret', () => {
  const r = new Redactor()
  r.add(SAMPLE.accessToken)
  r.add(SAMPLE.bearerToken)
  test('whole, or any 12 characters of it, in any form registered', () => {
    expect(r.holds(`x ${SAMPLE.accessToken} y`)).toBe(true)
    expect(r.holds(SAMPLE.accessToken.slice(-12))).toBe(true)
    expect(r.holds(decodeURIComponent(SAMPLE.bearerToken).slice(40, 52))).toBe(true)
    expect(r.holds(SAMPLE.accessToken.slice(-11))).toBe(false)
  })
  test("not the access token's public `<user id>-`, nor a run of one character", () => {
    expect(r.holds(`https://x.com/i/user/${SAMPLE.accessToken.split('-')[0]}`)).toBe(false)
    expect(r.holds('AAAAAAAAAAAAAAAAAAAAAAAA!')).toBe(false)
  })
})
