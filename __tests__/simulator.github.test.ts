/**
 * The GitHub REST simulator: secrets sealed by libsodium (as the action seals
 * them) are opened by the simulator's own TweetNaCl + BLAKE2b code; GitHub's
 * refusals come with their status, message and permission header.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import sodium from 'libsodium-wrappers'
import { seal } from '../src/github/secrets.js'
import nacl from 'tweetnacl'
import {
  ENVIRONMENT,
  FORK_PR,
  GitHubSimulator,
  READ_ONLY_WORKFLOW_TOKEN,
  RELEASE_PR,
  OTHER_REPO_TOKEN,
  REPOSITORY,
  SECRETS_READ_TOKEN,
  SECRETS_WRITE_TOKEN,
  WORKFLOW_TOKEN,
  openSealedBox,
  sealForTest,
  seedGitHub,
  testKeyPair
} from '../tools/github-simulator/index.js'

let gh: GitHubSimulator
beforeAll(async () => {
  gh = await GitHubSimulator.start()
  seedGitHub(gh)
  await sodium.ready
})
afterAll(() => gh.close())
beforeEach(() => gh.reset())

const api = async (method: string, path: string, token = SECRETS_WRITE_TOKEN, body?: unknown) => {
  const res = await fetch(gh.url + path, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, string>) : undefined }
}
const repoSecrets = `/repos/${REPOSITORY}/actions/secrets`
const envSecrets = `/repos/${REPOSITORY}/environments/${ENVIRONMENT}/secrets`

describe('the sealed box, opened independently of libsodium', () => {
  it('opens what libsodium-wrappers crypto_box_seal sealed, and only for the right key', () => {
    const pair = testKeyPair('a')
    const sealed = sodium.crypto_box_seal(sodium.from_string('refresh token ☃'), pair.publicKey)
    expect(Buffer.from(openSealedBox(sealed, pair)!).toString('utf8')).toBe('refresh token ☃')
    expect(openSealedBox(sealed, testKeyPair('b'))).toBeNull()
    const tampered = Uint8Array.from(sealed)
    tampered[40] ^= 1
    expect(openSealedBox(tampered, pair)).toBeNull()
    expect(openSealedBox(sealed.subarray(0, 40), pair)).toBeNull()
  })

  it("the action's seal() (src/github/secrets.ts) makes a box the simulator opens", async () => {
    const pair = testKeyPair('d')
    const sealed = await seal('from the action', Buffer.from(pair.publicKey).toString('base64'))
    expect(Buffer.from(openSealedBox(Buffer.from(sealed, 'base64'), pair)!).toString('utf8')).toBe('from the action')
  })

  it('its own sealing is what libsodium opens too (same construction both ways)', () => {
    const pair = testKeyPair('c')
    const sealed = sealForTest(new TextEncoder().encode('both ways'), pair.publicKey)
    expect(sodium.to_string(sodium.crypto_box_seal_open(sealed, pair.publicKey, pair.secretKey))).toBe('both ways')
    expect(nacl.box.keyPair.fromSecretKey(pair.secretKey).publicKey).toEqual(pair.publicKey)
  })
})

describe('Actions secrets', () => {
  it('a repository secret: public key, PUT (201 then 204), GET metadata with updated_at, DELETE', async () => {
    const key = await api('GET', `${repoSecrets}/public-key`)
    expect(key.status).toBe(200)
    expect(Object.keys(key.body!)).toEqual(['key_id', 'key'])
    const seal = (value: string) => Buffer.from(sodium.crypto_box_seal(sodium.from_string(value), Buffer.from(key.body!.key, 'base64'))).toString('base64')
    expect((await api('PUT', `${repoSecrets}/MY_SECRET`, SECRETS_WRITE_TOKEN, { encrypted_value: seal('one'), key_id: key.body!.key_id })).status).toBe(201)
    expect((await api('PUT', `${repoSecrets}/MY_SECRET`, SECRETS_WRITE_TOKEN, { encrypted_value: seal('two'), key_id: key.body!.key_id })).status).toBe(204)
    expect(gh.secret(REPOSITORY, 'MY_SECRET')?.value).toBe('two')
    const meta = await api('GET', `${repoSecrets}/MY_SECRET`)
    expect(Object.keys(meta.body!)).toEqual(['name', 'created_at', 'updated_at'])
    expect(meta.body!.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect((await api('DELETE', `${repoSecrets}/MY_SECRET`)).status).toBe(204)
    expect((await api('GET', `${repoSecrets}/MY_SECRET`)).status).toBe(404)
  })

  it('an environment has its own key; an unknown environment is 404', async () => {
    const repoKey = await api('GET', `${repoSecrets}/public-key`)
    const envKey = await api('GET', `${envSecrets}/public-key`)
    expect(envKey.body!.key).not.toBe(repoKey.body!.key)
    expect((await api('GET', `/repos/${REPOSITORY}/environments/staging/secrets/public-key`)).status).toBe(404)
  })

  it('422 without key_id, with a stale key id, or with a box it cannot open', async () => {
    const key = await api('GET', `${repoSecrets}/public-key`)
    const sealed = Buffer.from(sodium.crypto_box_seal(sodium.from_string('x'), Buffer.from(key.body!.key, 'base64'))).toString('base64')
    const noKeyId = await api('PUT', `${repoSecrets}/S`, SECRETS_WRITE_TOKEN, { encrypted_value: sealed })
    expect(noKeyId.status).toBe(422)
    expect(noKeyId.body!.message).toBe('Invalid request.\n\n"key_id" wasn\'t supplied.')
    expect((await api('PUT', `${repoSecrets}/S`, SECRETS_WRITE_TOKEN, { encrypted_value: sealed, key_id: '1' })).status).toBe(422)
    expect((await api('PUT', `${repoSecrets}/S`, SECRETS_WRITE_TOKEN, { encrypted_value: 'AAAA', key_id: key.body!.key_id })).status).toBe(422)
    expect(gh.secret(REPOSITORY, 'S')).toBeUndefined()
  })

  it("403 for the workflow's GITHUB_TOKEN and for a read-only token's write, naming the permission; 404 for another repository's token; 401 for an unknown one", async () => {
    const workflow = await api('GET', `${repoSecrets}/public-key`, WORKFLOW_TOKEN)
    expect([workflow.status, workflow.body!.message]).toEqual([403, 'Resource not accessible by integration'])
    expect(workflow.headers.get('x-accepted-github-permissions')).toBe('secrets=read')
    expect((await api('GET', `${repoSecrets}/public-key`, SECRETS_READ_TOKEN)).status).toBe(200)
    const write = await api('PUT', `${repoSecrets}/S`, SECRETS_READ_TOKEN, { encrypted_value: 'x', key_id: 'y' })
    expect([write.status, write.body!.message, write.headers.get('x-accepted-github-permissions')]).toEqual([
      403,
      'Resource not accessible by personal access token',
      'secrets=write'
    ])
    expect((await api('GET', `${repoSecrets}/public-key`, OTHER_REPO_TOKEN)).status).toBe(404)
    const unknown = await api('GET', `${repoSecrets}/public-key`, 'ghp_unknown')
    expect([unknown.status, unknown.body!.message]).toEqual([401, 'Bad credentials'])
  })

  it('scripted faults answer in order, then behaviour is normal again', async () => {
    gh.fault('public-key', [{ status: 503 }, {}])
    expect((await api('GET', `${repoSecrets}/public-key`)).status).toBe(503)
    expect((await api('GET', `${repoSecrets}/public-key`)).status).toBe(200)
    expect(gh.requests.map((r) => [r.route, r.status])).toEqual([
      ['public-key', 503],
      ['public-key', 200]
    ])
  })
})

describe("a pull request's comments", () => {
  const comments = `/repos/${REPOSITORY}/issues/${RELEASE_PR.number}/comments`

  it('create (201 with its address), list by page, update (200); the body as written', async () => {
    const created = await api('POST', comments, WORKFLOW_TOKEN, { body: 'first' })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ body: 'first', user: { login: 'github-actions[bot]', type: 'Bot' } })
    const id = created.body!.id
    expect(created.body!.html_url).toBe(`https://github.com/${REPOSITORY}/pull/${RELEASE_PR.number}#issuecomment-${id}`)
    for (const n of [2, 3]) await api('POST', comments, WORKFLOW_TOKEN, { body: `comment ${n}` })
    const page2 = await api('GET', `${comments}?per_page=2&page=2`, WORKFLOW_TOKEN)
    expect((page2.body as unknown as { body: string }[]).map((c) => c.body)).toEqual(['comment 3'])
    const updated = await api('PATCH', `/repos/${REPOSITORY}/issues/comments/${id}`, WORKFLOW_TOKEN, { body: 'second' })
    expect([updated.status, updated.body!.body]).toEqual([200, 'second'])
    expect(gh.comments(REPOSITORY, RELEASE_PR.number).map((c) => c.body)).toEqual(['second', 'comment 2', 'comment 3'])
  })

  it('a read-only token reads but cannot write: 403 like GitHub, naming the permissions that would do', async () => {
    expect((await api('GET', comments, READ_ONLY_WORKFLOW_TOKEN)).status).toBe(200)
    const refused = await api('POST', comments, READ_ONLY_WORKFLOW_TOKEN, { body: 'x' })
    expect([refused.status, refused.body!.message]).toEqual([403, 'Resource not accessible by integration'])
    expect(refused.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write')
    expect(gh.comments(REPOSITORY, RELEASE_PR.number)).toEqual([])
  })

  it('404 for a pull request that does not exist or a comment id unknown; 422 without a body', async () => {
    expect((await api('GET', `/repos/${REPOSITORY}/issues/999/comments`, WORKFLOW_TOKEN)).status).toBe(404)
    expect((await api('PATCH', `/repos/${REPOSITORY}/issues/comments/1`, WORKFLOW_TOKEN, { body: 'x' })).status).toBe(404)
    expect((await api('POST', comments, WORKFLOW_TOKEN, {})).status).toBe(422)
  })

  it('lists the open pull requests of a head, a fork’s too', async () => {
    const pulls = await api('GET', `/repos/${REPOSITORY}/pulls?head=${FORK_PR.headOwner}:${FORK_PR.headBranch}&state=open`, WORKFLOW_TOKEN)
    expect(pulls.body).toEqual([
      { number: FORK_PR.number, state: 'open', head: { sha: FORK_PR.headSha, ref: FORK_PR.headBranch, label: `${FORK_PR.headOwner}:${FORK_PR.headBranch}` } }
    ])
  })
})
