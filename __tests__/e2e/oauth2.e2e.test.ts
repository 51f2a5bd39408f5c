/**
 * OAuth 2.0 user context end to end: dist/index.js run as the runner runs it,
 * against the X API simulator and the GitHub REST simulator, which opens the
 * sealed secret with its own code. Every run gets the leak check, over the
 * tokens X issued during the run too.
 */
import { describe, expect, test } from '@jest/globals'
import {
  APP_SECRETS_TOKEN,
  ENVIRONMENT,
  GitHubSimulator,
  OTHER_REPO_TOKEN,
  REFRESH_TOKEN_SECRET,
  REPOSITORY,
  SECRETS_READ_TOKEN,
  WORKFLOW_TOKEN
} from '../../tools/github-simulator/index.js'
import { OAUTH2_CONFIDENTIAL, OAUTH2_PUBLIC, OAUTH2_UNENROLLED, SAMPLE, SAMPLE_ACCOUNT, XSimulator } from '../../tools/simulator/index.js'
import { png } from '../helpers/media-files.js'
import { act, credentialInputs, errorIds, warningIds, withSimulators } from '../helpers/e2e.js'
import { liveRefreshToken, newChain, oauth2Inputs } from '../helpers/oauth2.js'

let x: XSimulator
let gh: GitHubSimulator
withSimulators((...started) => ([x, gh] = started))

const env = () => ({ GITHUB_API_URL: gh.url })
const xRoutes = () => x.requests.map((r) => r.route)
const stored = (environment?: string) => gh.secret(REPOSITORY, REFRESH_TOKEN_SECRET, environment)?.value

describe('a scheduled health check keeps the chain alive', () => {
  test('rotates the refresh token and stores the new one, sealed, in the repository secret; the next run uses it', async () => {
    const first = newChain(x, gh)
    const run = await act(x, oauth2Inputs(first), { env: env() })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    const successor = liveRefreshToken(x)
    expect(successor).toBeDefined()
    expect(successor).not.toBe(first)
    // The GitHub simulator opened the sealed box with its own code: the plaintext is what X issued.
    expect(stored()).toBe(successor)
    expect(x.userTokens.get(first)?.used).toBe(true)
    expect(run.outputs).toMatchObject({
      verified: 'true',
      auth: 'oauth2',
      username: SAMPLE_ACCOUNT.username,
      'access-level': 'read-write',
      scopes: 'tweet.read tweet.write users.read offline.access media.write',
      'refresh-token-rotated': 'true'
    })
    // The probe was written and deleted beside the secret; the current token was never written back.
    expect(gh.writes.map((w) => w.name)).toEqual([`${REFRESH_TOKEN_SECRET}_WRITE_CHECK`, REFRESH_TOKEN_SECRET])
    expect(gh.writes.some((w) => w.value === first)).toBe(false)
    expect(gh.secret(REPOSITORY, `${REFRESH_TOKEN_SECRET}_WRITE_CHECK`)).toBeUndefined()
    expect(xRoutes()).toEqual(['oauth2/user-token', 'users/me'])
    // Both new tokens were masked when they arrived.
    const accessToken = [...x.userTokens.values()].filter((t) => t.kind === 'access').at(-1)
    expect(run.masks).toContain(successor)
    expect(run.masks).toContain(accessToken?.value)
    expect(run.summary).toMatch(/refresh token rotated and stored in `X_REFRESH_TOKEN` \(repository secret of octo-org\/release-notes\)/)

    const second = await act(x, oauth2Inputs(stored()!), { env: env() })
    expect(second.exitCode).toBe(0)
    expect(stored()).toBe(liveRefreshToken(x))
    expect(stored()).not.toBe(successor)
  })

  test('an environment secret, with a public client (no secret) and an app token from create-github-app-token', async () => {
    const first = newChain(x, gh, { client: OAUTH2_PUBLIC, environment: ENVIRONMENT })
    const run = await act(x, oauth2Inputs(first, { client: OAUTH2_PUBLIC, environment: ENVIRONMENT, githubToken: APP_SECRETS_TOKEN }), { env: env() })
    expect(run.exitCode).toBe(0)
    expect(stored(ENVIRONMENT)).toBe(liveRefreshToken(x, OAUTH2_PUBLIC.clientId))
    expect(gh.writes.map((w) => w.environment)).toEqual([ENVIRONMENT, ENVIRONMENT])
    expect(x.requests.find((r) => r.route === 'oauth2/user-token')?.authKind).toBe('none')
  })

  test('the values can come from the X_* environment variables', async () => {
    const first = newChain(x, gh)
    const run = await act(
      x,
      { 'refresh-token-secret': REFRESH_TOKEN_SECRET },
      {
        env: {
          ...env(),
          X_CLIENT_ID: OAUTH2_CONFIDENTIAL.clientId,
          X_CLIENT_SECRET: OAUTH2_CONFIDENTIAL.clientSecret,
          X_REFRESH_TOKEN: first,
          GITHUB_TOKEN: (await import('../../tools/github-simulator/index.js')).SECRETS_WRITE_TOKEN
        }
      }
    )
    expect(run.exitCode).toBe(0)
    expect(run.outputs['refresh-token-rotated']).toBe('true')
  })
})

