/**
 * The simulator counts cashtags with its own rule, written out rather than
 * imported, so that it judges the Action independently. Both must find what
 * twitter-text's extractor finds, since that is how X counts them.
 */
import { expect, test } from '@jest/globals'
import fc from 'fast-check'
import { loadExtractors } from '../../src/operations/post/entities.js'
import { cashtags } from '../../tools/simulator/cashtags.js'

const extract = await loadExtractors()
const twitterText = (text: string) => extract.cashtags(text).map((c) => c.cashtag)

test.each([
  'Set $HOME and $PATH first',
  'The token is $GITHUB_TOKEN.',
  '$ACME up, $acme down, $AB.C and $AB_CD',
  'US$5, $100, $1a, $ and $$AB',
  '`$HOME` "$PATH" ($TERM) [$USER] {$SHELL}',
  '$ABCDEFG is too long, $ABCDEF is not',
  'tab\t$TAB, newline\n$NL, no-break space\u00a0$NBSP, ideographic space\u3000$CJK',
  '$AB.CDE $AB.C! $AB_C? $AB, $AB; $AB: $AB/$CD'
])('%j: the same cashtags as twitter-text', (text) => {
  expect(cashtags(text)).toEqual(twitterText(text))
})

test('generated texts: the same cashtags as twitter-text', () => {
  const piece = fc.constantFrom(
    '$',
    'A',
    'b',
    'Zz',
    '_',
    '.',
    ' ',
    '\n',
    '\t',
    ',',
    '!',
    '"',
    '`',
    "'",
    '(',
    ')',
    '-',
    '#',
    '@',
    '1',
    'é',
    '日',
    '\u00a0',
    '\u3000',
    '$HOME',
    '$A_B'
  )
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('')
      expect(cashtags(text)).toEqual(twitterText(text))
    }),
    { numRuns: 3000, seed: 20261203 }
  )
})
