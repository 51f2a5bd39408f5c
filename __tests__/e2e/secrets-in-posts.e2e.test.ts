/**
 * Never post a secret: a post, a part of a thread or an alt text that holds
 * a credential given to the run, or a 12-character piece of one (in any form
 * the run masks: as given, percent-encoded or decoded), is refused before
 * anything is sent, in a dry run too, naming where it is and never what it is.
 * The log would hide it, X would publish it.
 */
import { describe, expect, test } from '@jest/globals'
import { SAMPLE, SAMPLE_ACCOUNT, XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, unique, withSimulator } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

const creds = credentialInputs(SAMPLE)

let sim: XSimulator
withSimulator((started) => (sim = started))

describe('refused before anything is sent', () => {
  test.each([
    ['the API secret, whole, in a post', { tweet: `Our key is ${SAMPLE.apiSecret} oops` }, '`tweet`: the text holds a credential'],
    [
      '12 characters of the access secret, in a dry run',
      { tweet: `Debug: ${SAMPLE.accessSecret.slice(20, 32)}`, 'dry-run': 'true' },
      '`tweet`: the text holds a credential'
    ],
    [
      'the bearer token percent-decoded, in part 2 of a thread',
      { tweet: `Release notes\n---\n${decodeURIComponent(SAMPLE.bearerToken)}` },
      '`tweet`: part 2 of 2 holds a credential'
    ],
    [
      "the access token's secret part, in an alt text",
      { tweet: 'A picture', media: 'a.png', 'media-alt-text': `token ${SAMPLE.accessToken}` },
      "`media-alt-text`: the alt text of 'a.png' holds a credential"
    ]
  ])('%s', async (_, inputs, where) => {
    const run = await act(sim, { ...creds, ...inputs }, { files: { 'a.png': png(8, 8, 1) } })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['secret-in-post'])
    expect(run.errors[0]).toContain(where)
    expect(run.errors[0]).toContain('nothing was sent')
    expect(sim.requests).toHaveLength(0)
    expect(sim.posts).toHaveLength(0)
  })

  test('a tweet-file that holds a credential: refused naming the part, not the value', async () => {
    const run = await act(sim, { ...creds, 'tweet-file': 'notes.md' }, { files: { 'notes.md': `Release 2\n---\nconfig: api_key=${SAMPLE.apiKey}\n` } })
    expect(errorIds(run)).toEqual(['secret-in-post'])
    expect(run.errors[0]).toContain('`tweet-file`: part 2 of 2 holds a credential')
    expect(sim.requests).toHaveLength(0)
  })
})

test("the account's own user id (the public part of its access token) is no secret: the post goes out", async () => {
  const text = unique(`Posted by https://x.com/i/user/${SAMPLE_ACCOUNT.id}`)
  const run = await act(sim, { ...creds, tweet: text })
  expect(errorIds(run)).toEqual([])
  expect(sim.posts.map((p) => p.text)).toEqual([text])
})