describe('refused before anything is sent to X: the refresh token stays valid', () => {
  test('the workflow GITHUB_TOKEN cannot write secrets: the permission diagnosis, and X is never asked', async () => {
    const first = newChain(x, gh)
    const run = await act(x, oauth2Inputs(first, { githubToken: WORKFLOW_TOKEN }), { env: env() })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['github-secrets-forbidden'])
    expect(run.errors.join('\n')).toMatch(/Resource not accessible by integration.*`GITHUB_TOKEN` can never have it/)
    expect(x.requests).toHaveLength(0)
    expect(x.userTokens.get(first)?.used).toBeFalsy()
    expect(stored()).toBe(first)
  })

  test('a read-only fine-grained token: the probe write is refused', async () => {
    const first = newChain(x, gh)
    const run = await act(x, oauth2Inputs(first, { githubToken: SECRETS_READ_TOKEN }), { env: env() })
    expect(errorIds(run)).toEqual(['github-secrets-forbidden'])
    expect(run.errors.join('\n')).toMatch(/secrets=write/)
    expect(x.requests).toHaveLength(0)
  })

  test('a token for another repository sees no such repository', async () => {
    const run = await act(x, oauth2Inputs(newChain(x, gh), { githubToken: OTHER_REPO_TOKEN }), { env: env() })
    expect(errorIds(run)).toEqual(['github-secrets-forbidden'])
    expect(run.errors.join('\n')).toMatch(/not visible to `github-token`/)
  })

  test('a GitHub token that GitHub does not know', async () => {
    const run = await act(x, oauth2Inputs(newChain(x, gh), { githubToken: 'ghp_NotAToken0000000000000000000000000000' }), { env: env() })
    expect(errorIds(run)).toEqual(['github-token-rejected'])
    expect(x.requests).toHaveLength(0)
  })

  test('a misspelt environment', async () => {
    const run = await act(x, oauth2Inputs(newChain(x, gh, { environment: ENVIRONMENT }), { environment: 'prod' }), { env: env() })
    expect(errorIds(run)).toEqual(['secret-environment-not-found'])
    expect(x.requests).toHaveLength(0)
  })

  test('a secret name that does not exist', async () => {
    const run = await act(x, { ...oauth2Inputs(newChain(x, gh)), 'refresh-token-secret': 'X_REFRESH_TOKN' }, { env: env() })
    expect(errorIds(run)).toEqual(['refresh-token-secret-not-found'])
    expect(run.errors.join('\n')).toMatch(/`X_REFRESH_TOKN` \(repository secret of octo-org\/release-notes\) does not exist/)
    expect(x.requests).toHaveLength(0)
  })

  test('GitHub keeps failing: reported after the retries, X untouched', async () => {
    gh.fault('public-key', [{ status: 502 }, { status: 502 }, { status: 502 }])
    const run = await act(x, oauth2Inputs(newChain(x, gh)), { env: env() })
    expect(errorIds(run)).toEqual(['github-unavailable'])
    expect(gh.requests.filter((r) => r.route === 'public-key')).toHaveLength(3)
    expect(x.requests).toHaveLength(0)
  })

  test.each([
    ['no refresh-token-secret', { 'refresh-token-secret': '' }],
    ['no github-token', { 'github-token': '' }]
  ])('%s: nowhere to store the rotated token, offline', async (_name, change) => {
    const first = newChain(x, gh)
    const run = await act(x, { ...oauth2Inputs(first), ...change }, { env: env() })
    expect(errorIds(run)).toEqual(['oauth2-write-back-unset'])
    expect(x.requests).toHaveLength(0)
    expect(gh.requests).toHaveLength(0)
  })

  test('a client id without a refresh token names the missing input', async () => {
    const run = await act(x, { 'client-id': OAUTH2_CONFIDENTIAL.clientId }, { env: env() })
    expect(errorIds(run)).toEqual(['missing-credential'])
    expect(run.errors.join('\n')).toMatch(/`refresh-token` \(refresh token\) is empty/)
  })
})

