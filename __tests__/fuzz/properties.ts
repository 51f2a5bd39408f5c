/**
 * What every run must satisfy, whatever the value: it ends in success or in
 * exactly one failure with its reasons as diagnoses from the catalogue; the
 * outputs and the summary are written; a refusal before any request names
 * its input and sends nothing, to X or to GitHub; nothing shown holds a
 * secret (in any form, the tokens X issued during the run included), a
 * stack trace, `[object Object]` or a line the runner would read as a
 * workflow command; and no request leaves the machine.
 */
import { expect } from '@jest/globals'
import { DIAGNOSES, type DiagnosisId } from '../../src/diagnoses/catalogue.js'
import { readSettings } from '../../src/settings/settings.js'
import { SECRETS_WRITE_TOKEN } from '../../tools/github-simulator/index.js'
import { ENTERPRISE, OAUTH2_CONFIDENTIAL, SAMPLE, credentialInputs, type Credentials } from '../../tools/simulator/index.js'
import { loadAction } from '../../tools/docs.js'
import { forms, pairForms } from '../helpers/leaks.js'
import type { Case, InputSpec } from './values.js'
import type { Outcome } from './world.js'

/** The contract: the outputs every run writes, and the inputs the fuzzing covers. */
export const ACTION = loadAction()
export const OUTPUT_NAMES = Object.keys(ACTION.outputs)

const ID_BY_TITLE = new Map(Object.entries(DIAGNOSES).map(([id, entry]) => [entry.title as string, id as DiagnosisId]))

/** The diagnosis an annotation reports, by its title; undefined for a title outside the catalogue. */
export const diagnosisOf = (title: string): DiagnosisId | undefined => ID_BY_TITLE.get(title)

/** The errors written before the first request (to X or to GitHub): the offline refusals (bad inputs, missing credentials, files). */
export const offlineRefusals = (o: Pick<Outcome, 'errors'>) => o.errors.filter((e) => e.requestsBefore === 0)
export const refusedOffline = (o: Pick<Outcome, 'errors'>) => offlineRefusals(o).length > 0

/** Every form of a secret that must never be shown, with whose it is. */
const ownedForms = (owner: string, value: string, publicPrefix?: string) => forms({ name: owner, value, publicPrefix }).map((f) => ({ ...f, owner }))

/** Every form of a credential set (and of its key:secret pair) that must never be shown. */
const credentialForms = (c: Credentials) => [
  ...Object.entries(credentialInputs(c)).flatMap(([input, value]) =>
    ownedForms(input, value, input === 'access-token' ? `${value.split('-')[0]}-` : undefined)
  ),
  ...pairForms(c.apiKey, c.apiSecret).map((f) => ({ ...f, owner: 'pair' }))
]
/** The OAuth 1.0a credentials every other case runs with, and the OAuth 2.0 client and GitHub token of the OAuth 2.0 cases. */
const WORLD_FORMS = [
  ...credentialForms(SAMPLE),
  ...ownedForms('client-id', OAUTH2_CONFIDENTIAL.clientId),
  ...ownedForms('client-secret', OAUTH2_CONFIDENTIAL.clientSecret),
  ...ownedForms('github-token', SECRETS_WRITE_TOKEN)
]
/** Quotes need an App on an Enterprise plan: the `quote` cases run with its credentials, checked as closely. */
const ENTERPRISE_FORMS = credentialForms(ENTERPRISE)

export const namesInput = (text: string, input: string) => text.includes(`\`${input}\``) || new RegExp(`(^|\\s)${input.replace(/-/g, '\\-')}: `).test(text)

function twelveCharWindows(text: string): Set<string> {
  const set = new Set<string>()
  for (let i = 0; i + 12 <= text.length; i++) set.add(text.slice(i, i + 12))
  return set
}

/** Everything anyone would see: log lines, annotations, outputs, summary, the failure. */
function shown(o: Outcome): string {
  return [
    ...o.infos,
    ...o.warnings.flatMap((w) => [w.title, w.message]),
    ...o.errors.flatMap((e) => [e.title, e.message]),
    ...Object.values(o.outputs),
    o.summary,
    ...o.failures
  ].join('\n')
}

