/**
 * Getting the first OAuth 2.0 refresh token, once, on a computer with a
 * browser:
 *
 *   x-credentials-check authorize --client-id ID [--client-secret S] [--port 8976] [--scopes "…"]
 *     (--repo OWNER/NAME --secret-name NAME [--environment ENV] | --env-file PATH)
 *
 * Authorization Code with PKCE (S256) and a loopback callback: it prints the
 * URL to open, waits for X's redirect, checks `state`, exchanges the code at
 * once (codes live 30 seconds) and stores the refresh token straight into the
 * Actions secret (sealed, through GitHub's API) or into a .env file created
 * with mode 0600. It never prints a token.
 */
import { createHash, randomBytes } from 'node:crypto'
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { DEFAULT_SCOPES } from '../auth/oauth2/scopes.js'
import { Deadline } from '../deadline.js'
import type { DiagnosisId } from '../diagnoses/catalogue.js'
import { explain, finding } from '../diagnoses/finding.js'
import { GitHubApi } from '../github/api.js'
import { GitHubApiError } from '../github/errors.js'
import { proveWritable, writeSecret, type SecretScope } from '../github/secrets.js'
import { fullName, gitHubTarget } from '../github/target.js'
import { neutraliseCommands } from '../io/log-line.js'
import { Redactor, Secret } from '../io/secret.js'
import { baseUrl } from '../settings/rules.js'
import { DEFAULT_BASE_URL } from '../x/endpoint.js'
import { XApi, type OAuth2TokenAnswer } from '../x/api.js'
import { XApiError } from '../x/errors.js'
import { parseEnvFile } from './args.js'

export const AUTHORIZE_USAGE = `Usage: x-credentials-check authorize --client-id ID [--client-secret SECRET] [--port 8976] [--scopes "…"]
         (--repo OWNER/NAME --secret-name NAME [--environment ENV] | --env-file PATH)

Authorises the App for an X account in a browser (OAuth 2.0 with PKCE) and stores the
refresh token: sealed in an Actions secret through GitHub's API (token from GH_TOKEN or
GITHUB_TOKEN, with "Secrets: Read and write"), or in a .env file created with mode 0600.
No token is ever printed. Register exactly http://127.0.0.1:PORT/callback as a callback
URL in the App's "User authentication settings" first.

Options:
  --client-id ID         OAuth 2.0 Client ID (or X_CLIENT_ID)
  --client-secret S      Client Secret of a confidential client (or X_CLIENT_SECRET; keeps it
                         out of the shell history)
  --port N               loopback port of the callback (default 8976)
  --scopes "…"           default "${DEFAULT_SCOPES.join(' ')}"
  --repo OWNER/NAME      the repository whose secret receives the refresh token
  --secret-name NAME     e.g. X_REFRESH_TOKEN
  --environment ENV      an environment secret instead of a repository secret
  --env-file PATH        write X_CLIENT_ID, X_CLIENT_SECRET and X_REFRESH_TOKEN there instead
  --api-base-url URL     default ${DEFAULT_BASE_URL}
  --authorize-url URL    default https://x.com/i/oauth2/authorize
  --timeout-seconds N    per request (default 30)
  -h, --help             this text
`

const DEFAULT_PORT = 8976
const DEFAULT_AUTHORIZE_URL = 'https://x.com/i/oauth2/authorize'
/** How long the browser has to come back. */
const WAIT_FOR_BROWSER_MS = 10 * 60_000
const FLAGS = [
  'client-id',
  'client-secret',
  'port',
  'scopes',
  'repo',
  'secret-name',
  'environment',
  'env-file',
  'api-base-url',
  'authorize-url',
  'timeout-seconds'
] as const
type Flag = (typeof FLAGS)[number]

/** A refusal the user can fix: printed with its fix, exit code 1 (2 for usage errors). */
class Stop extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
  }
}

export interface AuthorizeOptions {
  clientId: Secret
  clientSecret?: Secret
  port: number
  scopes: string[]
  target: { kind: 'github'; repo: string; secretName: string; environment?: string } | { kind: 'env-file'; path: string }
  apiBaseUrl: string
  authorizeUrl: string
  timeoutMs: number
}

