/**
 * Long posts for subscribers, end to end through dist/index.js: the
 * verification's one users/me request also reads `subscription_type`; the
 * offline validation accepts parts up to 25,000; each part is held to the
 * account's own limit after the verification, before anything is uploaded.
 */
import { describe, expect, test } from '@jest/globals'
import type { GitHubSimulator } from '../../tools/github-simulator/index.js'
import { SAMPLE, SUBSCRIBER, SUBSCRIBER_ACCOUNT, type XSimulator } from '../../tools/simulator/index.js'
import { textTooLong } from '../../tools/simulator/problems.js'
import { act, credentialInputs, errorIds, requestsTo, unique, withSimulators } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'
import { liveRefreshToken, newChain, oauth2Inputs } from '../helpers/oauth2.js'

let sim: XSimulator
let gh: GitHubSimulator
withSimulators((...started) => ([sim, gh] = started))

/** A part of about 1,000 weighted characters, unique per run. */
const longPart = (label: string) => `${unique(label)} ${'Everything that changed in this release, in one post. '.repeat(18)}`.trim()
const uploads = () => sim.requests.filter((r) => r.route.startsWith('media/')).length

describe('a subscriber may post up to 25,000 characters; an account without a subscription 280', () => {
  test('a subscriber (Premium) posts a 1,000-character part; users/me asked for the subscription in the one verification request', async () => {
    const text = longPart('Release 3.0')
    expect(text.length).toBeGreaterThan(1000)
    const run = await act(sim, { ...credentialInputs(SUBSCRIBER), tweet: text })
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    expect(sim.posts.map((p) => p.text)).toEqual([text])
    expect(run.outputs).toMatchObject({ posted: 'true', username: SUBSCRIBER_ACCOUNT.username })
    const me = sim.requests.filter((r) => r.route === 'users/me')
    expect(me).toHaveLength(1)
    expect(me[0].path).toBe('/2/users/me?user.fields=subscription_type')
    expect(run.summary).toContain('**X subscription:** `Premium`')
  })

  test('an account without a subscription is refused before any upload, with the limit and why', async () => {
    const run = await act(
      sim,
      { ...credentialInputs(SAMPLE), tweet: `short first part\n---\n${longPart('Release 3.0')}`, media: 'shot.png' },
      { files: { 'shot.png': png(16, 16, 3) } }
    )
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['post-over-account-limit'])
    expect(run.errors[0]).toMatch(
      /part 2 of 2 is 1,\d{3} characters as X counts them, over this account's limit of 280: @release_bot has no X subscription \(X says `None`\)\. Nothing was uploaded or posted\./
    )
    expect(uploads()).toBe(0)
    expect(requestsTo(sim, 'tweets')).toBe(0)
    expect(run.outputs).toMatchObject({ verified: 'true', posted: 'false', 'tweet-ids': '[]' })
  })

  test('the dry run says which limit applied and why', async () => {
    const subscriber = await act(sim, { ...credentialInputs(SUBSCRIBER), tweet: longPart('Preview'), 'dry-run': 'true' })
    expect(subscriber.exitCode).toBe(0)
    expect(subscriber.summary).toContain(
      '**Length limit:** 25,000 weighted characters per post: @launch_notes has an X subscription (Premium), which allows long posts.'
    )
    expect(subscriber.summary).toMatch(/\*\*Part 1 of 1\*\* — 1,\d{3}\/25,000 weighted characters/)

    const standard = await act(sim, { ...credentialInputs(SAMPLE), tweet: longPart('Preview'), 'dry-run': 'true' })
    expect(standard.exitCode).toBe(1)
    expect(errorIds(standard)).toEqual(['post-over-account-limit'])
    expect(standard.summary).toContain('**Length limit:** 280 weighted characters per post: @release_bot has no X subscription (X says `None`).')
    expect(standard.summary).toMatch(/1,\d{3}\/280 weighted characters · ❌ over this account's limit of 280/)
    expect(requestsTo(sim, 'tweets')).toBe(0)
  })

  test('X\'s own "too long" answer keeps its diagnosis and names the account\'s limit', async () => {
    const p = textTooLong('api.x.com', 'x')
    sim.fault('tweets', [{ status: p.status, body: p.body }])
    const run = await act(sim, { ...credentialInputs(SAMPLE), tweet: unique('borderline') })
    expect(errorIds(run)).toEqual(['text-too-long'])
    expect(run.errors[0]).toMatch(/Your Tweet text is too long.*This account's limit is 280: @release_bot has no X subscription \(X says `None`\)\./)
  })

  test('with OAuth 2.0 too: the same users/me request names the subscription, and the subscriber posts a long part', async () => {
    const chain = newChain(sim, gh, { userId: SUBSCRIBER_ACCOUNT.id })
    const text = longPart('OAuth 2.0 release')
    const run = await act(sim, { ...oauth2Inputs(chain), tweet: text }, { env: { GITHUB_API_URL: gh.url } })
    expect(run.errors).toEqual([])
    expect(run.outputs).toMatchObject({ auth: 'oauth2', posted: 'true', username: SUBSCRIBER_ACCOUNT.username })
    expect(sim.posts.map((p) => p.text)).toEqual([text])
    expect(sim.requests.filter((r) => r.route === 'users/me').map((r) => r.path)).toEqual(['/2/users/me?user.fields=subscription_type'])
    expect(liveRefreshToken(sim)).toBeDefined()
  })
})
