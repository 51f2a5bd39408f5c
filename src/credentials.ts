import { finding, type Finding } from './diagnoses.js'
import { InputError } from './errors.js'
import { Secret } from './secret.js'

export type CredentialKey = 'apiKey' | 'apiSecret' | 'accessToken' | 'accessSecret' | 'bearerToken'

export interface CredentialSpec {
  key: CredentialKey
  input: string
  /** Environment variables tried, in order, when the input is empty. */
  env: readonly string[]
  label: string
  required: boolean
}

export const CREDENTIALS: readonly CredentialSpec[] = [
  { key: 'apiKey', input: 'api-key', env: ['TWITTER_API_KEY', 'X_API_KEY'], label: 'API key', required: true },
  { key: 'apiSecret', input: 'api-secret', env: ['TWITTER_API_SECRET', 'X_API_SECRET'], label: 'API secret', required: true },
  { key: 'accessToken', input: 'access-token', env: ['TWITTER_ACCESS_TOKEN', 'X_ACCESS_TOKEN'], label: 'access token', required: true },
  { key: 'accessSecret', input: 'access-secret', env: ['TWITTER_ACCESS_SECRET', 'X_ACCESS_SECRET'], label: 'access secret', required: true },
  { key: 'bearerToken', input: 'bearer-token', env: ['TWITTER_BEARER_TOKEN', 'X_BEARER_TOKEN'], label: 'bearer token', required: false }
]

export interface RawCredential {
  spec: CredentialSpec
  /** Exactly as given, whitespace and all. Never printed. */
  value: string
  /** Where the value came from: the input, or the environment variable's name. */
  source: string | null
}

export type RawCredentials = Record<CredentialKey, RawCredential>

/** Reads the five values: the input first, then each environment variable in turn. */
export function readRawCredentials(getRawInput: (name: string) => string, env: NodeJS.ProcessEnv): RawCredentials {
  const out = {} as RawCredentials
  for (const spec of CREDENTIALS) {
    let value = getRawInput(spec.input)
    let source: string | null = value.trim() ? 'input' : null
    for (const name of spec.env) {
      if (source) break
      const fromEnv = env[name] ?? ''
      if (fromEnv.trim()) {
        value = fromEnv
        source = name
      }
    }
    out[spec.key] = { spec, value: source ? value : '', source }
  }
  return out
}

export interface Credentials {
  apiKey: Secret
  apiSecret: Secret
  accessToken: Secret
  accessSecret: Secret
  bearerToken?: Secret
}

export interface SettledCredentials {
  /** Set when every required credential is present and well-formed. */
  credentials?: Credentials
  /** Repairs made (warnings) and missing values (errors). */
  findings: Finding[]
  /** Format observations that explain a failure if the related check fails; silent otherwise. */
  hints: Finding[]
  /** Repaired forms that must be masked too. */
  derived: string[]
  errors: InputError[]
}

const MAX_CREDENTIAL_LENGTH = 512
const ACCESS_TOKEN_SHAPE = /^\d+-[A-Za-z0-9]+$/
const BEARER_SHAPE = /^A{20}/

/**
 * Offline lint: trims and repairs what can be repaired (with a warning), and
 * notes shapes that explain a failure. It never blocks a value that could
 * authenticate: X decides.
 */
export function settleCredentials(raw: RawCredentials, opts: { forkPullRequest: boolean }): SettledCredentials {
  const findings: Finding[] = []
  const hints: Finding[] = []
  const derived: string[] = []
  const errors: InputError[] = []
  const values: Partial<Record<CredentialKey, Secret>> = {}

  for (const spec of CREDENTIALS) {
    const { value, source } = raw[spec.key]
    const where = source && source !== 'input' ? ` (from ${source})` : ''
    if (!source) {
      if (spec.required) findings.push(finding('missing-credential', missingMessage(spec, opts.forkPullRequest), spec.input))
      continue
    }
    let v = value.trim()
    if (v !== value)
      findings.push(finding('whitespace-trimmed', `\`${spec.input}\`${where} had whitespace or a line break around it; it was trimmed.`, spec.input))
    const quoted = /^(["'])(.*)\1$/s.exec(v)
    if (quoted) {
      v = quoted[2].trim()
      findings.push(finding('quotes-stripped', `\`${spec.input}\`${where} was wrapped in quotes; they were removed.`, spec.input))
    }
    if (spec.key === 'bearerToken') {
      const prefixed = /^bearer\s+/i.exec(v)
      if (prefixed) {
        v = v.slice(prefixed[0].length)
        findings.push(finding('bearer-prefix', `\`bearer-token\`${where} began with "Bearer "; it was removed.`, spec.input))
      }
      if (/[+/=]/.test(v)) {
        v = v.replace(/\+/g, '%2B').replace(/\//g, '%2F').replace(/=/g, '%3D')
        findings.push(
          finding(
            'bearer-decoded',
            `\`bearer-token\`${where} holds \`+\`, \`/\` or \`=\`: it was percent-decoded when copied. It was re-encoded for this run.`,
            spec.input
          )
        )
      }
    }
    const problem = shapeProblem(v)
    if (problem) {
      errors.push(new InputError(spec.input, `\`${spec.input}\`${where} ${problem}.`))
      continue
    }
    if (v !== value) derived.push(v)
    values[spec.key] = new Secret(spec.input, v)
  }

  hints.push(...shapeHints(values))
  const { apiKey, apiSecret, accessToken, accessSecret, bearerToken } = values
  const complete = apiKey && apiSecret && accessToken && accessSecret && errors.length === 0
  const credentials = complete ? { apiKey, apiSecret, accessToken, accessSecret, bearerToken } : undefined
  return { credentials, findings, hints, derived, errors }
}

function missingMessage(spec: CredentialSpec, fork: boolean): string {
  const tried = spec.env.join(' nor ')
  let message = `\`${spec.input}\` (${spec.label}) is empty: the input was not set, and neither ${tried} holds a value.`
  if (fork) message += ' This run is a pull request from a fork, and GitHub does not pass secrets to workflows triggered from forks.'
  return message
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
  return null
}

function shapeHints(v: Partial<Record<CredentialKey, Secret>>): Finding[] {
  const hints: Finding[] = []
  const reveal = (s?: Secret) => s?.reveal() ?? ''
  if (v.apiKey?.length === 50 && v.apiSecret?.length === 25) {
    hints.push(
      finding('consumer-pair-swapped', '`api-key` has the length of an API secret (50) and `api-secret` that of an API key (25): they look swapped.', 'api-key')
    )
  }
  if (ACCESS_TOKEN_SHAPE.test(reveal(v.accessSecret)) && !ACCESS_TOKEN_SHAPE.test(reveal(v.accessToken))) {
    hints.push(
      finding(
        'access-pair-swapped',
        '`access-secret` has the `<user id>-…` shape of an access token and `access-token` does not: they look swapped.',
        'access-token'
      )
    )
  }
  if (ACCESS_TOKEN_SHAPE.test(reveal(v.bearerToken))) {
    hints.push(finding('credential-in-wrong-slot', '`bearer-token` has the `<user id>-…` shape of an access token.', 'bearer-token'))
  }
  for (const key of ['apiKey', 'apiSecret', 'accessToken', 'accessSecret'] as const) {
    if (BEARER_SHAPE.test(reveal(v[key]))) {
      hints.push(finding('credential-in-wrong-slot', `\`${v[key]?.input}\` starts with the run of A's of a bearer token.`, v[key]?.input))
    }
  }
  return hints
}