describe("X's answers to the refresh", () => {
  test('an already-used refresh token: the concurrency diagnosis, with when the secret was last updated', async () => {
    const first = newChain(x, gh)
    await act(x, oauth2Inputs(first), { env: env() })
    x.reset()
    gh.reset()
    const stale = await act(x, oauth2Inputs(first), { env: env() })
    expect(stale.exitCode).toBe(1)
    expect(errorIds(stale)).toEqual(['oauth2-refresh-token-invalid'])
    expect(stale.errors.join('\n')).toMatch(/Value passed for the token was invalid\..*X_REFRESH_TOKEN.*was last updated 20\d\d-.*concurrency:/)
    expect(stale.outputs['refresh-token-rotated']).toBe('false')
  })

  test('two runs at once with the same token: one rotates, the other is told another run did', async () => {
    const first = newChain(x, gh)
    const both = { env: env(), othersRunning: true }
    const [a, b] = await Promise.all([act(x, oauth2Inputs(first), both), act(x, oauth2Inputs(first), both)])
    expect([a.exitCode, b.exitCode].sort()).toEqual([0, 1])
    const loser = a.exitCode ? a : b
    expect(errorIds(loser)).toEqual(['oauth2-refresh-token-invalid'])
    expect(stored()).toBe(liveRefreshToken(x))
  })

  test('a wrong client secret: unauthorized_client', async () => {
    const run = await act(x, { ...oauth2Inputs(newChain(x, gh)), 'client-secret': OAUTH2_UNENROLLED.clientSecret }, { env: env() })
    expect(errorIds(run)).toEqual(['oauth2-client-rejected'])
    expect(run.errors.join('\n')).toMatch(/Missing valid authorization header/)
  })

  test('a confidential client given without its secret', async () => {
    const inputs = oauth2Inputs(newChain(x, gh))
    delete inputs['client-secret']
    const run = await act(x, inputs, { env: env() })
    expect(errorIds(run)).toEqual(['oauth2-client-rejected'])
    expect(run.errors.join('\n')).toMatch(/give its Client Secret in `client-secret`/)
  })

  test('the API key given as the client id: invalid_client, with a hint', async () => {
    const run = await act(x, { ...oauth2Inputs(newChain(x, gh)), 'client-id': SAMPLE.apiKey }, { env: env() })
    expect(errorIds(run)).toEqual(['oauth2-client-unknown'])
    expect(run.errors.join('\n')).toMatch(/is it the API key\?/)
  })

  test('X wants client_id in the body: its own answer, named', async () => {
    x.fault('oauth2/user-token', [{ status: 400, body: { error: 'invalid_request', error_description: 'Missing required parameter [client_id].' } }])
    const first = newChain(x, gh)
    const run = await act(x, oauth2Inputs(first), { env: env() })
    expect(errorIds(run)).toEqual(['oauth2-token-refused'])
    expect(run.errors.join('\n')).toMatch(/Missing required parameter \[client_id\]\./)
  })

  test('an App not attached to a Project: as for OAuth 1.0a', async () => {
    const first = newChain(x, gh, { client: OAUTH2_UNENROLLED })
    const run = await act(x, oauth2Inputs(first, { client: OAUTH2_UNENROLLED }), { env: env() })
    expect(errorIds(run)).toEqual(['client-not-enrolled'])
    // The refresh itself worked: the successor is stored, the chain goes on.
    expect(stored()).toBe(liveRefreshToken(x, OAUTH2_UNENROLLED.clientId))
  })
})

