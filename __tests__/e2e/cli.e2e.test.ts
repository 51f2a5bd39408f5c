/**
 * The command-line check: the same verification from a terminal with an
 * .env file, giving the same diagnosis as the action.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { ALL_GITHUB_TOKENS, GitHubSimulator, REFRESH_TOKEN_SECRET, REPOSITORY, SECRETS_WRITE_TOKEN } from '../../tools/github-simulator/index.js'
import { ALL_SECRET_VALUES, OAUTH2_CONFIDENTIAL, OTHER_APP, READ_ONLY, SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { REPO_ROOT } from '../../tools/runner.js'
import { parseArgs, parseEnvFile } from '../../src/cli/args.js'
import { act, credentialInputs, startSimulator } from '../helpers/e2e.js'
import { liveRefreshToken, startGitHub } from '../helpers/oauth2.js'

const CLI = path.join(REPO_ROOT, 'bin', 'x-credentials-check.js')

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

function envFile(lines: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'x-cli-')), '.env')
  writeFileSync(file, lines)
  return file
}

const asEnv = (c: typeof SAMPLE) =>
  `TWITTER_API_KEY=${c.apiKey}\nexport TWITTER_API_SECRET="${c.apiSecret}"\nTWITTER_ACCESS_TOKEN=${c.accessToken}\nTWITTER_ACCESS_SECRET='${c.accessSecret}' # from the portal\nTWITTER_BEARER_TOKEN=${c.bearerToken}\n`

let sim: XSimulator
let gh: GitHubSimulator
beforeAll(async () => {
  ;[sim, gh] = await Promise.all([startSimulator(), startGitHub()])
})
afterAll(() => Promise.all([sim.close(), gh.close()]))

interface Started {
  /** Resolves with the first stdout match of `pattern`. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>
  done: Promise<{ code: number | null; stdout: string; stderr: string }>
}

/**
 * Starts the installed command the way a user's shell does: by its name on
 * PATH (npm links the bin there), so the kernel reads its `#!` line and
 * starts Node with whatever that line says.
 */
function installed(args: string[], env: Record<string, string> = {}): Started {
  const binDir = mkdtempSync(path.join(os.tmpdir(), 'x-bin-'))
  symlinkSync(CLI, path.join(binDir, 'x-credentials-check'))
  const quoted = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
  const child = spawn('/bin/sh', ['-c', `x-credentials-check ${quoted}`], {
    env: { PATH: `${binDir}:${process.env.PATH ?? ''}`, HOME: os.tmpdir(), ...env }
  })
  let stdout = ''
  let stderr = ''
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = []
  child.stdout.on('data', (d) => {
    stdout += d
    for (const w of [...waiters]) {
      const m = w.pattern.exec(stdout)
      if (m) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(m)
      }
    }
  })
  child.stderr.on('data', (d) => (stderr += d))
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
  return {
    waitFor: (pattern) =>
      new Promise((resolve, reject) => {
        const m = pattern.exec(stdout)
        if (m) return resolve(m)
        waiters.push({ pattern, resolve })
        void done.then((r) => reject(new Error(`exited ${r.code} before printing ${pattern}: ${r.stdout}${r.stderr}`)))
      }),
    done
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Registers the loopback callback of `port` in the confidential client, as the README tells people to. */
function registerCallback(port: number): void {
  sim.oauth2Clients.get(OAUTH2_CONFIDENTIAL.clientId)!.redirectUris.push(`http://127.0.0.1:${port}/callback`)
}

/** What a browser does: opens the URL, follows X's redirect to the loopback callback (optionally tampered with). */
async function consentInBrowser(authorizeUrl: string, tamper: (callback: URL) => void = () => undefined): Promise<string> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' })
  expect(consent.status).toBe(302)
  const callback = new URL(consent.headers.get('location')!)
  tamper(callback)
  return (await fetch(callback)).text()
}

const noTokenIn = (text: string) => {
  for (const token of [...sim.userTokens.keys(), ...ALL_GITHUB_TOKENS, OAUTH2_CONFIDENTIAL.clientSecret]) expect(text).not.toContain(token)
}

