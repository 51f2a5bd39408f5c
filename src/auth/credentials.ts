/**
 * Reading and linting credential values, for every auth method alike: the
 * input first, then each environment variable; trimmed and unquoted with a
 * warning; refused only when no X credential could look like that.
 */
import { finding, type Finding } from '../diagnoses/finding.js'
import { InputError } from '../diagnoses/input-error.js'
import { Secret } from '../io/secret.js'
import type { CredentialSpec, RawCredential, RawCredentials, Settled } from './method.js'

/** What a method may fix in a value of its kind (the bearer token's prefix and encoding), with a warning each. */
type Repair = (value: string, where: string) => { value: string; findings: Finding[] }

export interface LintedValue {
  /** The value to use, when it can be used. */
  value?: string
  findings: Finding[]
  error?: InputError
}

const MAX_CREDENTIAL_LENGTH = 512
/**
 * Below every credential X or GitHub issues (an older App's API key has 22
 * characters, a GitHub token 40). A value this short is refused rather than
 * half-masked: the runner would hide it inside ordinary words of the log and
 * the outputs, and pieces of it would show.
 */
export const MIN_CREDENTIAL_LENGTH = 16

/**
 * Trims and unquotes a given value (with a warning), then `repair` may fix
 * what belongs to its kind; a value no X credential could have is an input
 * error that never quotes it.
 */
export function lintValue(raw: RawCredential, repair?: Repair): LintedValue {
  const { spec, value, source } = raw
  const findings: Finding[] = []
  const where = source && source !== 'input' ? ` (from ${source})` : ''
  let v = value.trim()
  if (v !== value)
    findings.push(finding('whitespace-trimmed', `\`${spec.input}\`${where} had whitespace or a line break around it; it was trimmed.`, spec.input))
  const quoted = /^(["'])(.*)\1$/s.exec(v)
  if (quoted) {
    v = quoted[2].trim()
    findings.push(finding('quotes-stripped', `\`${spec.input}\`${where} was wrapped in quotes; they were removed.`, spec.input))
  }
  if (repair) {
    const repaired = repair(v, where)
    v = repaired.value
    findings.push(...repaired.findings)
  }
  const problem = shapeProblem(v)
  if (problem) return { findings, error: new InputError(spec.input, `\`${spec.input}\`${where} ${problem}.`) }
  return { value: v, findings }
}

/**
 * One given value, linted into `settled` (its repairs as findings, a value no credential could have as an error, a
 * repaired form among the derived ones to mask): the value as a Secret when it can be used.
 */
export function settleValue(given: RawCredential, settled: Settled, repair?: Repair): Secret | undefined {
  const linted = lintValue(given, repair)
  settled.findings.push(...linted.findings)
  if (linted.error) settled.errors.push(linted.error)
  if (linted.value === undefined) return undefined
  if (linted.value !== given.value) settled.derived.push(linted.value)
  return new Secret(given.spec.input, linted.value)
}

/** Every value of `specs` settled as `settleValue` does; one that is not given but `required` gets the missing-credential error. */
export function settleValues<Key extends string>(
  raw: RawCredentials,
  specs: Record<Key, CredentialSpec>,
  settled: Settled,
  o: { required: (key: Key) => boolean; forkPullRequest: boolean }
): Partial<Record<Key, Secret>> {
  const values: Partial<Record<Key, Secret>> = {}
  for (const [key, spec] of Object.entries(specs) as [Key, CredentialSpec][]) {
    const given = raw[spec.input]
    if (!given?.source) {
      if (o.required(key)) settled.findings.push(missing(spec, o.forkPullRequest))
      continue
    }
    const secret = settleValue(given, settled)
    if (secret) values[key] = secret
  }
  return values
}

/** The error for a required value that is not there, naming every place that was tried. */
export function missing(spec: CredentialSpec, forkPullRequest: boolean): Finding {
  const tried = spec.env.join(' nor ')
  let message = `\`${spec.input}\` (${spec.label}) is empty: the input was not set, and neither ${tried} holds a value.`
  if (forkPullRequest) message += ' This run is a pull request from a fork, and GitHub does not pass secrets to workflows triggered from forks.'
  return finding('missing-credential', message, spec.input)
}

/** Why a trimmed value cannot be a credential at all, or null. The value itself is never quoted. */
function shapeProblem(v: string): string | null {
  if (!v) return 'holds only quotes or a prefix and no value'
  if (/[\r\n]/.test(v)) return 'holds more than one line; a credential is a single line'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(v)) return 'contains control characters; a credential holds letters, digits and a few symbols only'
  if (/\s/.test(v)) return 'contains spaces inside it; a credential has none'
  // X issues printable ASCII only. Anything else (a typographic quote, a zero-width space) cannot authenticate, and
  // in a bearer token it cannot even go into an HTTP header: the request would fail locally and pass for a network error.
  if (/[^\x21-\x7e]/.test(v))
    return 'contains characters other than ASCII letters, digits and symbols (a typographic quote or an invisible character copied along?); X credentials have none'
  if (v.length > MAX_CREDENTIAL_LENGTH) return `is ${v.length} characters long; X credentials are under ${MAX_CREDENTIAL_LENGTH}`
  if (v.length < MIN_CREDENTIAL_LENGTH)
    return `is ${v.length} characters long; no credential is shorter than ${MIN_CREDENTIAL_LENGTH} (an API key has 25), and a value this short could not be masked in the log without hiding ordinary words`
  return null
}

export type OAuth2Kind = 'Client ID' | 'user access token' | 'refresh token'

const OAUTH2_FORMS: [RegExp, OAuth2Kind][] = [
  [/:1:ci$/, 'Client ID'],
  [/:\d+:1:0:at:1$/, 'user access token'],
  [/:\d+:1:0:rt:1$/, 'refresh token']
]

/**
 * The OAuth 2.0 credential a value is, if it has one's form: X's OAuth 2.0
 * Client ID reads `<id>:1:ci` and a user access token `<random>:<ms>:1:0:at:1`
 * (a refresh token `…:1:0:rt:1`), issued base64-encoded; some paste the
 * decoded form. An OAuth 1.0a value never has either.
 */
export function oauth2Kind(value: string): OAuth2Kind | undefined {
  const decoded = /^[A-Za-z0-9+/_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64').toString('latin1') : ''
  for (const form of [value, decoded]) {
    const kind = OAUTH2_FORMS.find(([pattern]) => pattern.test(form))?.[1]
    if (kind) return kind
  }
  return undefined
}

/** Shapes X's credentials are seen to have (format notes, not rules: X decides). */
export const SHAPES = {
  /** `<numeric user id>-<letters and digits>` */
  accessToken: /^\d+-[A-Za-z0-9]+$/,
  /** An app-only bearer token starts with a run of `A`s. */
  bearer: /^A{20}/
}