export function parseAuthorizeArgs(argv: string[], env: NodeJS.ProcessEnv): AuthorizeOptions | 'help' {
  const values: Partial<Record<Flag, string>> = {}
  const rest = [...argv]
  while (rest.length) {
    const arg = rest.shift() as string
    if (arg === '-h' || arg === '--help') return 'help'
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1
    const flag = (eq > 0 ? arg.slice(2, eq) : arg.slice(2)) as Flag
    if (!arg.startsWith('--') || !FLAGS.includes(flag)) throw new Stop(`unknown argument ${arg.split('=')[0]}`, 2)
    const value = eq > 0 ? arg.slice(eq + 1) : rest.shift()
    if (value === undefined) throw new Stop(`--${flag} needs a value`, 2)
    values[flag] = value
  }
  const clientId = (values['client-id'] ?? env.X_CLIENT_ID ?? env.TWITTER_CLIENT_ID ?? '').trim()
  if (!clientId) throw new Stop('--client-id is required (or X_CLIENT_ID): the OAuth 2.0 Client ID from the App\'s "Keys and tokens" page.', 2)
  const clientSecret = (values['client-secret'] ?? env.X_CLIENT_SECRET ?? env.TWITTER_CLIENT_SECRET ?? '').trim()
  const port = Number(values.port ?? DEFAULT_PORT)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Stop('--port must be a port number between 1 and 65535.', 2)
  const scopes = (values.scopes ?? DEFAULT_SCOPES.join(' ')).split(/[\s,]+/).filter(Boolean)
  if (!scopes.includes('offline.access')) throw new Stop('--scopes must include offline.access: without it X issues no refresh token.', 2)
  const github = values.repo !== undefined || values['secret-name'] !== undefined || values.environment !== undefined
  if (github === (values['env-file'] !== undefined)) throw new Stop('Give either --repo and --secret-name (an Actions secret) or --env-file (a local file).', 2)
  let target: AuthorizeOptions['target']
  if (github) {
    if (!values.repo || !values['secret-name']) throw new Stop('--repo and --secret-name go together.', 2)
    if (!/^(?!GITHUB_)[A-Za-z_][A-Za-z0-9_]*$/i.test(values['secret-name']))
      throw new Stop('--secret-name must be letters, digits and underscores, not starting with a digit or GITHUB_.', 2)
    target = { kind: 'github', repo: values.repo, secretName: values['secret-name'], environment: values.environment || undefined }
  } else {
    target = { kind: 'env-file', path: path.resolve(values['env-file'] as string) }
  }
  const url = (name: Flag, fallback: string) => {
    try {
      return baseUrl(values[name] ?? fallback)
    } catch {
      throw new Stop(`--${name} must be an https:// URL (http:// only to localhost or 127.0.0.0/8).`, 2)
    }
  }
  const seconds = Number(values['timeout-seconds'] ?? 30)
  if (!(seconds >= 0.1 && seconds <= 600)) throw new Stop('--timeout-seconds must be between 0.1 and 600.', 2)
  return {
    clientId: new Secret('client-id', clientId),
    clientSecret: clientSecret ? new Secret('client-secret', clientSecret) : undefined,
    port,
    scopes,
    target,
    apiBaseUrl: url('api-base-url', DEFAULT_BASE_URL),
    authorizeUrl: url('authorize-url', DEFAULT_AUTHORIZE_URL),
    timeoutMs: Math.round(seconds * 1000)
  }
}

export async function authorize(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const redactor = new Redactor()
  const scrub = (text: string) => redactor.scrub(text)
  const say = (line: string) => process.stdout.write(neutraliseCommands(scrub(line)) + '\n')
  try {
    const options = parseAuthorizeArgs(argv, env)
    if (options === 'help') {
      process.stdout.write(AUTHORIZE_USAGE)
      return
    }
    redactor.add(options.clientSecret?.reveal() ?? '')
    await run(options, env, { say, scrub, hide: (value) => redactor.add(value) })
  } catch (error) {
    if (error instanceof Stop) {
      process.stderr.write(neutraliseCommands(scrub(error.message)) + (error.exitCode === 2 ? `\n\n${AUTHORIZE_USAGE}` : '\n'))
      process.exitCode = error.exitCode
      return
    }
    throw error
  }
}

interface Edge {
  say: (line: string) => void
  scrub: (text: string) => string
  hide: (value: string) => void
}

