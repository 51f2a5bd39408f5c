/**
 * `x-credentials-check authorize` with the source itself: the function the
 * command line calls, in this process, against the X simulator (consent,
 * code exchange) and the GitHub REST simulator (the sealed secret). The
 * end-to-end suite runs the same through the installed bin; here its paths
 * are reached directly and counted by --coverage.
 */
import { afterEach, describe, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { authorize } from '../../src/cli/authorize.js'
import { ALL_GITHUB_TOKENS, type GitHubSimulator, REFRESH_TOKEN_SECRET, REPOSITORY, SECRETS_WRITE_TOKEN } from '../../tools/github-simulator/index.js'
import { OAUTH2_CONFIDENTIAL, type XSimulator } from '../../tools/simulator/index.js'
import { withSimulators } from '../helpers/e2e.js'
import { liveRefreshToken } from '../helpers/oauth2.js'

let x: XSimulator
let gh: GitHubSimulator
withSimulators((...started) => ([x, gh] = started))
afterEach(() => {
  process.exitCode = undefined
})

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })

/** Runs authorize with what it writes to stdout and stderr captured; `onUrl` plays the browser once the URL is printed. */
async function authorizeCaptured(argv: string[], env: NodeJS.ProcessEnv, onUrl?: (url: string) => Promise<void>) {
  const out: string[] = []
  const err: string[] = []
  const stdout = process.stdout.write.bind(process.stdout)
  const stderr = process.stderr.write.bind(process.stderr)
  let browsing: Promise<void> | undefined
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const text = String(chunk)
    out.push(text)
    const url = /http:\/\/127\.0\.0\.1:\d+\/i\/oauth2\/authorize\?\S+/.exec(text)?.[0]
    if (url && onUrl && !browsing) browsing = onUrl(url)
    return true
  }) as typeof process.stdout.write
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err.push(String(chunk))
    return true
  }) as typeof process.stderr.write
  try {
    await authorize(argv, env)
    await browsing
  } finally {
    process.stdout.write = stdout
    process.stderr.write = stderr
  }
  return { stdout: out.join(''), stderr: err.join(''), code: process.exitCode ?? 0 }
}

/** What a browser does: opens the URL and follows X's redirect to the loopback callback. */
async function consent(url: string, tamper: (callback: URL) => void = () => undefined): Promise<void> {
  const answer = await fetch(url, { redirect: 'manual' })
  const callback = new URL(answer.headers.get('location')!)
  tamper(callback)
  await (await fetch(callback)).text()
}

async function common(): Promise<string[]> {
  const port = await freePort()
  x.oauth2Clients.get(OAUTH2_CONFIDENTIAL.clientId)!.redirectUris.push(`http://127.0.0.1:${port}/callback`)
  return ['--client-id', OAUTH2_CONFIDENTIAL.clientId, '--port', String(port), '--api-base-url', x.url, '--authorize-url', `${x.url}/i/oauth2/authorize`]
}

describe('authorize', () => {
  test('into the repository secret, sealed; no token printed', async () => {
    const run = await authorizeCaptured(
      [...(await common()), '--repo', REPOSITORY, '--secret-name', REFRESH_TOKEN_SECRET],
      { GH_TOKEN: SECRETS_WRITE_TOKEN, GITHUB_API_URL: gh.url, X_CLIENT_SECRET: OAUTH2_CONFIDENTIAL.clientSecret },
      (url) => consent(url)
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/Stored the refresh token for @release_bot in the repository secret X_REFRESH_TOKEN of octo-org\/release-notes/)
    const stored = gh.secret(REPOSITORY, REFRESH_TOKEN_SECRET)?.value
    expect(stored).toBe(liveRefreshToken(x))
    expect(run.stdout).not.toContain(stored)
  })

  test('into a new .env file of mode 0600', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'x-auth-')), 'oauth2.env')
    const run = await authorizeCaptured([...(await common()), '--client-secret', OAUTH2_CONFIDENTIAL.clientSecret, '--env-file', file], {}, (url) =>
      consent(url)
    )
    expect(run.code).toBe(0)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(readFileSync(file, 'utf8')).toContain(`X_REFRESH_TOKEN=${liveRefreshToken(x)}`)
  })

  test('an answer with another state: nothing exchanged, nothing stored', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'x-auth-')), 'oauth2.env')
    x.clearLog()
    const run = await authorizeCaptured([...(await common()), '--client-secret', OAUTH2_CONFIDENTIAL.clientSecret, '--env-file', file], {}, (url) =>
      consent(url, (callback) => callback.searchParams.set('state', 'forged'))
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/another state/)
    expect(x.requests.filter((r) => r.route === 'oauth2/user-token')).toHaveLength(0)
    expect(() => statSync(file)).toThrow()
  })

  test('a GitHub token that cannot write secrets: refused before any URL is printed', async () => {
    const run = await authorizeCaptured([...(await common()), '--repo', REPOSITORY, '--secret-name', REFRESH_TOKEN_SECRET], {
      GH_TOKEN: ALL_GITHUB_TOKENS[2],
      GITHUB_API_URL: gh.url
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/Resource not accessible by integration/)
    expect(run.stdout).not.toMatch(/oauth2\/authorize/)
  })

  test('without a Client ID: the usage, exit code 2', async () => {
    const run = await authorizeCaptured(['--port', '8976'], {})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/Usage: x-credentials-check authorize/)
  })
})