describe('the write-back', () => {
  test('fails after the refresh: red, the chain is broken and the new token is never printed', async () => {
    const first = newChain(x, gh)
    gh.fault('secret/put', [{}, { status: 500 }, { status: 500 }, { status: 500 }])
    const run = await act(x, oauth2Inputs(first), { env: env() })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['oauth2-chain-broken'])
    expect(run.errors.join('\n')).toMatch(/already consumed the refresh token.*authorise/)
    const successor = liveRefreshToken(x)!
    expect(stored()).toBe(first)
    expect(run.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(successor)
    expect(run.outputs['refresh-token-rotated']).toBe('false')
  })
})

describe('scopes and posting', () => {
  test('a token without tweet.write is refused before posting', async () => {
    const first = newChain(x, gh, { scopes: ['tweet.read', 'users.read', 'offline.access'] })
    const run = await act(x, { ...oauth2Inputs(first), tweet: 'Release 1.2.3 is out.' }, { env: env() })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['oauth2-scope-missing'])
    expect(run.errors.join('\n')).toMatch(
      /granted `tweet\.read users\.read offline\.access`; this run also needs `tweet\.write` \(`permission` is `read-write`\)/
    )
    expect(xRoutes()).not.toContain('tweets')
    expect(x.posts).toHaveLength(0)
    expect(run.outputs['access-level']).toBe('read')
    // The check still rotated and stored the token: the chain goes on.
    expect(stored()).toBe(liveRefreshToken(x))
  })

  test('posts a thread and an image with OAuth 2.0', async () => {
    const first = newChain(x, gh)
    const run = await act(
      x,
      { ...oauth2Inputs(first), tweet: 'OAuth 2.0 thread, part one.\n---\nPart two.', media: 'shot.png', 'media-alt-text': 'A screenshot' },
      { env: env(), files: { 'shot.png': png(64, 48, 7) } }
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(run.outputs.posted).toBe('true')
    expect(x.posts.map((p) => p.text)).toEqual(['OAuth 2.0 thread, part one.', 'Part two.'])
    expect(x.posts[0].mediaIds).toHaveLength(1)
    expect(x.posts[1].replyTo).toBe(x.posts[0].id)
    expect(x.requests.filter((r) => r.route === 'tweets').every((r) => r.authKind === 'bearer')).toBe(true)
  })

  test('without media.write, a post with an image is refused before anything is uploaded', async () => {
    const first = newChain(x, gh, { scopes: ['tweet.read', 'tweet.write', 'users.read', 'offline.access'] })
    const run = await act(x, { ...oauth2Inputs(first), tweet: 'With a picture', media: 'shot.png' }, { env: env(), files: { 'shot.png': png(64, 48, 7) } })
    expect(errorIds(run)).toEqual(['oauth2-scope-missing'])
    expect(run.errors.join('\n')).toMatch(/`media\.write` \(uploading the media needs it\)/)
    expect(xRoutes().filter((r) => r.startsWith('media/'))).toEqual([])
  })

  test('OAuth 1.0a and OAuth 2.0 both given: both verified, posts use OAuth 1.0a', async () => {
    const first = newChain(x, gh)
    const run = await act(x, { ...credentialInputs(SAMPLE), ...oauth2Inputs(first), tweet: 'Both ways at once.' }, { env: env() })
    expect(run.exitCode).toBe(0)
    expect(run.outputs.auth).toBe('oauth1')
    expect(run.outputs['refresh-token-rotated']).toBe('true')
    expect(x.requests.find((r) => r.route === 'tweets')?.authKind).toBe('oauth1')
    expect(run.stdout).toMatch(/Access token and secret: Authenticated/)
    expect(run.stdout).toMatch(/OAuth 2\.0 account: Authenticated as @release_bot/)
    expect(warningIds(run)).toEqual([])
  })
})