async function run(o: AuthorizeOptions, env: NodeJS.ProcessEnv, { say, scrub, hide }: Edge): Promise<void> {
  const deadline = Deadline.in(WAIT_FOR_BROWSER_MS + 10 * o.timeoutMs)
  // 1. Before the browser: prove the secret can be written (or the file created), so a consent is never wasted.
  const store = await prepareStore(o, env, deadline, say, scrub)

  // 2. PKCE and the loopback callback.
  const verifier = new Secret('code-verifier', randomBytes(32).toString('base64url'))
  const challenge = createHash('sha256').update(verifier.reveal()).digest('base64url')
  const state = randomBytes(16).toString('base64url')
  const redirectUri = `http://127.0.0.1:${o.port}/callback`
  const url = new URL(o.authorizeUrl)
  for (const [k, v] of Object.entries({
    response_type: 'code',
    client_id: o.clientId.reveal(),
    redirect_uri: redirectUri,
    scope: o.scopes.join(' '),
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256'
  }))
    url.searchParams.set(k, v)
  const code = await waitForCode(o.port, state, () => {
    say('Open this address in a browser, sign in as the account that should post, and authorise the App:\n')
    say(`  ${url.href}\n`)
    say(`Waiting for X to send the browser back to ${redirectUri} (it must be a callback URL of the App) …`)
  })

  // 3. The code lives 30 seconds: exchange it at once.
  const x = await XApi.create({ baseUrl: o.apiBaseUrl, timeoutMs: o.timeoutMs, rateLimitWaitSeconds: 0, deadline, log: say, scrub })
  let answer: OAuth2TokenAnswer
  try {
    const client = x.client({ kind: 'oauth2-client', clientId: o.clientId, clientSecret: o.clientSecret })
    answer = (await client.oauth2ExchangeCode({ code, codeVerifier: verifier, redirectUri, clientId: o.clientId })).data
  } catch (error) {
    x.close()
    if (!(error instanceof XApiError)) throw error
    throw new Stop(explain(finding(tokenDiagnosis(error), error.message)))
  }
  for (const value of [answer.access_token, answer.refresh_token]) if (value) hide(value)
  if (!answer.refresh_token) {
    x.close()
    throw new Stop('X issued no refresh token: the consent did not include offline.access. Run again with it in --scopes.')
  }

  // 4. Store it, then say who it acts as.
  const where = await store(new Secret('refresh-token', answer.refresh_token))
  let who = ''
  if (answer.access_token) {
    try {
      const me = await x.client({ kind: 'oauth2-user', accessToken: new Secret('refresh-token', answer.access_token) }).usersMe()
      who = ` for @${me.data.username}`
    } catch {
      who = ''
    }
  }
  x.close()
  say(`\nStored the refresh token${who} in ${where}. Scopes: ${answer.scope ?? '(not stated)'}.`)
  say('The action rotates it on every run and writes the new one back there; give it `refresh-token-secret` and a `github-token` that can write secrets.')
}

function tokenDiagnosis(error: XApiError): DiagnosisId {
  switch (error.info.oauthError) {
    case 'unauthorized_client':
      return 'oauth2-client-rejected'
    case 'invalid_client':
      return 'oauth2-client-unknown'
    case undefined:
      return error.ambiguous || error.kind !== 'http' ? 'x-unavailable' : 'x-error'
    default:
      return 'oauth2-token-refused'
  }
}

type Store = (refreshToken: Secret) => Promise<string>

