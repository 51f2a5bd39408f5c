/**
 * The command-line check: the same verification from a terminal with an
 * .env file, giving the same diagnosis as the action.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ALL_SECRET_VALUES, OTHER_APP, READ_ONLY, SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { REPO_ROOT } from '../../tools/runner.js'
import { parseArgs, parseEnvFile } from '../../src/cli/args.js'
import { act, credentialInputs, startSimulator } from '../helpers/e2e.js'

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
beforeAll(async () => {
  sim = await startSimulator()
})
afterAll(() => sim.close())

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
