/**
 * The fuzzing, checked once: it covers exactly the inputs of action.yml, and
 * each property it holds every run to catches what it looks for.
 */
import { describe, expect, test } from '@jest/globals'
import { DIAGNOSES, type DiagnosisId } from '../../src/diagnoses/catalogue.js'
import { SECRETS_WRITE_TOKEN } from '../../tools/github-simulator/index.js'
import { OAUTH2_CONFIDENTIAL, SAMPLE } from '../../tools/simulator/index.js'
import { pairForms } from '../helpers/leaks.js'
import { OAUTH2_INPUTS } from './oauth2-inputs.js'
import { POSTING_INPUTS } from './posting-inputs.js'
import { ACTION, OUTPUT_NAMES, checkCase } from './properties.js'
import { SETTINGS_INPUTS } from './settings-inputs.js'
import type { Outcome } from './world.js'

/** No simulator here: the address only shapes `api-base-url`'s values. */
const SIM_URL = 'http://127.0.0.1:9'
const PARTS = { settings: SETTINGS_INPUTS, posting: POSTING_INPUTS, oauth2: OAUTH2_INPUTS }
const specs = new Map(Object.values(PARTS).flatMap((part) => Object.entries(part).map(([name, make]) => [name, make(SIM_URL)] as const)))

test('the fuzzed inputs are exactly the inputs of action.yml, each in one part, each spec named as its input', () => {
  const names = Object.values(PARTS).flatMap((part) => Object.keys(part))
  expect([...names].sort()).toEqual(Object.keys(ACTION.inputs).sort())
  expect(new Set(names).size).toBe(names.length)
  for (const [name, spec] of specs) expect({ name, spec: spec.name }).toEqual({ name, spec: name })
})

describe('the properties catch what they look for', () => {
  const clean = (): Outcome => ({
    value: '',
    issued: [],
    masks: [],
    infos: ['Verified: @release_bot with `read-write` access.'],
    warnings: [],
    notices: [],
    errors: [],
    outputs: Object.fromEntries(OUTPUT_NAMES.map((name) => [name, ''])),
    summary: '## X credentials: ✅ verified',
    failures: [],
    failed: false,
    requests: [],
    githubRequests: [],
    posts: 0,
    mediaAttached: 0,
    altTexts: [],
    ms: 5
  })
  const fail = (o: Outcome, id: DiagnosisId, message: string, requestsBefore: number) => {
    o.errors.push({ title: DIAGNOSES[id].title, message, requestsBefore })
    o.failures.push(`X credentials action failed: ${DIAGNOSES[id].title}.`)
    o.failed = true
  }
  const refused = (o: Outcome, message: string) => fail(o, 'invalid-input', message, 0)
  const request = { route: 'users/me' } as Outcome['requests'][number]
  const githubRequest = { route: 'public-key' } as Outcome['githubRequests'][number]
  /** A refresh token X issued during the run, in the form X gives them. */
  const issued = 'cHV0LWl0LWluLXRoZS1zdW1tYXJ5OjE3OTYyOTc5NzUxMTU6MTowOnJ0OjE'

  test.each<[string, string, string, (o: Outcome) => void]>([
    ['12 characters of the API secret in the summary', 'permission', 'read', (o) => void (o.summary += SAMPLE.apiSecret.slice(7, 19))],
    ['base64 of key:secret in a log line', 'permission', 'read', (o) => void o.infos.push(pairForms(SAMPLE.apiKey, SAMPLE.apiSecret)[0].text)],
    ['the decoded bearer token in an output', 'permission', 'read', (o) => void (o.outputs[OUTPUT_NAMES[0]] = decodeURIComponent(SAMPLE.bearerToken))],
    ['the fuzzed secret echoed in an annotation', 'api-key', 'Zq8xV2mN4bT7wK1pR5', (o) => refused(o, '`api-key` Zq8xV2mN4bT7wK1pR5 is wrong.')],
    ['a stack trace', 'permission', 'read', (o) => void o.infos.push('TypeError: x\n    at run (main.js:1:1)')],
    ['[object Object]', 'permission', 'read', (o) => void (o.summary += ' [object Object]')],
    ['a log line the runner would read as a command', 'permission', 'read', (o) => void o.infos.push('fine\n::error::injected')],
    ['a failure without an annotation', 'permission', 'read', (o) => void ((o.failed = true), o.failures.push('failed'))],
    ['two setFailed calls', 'permission', 'admin', (o) => (refused(o, '`permission` must be one of …'), void o.failures.push('again'))],
    ['a refusal that names another input', 'permission', 'admin', (o) => refused(o, '`dry-run` must be `true` or `false`.')],
    ['a refusal after which a request went out', 'permission', 'admin', (o) => (refused(o, '`permission` must be one of …'), void o.requests.push(request))],
    [
      'a refusal that echoes the value',
      'expect-username',
      'not a valid username!',
      (o) => refused(o, '`expect-username` not a valid username! is not a username.')
    ],
    ['a diagnosis this input cannot cause', 'permission', 'read', (o) => fail(o, 'bearer-rejected', 'x', 1)],
    ["X's refusal of a secret that does not name its input", 'api-key', 'Zq8xV2mN4bT7wK1pR5', (o) => fail(o, 'consumer-keys-rejected', 'rejected', 1)],
    ['a title outside the catalogue', 'permission', 'read', (o) => void o.warnings.push({ title: 'Something', message: 'x' })],
    ['an output missing', 'permission', 'read', (o) => void delete o.outputs[OUTPUT_NAMES[3]]],
    ['an output action.yml does not declare', 'permission', 'read', (o) => void (o.outputs['not-an-output'] = '')],
    ['a run that threw', 'permission', 'read', (o) => void (o.threw = new Error('boom'))],
    ['a refresh token X issued during the run in the summary', 'client-id', 'x', (o) => void (o.issued.push(issued), (o.summary += issued))],
    [
      '12 characters of the OAuth 2.0 client secret in a log line',
      'secret-environment',
      'production',
      (o) => void o.infos.push(OAUTH2_CONFIDENTIAL.clientSecret.slice(3, 15))
    ],
    ['the GitHub token in an output', 'refresh-token-secret', 'X_REFRESH_TOKEN', (o) => void (o.outputs[OUTPUT_NAMES[1]] = SECRETS_WRITE_TOKEN)],
    [
      'a refusal after which a request went to GitHub',
      'refresh-token-secret',
      'X-REFRESH',
      (o) => (refused(o, '`refresh-token-secret` must be a secret name …'), void o.githubRequests.push(githubRequest))
    ],
    [
      "GitHub's refusal of a secret that does not name its input",
      'github-token',
      'ghp_notAToken0000',
      (o) => fail(o, 'github-token-rejected', 'Bad credentials', 1)
    ],
    ['a broken chain, which no OAuth 2.0 input can cause', 'client-secret', 'x', (o) => fail(o, 'oauth2-chain-broken', '`client-secret`', 5)]
  ])('%s', (_what, name, value, spoil) => {
    const spec = specs.get(name)!
    const o = clean()
    expect(() => checkCase(spec, { value }, o)).not.toThrow()
    spoil(o)
    expect(() => checkCase(spec, { value }, o)).toThrow()
  })
})
