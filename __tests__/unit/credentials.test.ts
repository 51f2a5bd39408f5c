/** Reading and linting credentials, offline: the input, then the environment; repairs with a warning; never a value in a message. */
import { describe, expect, test } from '@jest/globals'
import { readCredentials } from '../../src/auth/specs.js'
import { AUTH_METHODS, CREDENTIAL_SPECS, settleAll } from '../../src/auth/registry.js'
import { SAMPLE } from '../../tools/simulator/fixtures.js'

const inputsOf = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const read = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) => readCredentials(CREDENTIAL_SPECS, inputsOf(values), env)
const oauth1 = (values: Record<string, string>, env: NodeJS.ProcessEnv = {}) => settleAll(read(values, env), false)[0]

describe('reading', () => {
  test('the input wins, then TWITTER_*, then X_*', () => {
    const raw = read({ 'api-key': 'from-input' }, { TWITTER_API_KEY: 'tw', X_API_SECRET: 'x-secret', TWITTER_API_SECRET: '  ' })
    expect(raw['api-key']).toMatchObject({ value: 'from-input', source: 'input' })
    expect(raw['api-secret']).toMatchObject({ value: 'x-secret', source: 'X_API_SECRET' })
    expect(raw['access-token']).toMatchObject({ value: '', source: null })
  })

  test('every credential input of every method is read', () => {
    expect(CREDENTIAL_SPECS.map((s) => s.input)).toEqual([
      'api-key',
      'api-secret',
      'access-token',
      'access-secret',
      'client-id',
      'client-secret',
      'refresh-token',
      'github-token',
      'bearer-token'
    ])
    expect(AUTH_METHODS.map((m) => m.id)).toEqual(['oauth1', 'oauth2', 'app-bearer'])
  })
})

describe('which user method a run uses', () => {
  const active = (values: Record<string, string>) => settleAll(read(values), false).map((s) => s.method.id)
  const OAUTH1 = { 'api-key': SAMPLE.apiKey, 'api-secret': SAMPLE.apiSecret, 'access-token': SAMPLE.accessToken, 'access-secret': SAMPLE.accessSecret }

  test('OAuth 1.0a alone, OAuth 2.0 alone (a refresh token), or both when both are given', () => {
    expect(active(OAUTH1)).toEqual(['oauth1', 'app-bearer'])
    expect(active({ 'refresh-token': 'r', 'client-id': 'c' })).toEqual(['oauth2', 'app-bearer'])
    expect(active({ ...OAUTH1, 'refresh-token': 'r' })).toEqual(['oauth1', 'oauth2', 'app-bearer'])
  })

  test('a client id chooses OAuth 2.0 only when nothing else is given; the default GitHub token never does', () => {
    expect(active({ ...OAUTH1, 'client-id': 'c' })).toEqual(['oauth1', 'app-bearer'])
    expect(active({ 'client-id': 'c' })).toEqual(['oauth2', 'app-bearer'])
    expect(active({ 'github-token': 'ghs_x' })).toEqual(['oauth1', 'app-bearer'])
    expect(active({})).toEqual(['oauth1', 'app-bearer'])
  })
})

describe('linting', () => {
  test('missing values are errors naming the input and every environment variable tried', () => {
    const settled = oauth1({ 'api-key': SAMPLE.apiKey })
    expect(settled.start).toBeUndefined()
    expect(settled.findings.map((f) => [f.id, f.subject])).toEqual([
      ['missing-credential', 'api-secret'],
      ['missing-credential', 'access-token'],
      ['missing-credential', 'access-secret']
    ])
    expect(settled.findings[0].message).toBe(
      '`api-secret` (API secret) is empty: the input was not set, and neither TWITTER_API_SECRET nor X_API_SECRET holds a value.'
    )
  })

  test('on a fork pull request the missing value says secrets are not passed to forks', () => {
    const [settled] = settleAll(read({}), true)
    expect(settled.findings[0].message).toMatch(/pull request from a fork, and GitHub does not pass secrets/)
  })

  test('whitespace and quotes are repaired with warnings, and the repaired form must be masked too, as must the HTTP Basic credential of the key and secret', () => {
    const settled = oauth1({
      'api-key': ` "${SAMPLE.apiKey}"\n`,
      'api-secret': SAMPLE.apiSecret,
      'access-token': SAMPLE.accessToken,
      'access-secret': SAMPLE.accessSecret
    })
    expect(settled.findings.map((f) => f.id)).toEqual(['whitespace-trimmed', 'quotes-stripped'])
    // The API key and secret are letters and digits: percent-encoding them changes nothing, so there is one Basic form.
    expect(settled.derived).toEqual([SAMPLE.apiKey])
    expect(settled.carried).toEqual([Buffer.from(`${SAMPLE.apiKey}:${SAMPLE.apiSecret}`).toString('base64')])
    expect(settled.start).toBeDefined()
  })

  test('a bearer token with "Bearer " in front or percent-decoded is repaired', () => {
    const decoded = decodeURIComponent(SAMPLE.bearerToken)
    const [, bearer] = settleAll(read({ 'bearer-token': `Bearer ${decoded}` }), false)
    expect(bearer.findings.map((f) => f.id)).toEqual(['bearer-prefix', 'bearer-decoded'])
    expect(bearer.derived).toEqual([SAMPLE.bearerToken])
    expect(bearer.secrets[0].reveal()).toBe(SAMPLE.bearerToken)
  })

  test('a multi-line or control-character credential is an input error that does not echo the value', () => {
    const settled = oauth1({
      'api-key': 'abcdef\nghijkl',
      'api-secret': 'a\u0001b',
      'access-token': SAMPLE.accessToken,
      'access-secret': SAMPLE.accessSecret
    })
    expect(settled.start).toBeUndefined()
    expect(settled.errors.map((e) => e.input)).toEqual(['api-key', 'api-secret'])
    expect(settled.errors.map((e) => e.diagnosis)).toEqual(['invalid-input', 'invalid-input'])
    expect(settled.errors.map((e) => e.message).join(' ')).not.toMatch(/abcdef|ghijkl/)
  })

  test('a value shorter than any credential is refused rather than half-masked, without echoing it', () => {
    const settled = oauth1({ 'api-key': 'read', 'api-secret': SAMPLE.apiSecret, 'access-token': SAMPLE.accessToken, 'access-secret': 'x'.repeat(15) })
    expect(settled.start).toBeUndefined()
    expect(settled.errors.map((e) => [e.input, e.diagnosis])).toEqual([
      ['api-key', 'invalid-input'],
      ['access-secret', 'invalid-input']
    ])
    expect(settled.errors[0].message).toBe(
      '`api-key` is 4 characters long; no credential is shorter than 16 (an API key has 25), and a value this short could not be masked in the log without hiding ordinary words.'
    )
  })

  test('no bearer token given: its checks report themselves skipped, nothing is missing', () => {
    const [, bearer] = settleAll(read({}), false)
    expect(bearer.findings).toEqual([])
    expect(bearer.start).toBeDefined()
  })
})