/** Every form of the fuzzed value, when the input is a secret; a run of one character says nothing about it. */
function fuzzedSecretForms(spec: InputSpec, value: string) {
  if (!spec.secret || !value.trim()) return []
  // The access token's `<user id>-` is public: the user id is an output.
  const publicPrefix = spec.name === 'access-token' ? /^["']?\d+-/.exec(value.trim())?.[0] : undefined
  return ownedForms(spec.name, value, publicPrefix).filter((f) => !/^(.)\1*$/su.test(f.text))
}

/** The properties every case must keep, whatever the value (`c.value` as the run got it); throws on the first one broken. */
export function checkCase(spec: InputSpec, c: Case, o: Outcome): void {
  const where = `${spec.name} = ${JSON.stringify(c.value.length > 80 ? c.value.slice(0, 80) + '…' : c.value)}`
  if (o.threw) throw new Error(`${where}: run() threw ${String(o.threw)}`)
  // Success, or exactly one setFailed, with its reasons as annotations.
  expect(o.failures.length <= 1).toBe(true)
  expect(o.errors.length > 0).toBe(o.failed)
  // Errors and warnings alike are diagnoses from the catalogue.
  for (const { title } of [...o.errors, ...o.warnings]) if (!diagnosisOf(title)) throw new Error(`${where}: "${title}" is no diagnosis of the catalogue`)
  // Every output of action.yml, and the summary, are written whatever happened.
  expect(Object.keys(o.outputs).sort()).toEqual([...OUTPUT_NAMES].sort())
  expect(o.summary.length).toBeGreaterThan(0)

  const text = shown(o)
  if (!/\n\s+at /.test(c.value)) expect(text).not.toMatch(/\n\s+at \S+/)
  if (!c.value.includes('[object Object]')) expect(text).not.toContain('[object Object]')
  // A log line starting with :: would be read by the runner as a workflow command.
  for (const line of o.infos.flatMap((m) => m.split(/\r?\n|\r/))) expect(line.startsWith('::')).toBe(false)

  // No secret, nor any form of one, in anything shown.
  const windows = twelveCharWindows(text)
  const given = spec.with?.['api-key'] === ENTERPRISE.apiKey ? ENTERPRISE_FORMS : []
  // The refresh tokens and access tokens X issued for the case are secrets from the moment they exist.
  const issued = o.issued.flatMap((token) => ownedForms('issued token', token))
  for (const f of [...WORLD_FORMS, ...given, ...issued, ...fuzzedSecretForms(spec, c.value)]) {
    const hit = f.label.startsWith('piece') ? windows.has(f.text) : text.includes(f.text)
    if (hit) throw new Error(`${where}: ${f.owner} (${f.label}) is shown`)
  }

  const refusals = offlineRefusals(o)
  const ids = o.errors.map((e) => diagnosisOf(e.title))
  if (refusals.length) {
    // Refused before any request, and nothing sent after (to X or to GitHub); the refusal names the input (or the file or text it points to).
    expect(o.requests).toHaveLength(0)
    expect(o.githubRequests).toHaveLength(0)
    if (!refusals.some((e) => namesInput(e.message, spec.name)))
      throw new Error(`${where}: the refusal does not name \`${spec.name}\`: ${refusals.map((e) => e.message).join(' | ')}`)
    // The rule is stated; the value is not echoed (paths excepted: a path is how a file is found again).
    if (!['tweet-file', 'media'].includes(spec.name) && c.value.trim().length >= 16) {
      for (const e of refusals) expect(e.message).not.toContain(c.value.trim())
    }
  } else if (o.failed) {
    // Refused by X (or GitHub): a diagnosis this input can cause, and a secret input is named.
    for (const [i, id] of ids.entries())
      if (!id || !spec.xDiagnoses.includes(id)) throw new Error(`${where}: unexpected diagnosis "${o.errors[i].title}": ${o.errors[i].message}`)
    if (spec.secret && !o.errors.some((e) => namesInput(e.message, spec.name))) throw new Error(`${where}: the failure does not name \`${spec.name}\``)
  }

  const got = o.failed ? ids.join('; ') : 'success'
  if (c.expect === 'ok' && o.failed) throw new Error(`${where}: expected success, got ${got}: ${o.errors.map((e) => e.message).join(' | ')}`)
  if (c.expect === 'invalid' && !refusals.length) throw new Error(`${where}: expected a refusal before any request, got ${got}`)
  if (c.expect === 'x-refuses' && (!o.failed || refusals.length)) throw new Error(`${where}: expected X's (or GitHub's) refusal, got ${got}`)
  expect(o.ms).toBeLessThan(10_000)
  spec.check?.(c, o)
}

/**
 * Where a run with these inputs would send its requests, decided before it
 * runs: http:// anywhere but this machine must be refused offline, and an
 * accepted URL that is not the simulator (https://, another port) would reach
 * out (DNS included), so such a value is never run.
 */
export function destination(simUrl: string, inputs: Record<string, string>): 'simulator' | 'refused' | 'elsewhere' {
  const { settings } = readSettings((name) => inputs[name] ?? '', {}, [])
  if (!settings) return 'refused'
  const url = new URL(settings.apiBaseUrl)
  const sim = new URL(simUrl)
  if (url.protocol === 'http:' && url.host === sim.host) return 'simulator'
  if (url.protocol === 'http:' && url.hostname === 'localhost' && url.port === sim.port) return 'simulator'
  if (url.protocol === 'http:' && !/^(localhost|127(\.\d{1,3}){3}|\[::1\])$/.test(url.hostname)) {
    throw new Error(`api-base-url: http:// to ${url.hostname} was accepted; it must be refused before any request`)
  }
  return 'elsewhere'
}

/** The hosts requests went to that are not this machine. */
export const foreignHosts = (hostsSeen: Map<string, number>) => [...hostsSeen.keys()].filter((h) => h !== '127.0.0.1' && h !== 'localhost')