describe('x-credentials-check check', () => {
  test('valid credentials from an .env file pass', async () => {
    const run = await cli(['check', '--env-file', envFile(asEnv(SAMPLE)), '--api-base-url', sim.url])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('✅ Access token and secret: Authenticated as @release_bot')
    expect(run.stdout).toContain('Verified: @release_bot with `read-write` access.')
  })

  test.each([
    ['a wrong API secret', { ...SAMPLE, apiSecret: OTHER_APP.apiSecret }],
    ['a read-only token', READ_ONLY],
    ['a bearer token of another App', { ...SAMPLE, bearerToken: OTHER_APP.bearerToken }]
  ])('%s: the same diagnosis as the action', async (_name, creds) => {
    const fromCli = await cli(['check', '--env-file', envFile(asEnv(creds)), '--api-base-url', sim.url])
    const fromAction = await act(sim, credentialInputs(creds))
    expect(fromCli.code).toBe(1)
    expect(fromAction.exitCode).toBe(1)
    const actionLines = fromAction.commands.filter((c) => c.command === 'error' && c.properties.title).map((c) => `❌ ${c.properties.title}: ${c.message}`)
    expect(actionLines.length).toBeGreaterThan(0)
    for (const line of actionLines) expect(fromCli.stdout).toContain(line)
    for (const secret of ALL_SECRET_VALUES) expect(fromCli.stdout + fromCli.stderr).not.toContain(secret)
  })

  test('variables already in the environment win over the file', async () => {
    const run = await cli(['check', '--env-file', envFile(asEnv({ ...SAMPLE, apiSecret: 'wrong-wrong-wrong' })), '--api-base-url', sim.url], {
      TWITTER_API_SECRET: SAMPLE.apiSecret
    })
    expect(run.code).toBe(0)
  })

  test('--summary prints the job summary as text', async () => {
    const run = await cli(['check', '--env-file', envFile(asEnv(SAMPLE)), '--api-base-url', sim.url, '--summary'])
    expect(run.stdout).toMatch(/X credentials: ✅ verified/)
    expect(run.stdout).toMatch(/Account: @release_bot <https:\/\/x\.com\/release_bot>/)
  })

  test('a missing .env file and an unknown flag fail with a clear message', async () => {
    // Node itself also reads --env-file (even after the script name) and stops first with its own message.
    const missing = await cli(['check', '--env-file', '/nonexistent/.env'])
    expect(missing.code).not.toBe(0)
    expect(missing.stderr).toMatch(/\/nonexistent\/\.env: not found|Cannot read --env-file/)
    const unknown = await cli(['check', '--post', 'hello'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/unknown argument --post[\s\S]*Usage: x-credentials-check check/)
  })
})

describe('the installed command, as a shell starts it', () => {
  test("Node itself does not read --env-file: a missing file gets our message and exit code 2, not Node's exit 9", async () => {
    const run = await installed(['check', '--env-file', path.join(os.tmpdir(), 'no-such-dir', 'missing.env')]).done
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Cannot read --env-file/)
    expect(run.stderr).not.toMatch(/not found/)
  })

  test('check reads the .env file itself and passes', async () => {
    const run = await installed(['check', '--env-file', envFile(asEnv(SAMPLE)), '--api-base-url', sim.url]).done
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Verified: @release_bot')
  })
})