async function prepareStore(
  o: AuthorizeOptions,
  env: NodeJS.ProcessEnv,
  deadline: Deadline,
  say: (line: string) => void,
  scrub: (text: string) => string
): Promise<Store> {
  if (o.target.kind === 'env-file') {
    const file = o.target.path
    if (!existsSync(path.dirname(file))) throw new Stop(`--env-file: the folder of ${file} does not exist.`)
    return async (refreshToken) => {
      writeEnvFile(file, {
        X_CLIENT_ID: o.clientId.reveal(),
        ...(o.clientSecret ? { X_CLIENT_SECRET: o.clientSecret.reveal() } : {}),
        X_REFRESH_TOKEN: refreshToken.reveal()
      })
      return `${file} (mode 0600)`
    }
  }
  const { repo, secretName, environment } = o.target
  const token = (env.GH_TOKEN ?? '').trim() || (env.GITHUB_TOKEN ?? '').trim()
  if (!token) throw new Stop('Set GH_TOKEN (or GITHUB_TOKEN) to a token with "Secrets: Read and write" on the repository, e.g. GH_TOKEN="$(gh auth token)".', 2)
  const target = gitHubTarget(env, repo)
  if ('problem' in target) throw new Stop(target.problem.replace('GITHUB_REPOSITORY', '--repo'), 2)
  const api = await GitHubApi.create(new Secret('github-token', token), { ...target, timeoutMs: o.timeoutMs, deadline, log: say, scrub })
  const scope: SecretScope = { environment }
  const place = environment
    ? `the secret ${secretName} of the environment ${environment} in ${fullName(target.repository)}`
    : `the repository secret ${secretName} of ${fullName(target.repository)}`
  let key: Awaited<ReturnType<typeof proveWritable>>
  try {
    key = await proveWritable(api, scope, `${secretName}_WRITE_CHECK`)
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error
    throw new Stop(
      `${error.message} The token in GH_TOKEN cannot write ${place}: it needs "Secrets: Read and write" on ${fullName(target.repository)}${environment ? ` and the environment ${environment} must exist` : ''}.`
    )
  }
  return async (refreshToken) => {
    try {
      await writeSecret(api, scope, secretName, refreshToken, key)
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error
      throw new Stop(`${error.message} The refresh token could not be stored in ${place}; it is not shown. Run authorize again.`)
    }
    return place
  }
}

/** Sets these keys in a .env file, keeping its other lines; the file is (re)written with mode 0600. */
export function writeEnvFile(file: string, vars: Record<string, string>): void {
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : []
  const known = new Set(Object.keys(parseEnvFile(lines.join('\n'))))
  const kept = lines.filter((line) => {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)
    return !(m && known.has(m[1]) && m[1] in vars)
  })
  while (kept.length && kept[kept.length - 1].trim() === '') kept.pop()
  const text = [...kept, ...Object.entries(vars).map(([k, v]) => `${k}=${v}`)].join('\n') + '\n'
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, text, { mode: 0o600 })
  chmodSync(temp, 0o600)
  renameSync(temp, file)
}

/** Serves the loopback callback until X sends the browser back with a code (or an error), checking `state`. */
function waitForCode(port: number, state: string, ready: () => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const page = (res: http.ServerResponse, status: number, text: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', connection: 'close' })
      res.end(`<!DOCTYPE html><html><head><title>x-credentials-check</title></head><body><p>${text}</p></body></html>\n`)
    }
    const finish = (error: Stop | null, code?: string) => {
      clearTimeout(timer)
      server.close()
      server.closeAllConnections()
      if (error) reject(error)
      else resolve(code as string)
    }
    const server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
      if (url.pathname !== '/callback') return page(res, 404, 'Not found.')
      const q = url.searchParams
      if (q.get('state') !== state) {
        page(res, 400, 'The answer does not belong to this authorisation (state mismatch). Nothing was stored.')
        return finish(new Stop('The callback carried another state than this authorisation sent: nothing was exchanged or stored. Run authorize again.'))
      }
      if (q.get('error')) {
        page(res, 400, 'The authorisation was not given. Nothing was stored.')
        return finish(
          new Stop(`X answered error=${q.get('error')}${q.get('error_description') ? ` (${q.get('error_description')})` : ''}: the App was not authorised.`)
        )
      }
      const code = q.get('code')
      if (!code) {
        page(res, 400, 'No authorisation code came back.')
        return finish(new Stop('X sent the browser back without a code.'))
      }
      page(res, 200, 'Authorised. You can close this tab and go back to the terminal.')
      finish(null, code)
    })
    const timer = setTimeout(() => finish(new Stop(`No answer from the browser within ${WAIT_FOR_BROWSER_MS / 60_000} minutes.`)), WAIT_FOR_BROWSER_MS)
    timer.unref()
    server.once('error', (error: NodeJS.ErrnoException) =>
      finish(
        new Stop(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is in use: pick another with --port (and register its callback URL in the App).`
            : `Cannot listen on 127.0.0.1:${port} (${error.code}).`
        )
      )
    )
    server.listen(port, '127.0.0.1', ready)
  })
}
