/** X's answers as the program may use them: what has a form must have it, free text is scrubbed on arrival. */
import { expect, test } from '@jest/globals'
import { AnswerProblem, readCreatedPost, readMediaState, readPostPage, readTokenAnswer, readUser } from '../../src/x/answers.js'

const scrub = (t: string) => t.replace(/secret-value/g, '***')

test('a user: id of digits, a username by X’s rule, a display name scrubbed and cut to 50', () => {
  expect(readUser({ id: '1846203957715066880', username: 'release_bot', name: 'Release Bot' }, scrub)).toEqual({
    id: '1846203957715066880',
    username: 'release_bot',
    name: 'Release Bot'
  })
  expect(readUser({ id: '20638500000000000000', username: 'a', name: `n secret-value ${'x'.repeat(60)}` }, scrub).name).toMatch(/^n \*\*\* x+…$/)
  for (const bad of [
    { id: '1 ', username: 'release_bot' },
    { id: 12, username: 'release_bot' },
    { id: '1', username: '::error::x' },
    { id: '1', username: 'release_bot_is_too_long' },
    { id: '1' },
    null
  ])
    expect(() => readUser(bad, scrub)).toThrow(AnswerProblem)
})

test('a created post, a page of posts, media: ids of digits', () => {
  expect(readCreatedPost({ id: '1', text: 't' })).toEqual({ id: '1', text: 't' })
  expect(() => readCreatedPost({ id: '1\n::error::x' })).toThrow(AnswerProblem)
  expect(readPostPage({ data: [{ id: '1', text: 'a', referenced_tweets: [{ type: 'replied_to', id: '2' }] }], meta: { result_count: 1 } }).data).toHaveLength(1)
  expect(() => readPostPage({ data: [{ id: '1', text: 'a', referenced_tweets: [{ type: 'replied_to', id: 'x' }] }] })).toThrow(AnswerProblem)
  expect(
    readMediaState({ id: '7', processing_info: { state: 'failed', error: { name: 'E', message: 'bad secret-value' } } }, scrub).processing_info?.error?.message
  ).toBe('bad ***')
  expect(() => readMediaState({ id: '../7' }, scrub)).toThrow(AnswerProblem)
})

test('a token answer: its scopes are scope names', () => {
  expect(readTokenAnswer({ access_token: 'a', scope: 'tweet.read offline.access' })).toEqual({ access_token: 'a', scope: 'tweet.read offline.access' })
  expect(() => readTokenAnswer({ scope: 'tweet.read `x`' })).toThrow(AnswerProblem)
})