describe('x-credentials-check authorize', () => {
  const common = (port: number) => [
    'authorize',
    '--client-id',
    OAUTH2_CONFIDENTIAL.clientId,
    '--port',
    String(port),
    '--api-base-url',
    sim.url,
    '--authorize-url',
    `${sim.url}/i/oauth2/authorize`
  ]

  test('consent in the browser, then the refresh token goes straight into the repository secret, sealed', async () => {
    const port = await freePort()
    registerCallback(port)
    const cli = installed([...common(port), '--repo', REPOSITORY, '--secret-name', REFRESH_TOKEN_SECRET], {
      GH_TOKEN: SECRETS_WRITE_TOKEN,
      GITHUB_API_URL: gh.url,
      X_CLIENT_SECRET: OAUTH2_CONFIDENTIAL.clientSecret
    })
    const [url] = await cli.waitFor(/http:\/\/127\.0\.0\.1:\d+\/i\/oauth2\/authorize\?\S+/)
    const query = new URL(url).searchParams
    expect(query.get('code_challenge_method')).toBe('S256')
    expect(query.get('redirect_uri')).toBe(`http://127.0.0.1:${port}/callback`)
    expect(query.get('scope')).toBe('tweet.read tweet.write users.read offline.access media.write')
    expect(await consentInBrowser(url)).toMatch(/Authorised/)
    const run = await cli.done
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Stored the refresh token for @release_bot in the repository secret X_REFRESH_TOKEN of octo-org\/release-notes/)
    expect(gh.secret(REPOSITORY, REFRESH_TOKEN_SECRET)?.value).toBe(liveRefreshToken(sim))
    noTokenIn(run.stdout + run.stderr)
  })

  test('--env-file: a new file, mode 0600, that `check` can use at once (Node never reads it first)', async () => {
    const port = await freePort()
    registerCallback(port)
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'x-auth-')), 'oauth2.env')
    const cli = installed([...common(port), '--client-secret', OAUTH2_CONFIDENTIAL.clientSecret, '--env-file', file])
    const [url] = await cli.waitFor(/http:\/\/127\.0\.0\.1:\d+\/i\/oauth2\/authorize\?\S+/)
    await consentInBrowser(url)
    const run = await cli.done
    expect(run.code).toBe(0)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const vars = parseEnvFile(readFileSync(file, 'utf8'))
    expect(vars).toEqual({
      X_CLIENT_ID: OAUTH2_CONFIDENTIAL.clientId,
      X_CLIENT_SECRET: OAUTH2_CONFIDENTIAL.clientSecret,
      X_REFRESH_TOKEN: liveRefreshToken(sim)
    })
    noTokenIn(run.stdout + run.stderr)
  })

  test('an answer with another state is refused: nothing exchanged, nothing stored', async () => {
    const port = await freePort()
    registerCallback(port)
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'x-auth-')), 'oauth2.env')
    const cli = installed([...common(port), '--client-secret', OAUTH2_CONFIDENTIAL.clientSecret, '--env-file', file])
    const [url] = await cli.waitFor(/http:\/\/127\.0\.0\.1:\d+\/i\/oauth2\/authorize\?\S+/)
    sim.clearLog()
    await consentInBrowser(url, (callback) => callback.searchParams.set('state', 'forged'))
    const run = await cli.done
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/another state/)
    expect(sim.requests.filter((r) => r.route === 'oauth2/user-token')).toHaveLength(0)
    expect(() => statSync(file)).toThrow()
  })

  test('a GitHub token that cannot write secrets is refused before the browser is sent anywhere', async () => {
    const run = await installed([...common(await freePort()), '--repo', REPOSITORY, '--secret-name', REFRESH_TOKEN_SECRET], {
      GH_TOKEN: ALL_GITHUB_TOKENS[2],
      GITHUB_API_URL: gh.url
    }).done
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Resource not accessible by integration/)
    expect(run.stdout).not.toMatch(/oauth2\/authorize/)
  })
})

describe('argument and .env parsing', () => {
  test('flags with and without =', () => {
    expect(parseArgs(['check', '--permission=read', '--expect-username', '@me', '--summary'])).toEqual({
      inputs: { permission: 'read', 'expect-username': '@me' },
      summary: true,
      help: false
    })
    expect(() => parseArgs(['--timeout-seconds'])).toThrow('--timeout-seconds needs a value')
  })

  test('.env lines: export, quotes, comments', () => {
    expect(parseEnvFile('# c\nexport A=1\nB="two words"\nC=\'x # y\'\nD=plain # note\n\nnot a line\n')).toEqual({
      A: '1',
      B: 'two words',
      C: 'x # y',
      D: 'plain'
    })
  })
})
