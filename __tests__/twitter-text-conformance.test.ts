import * as fs from 'node:fs'
import * as path from 'node:path'
import { parse } from 'yaml'
import { measureTweet, weightedLength, type TweetLengthConfig } from '../src/post/thread.js'

/**
 * twitter-text's own conformance suite, run through the code path the action uses to count a post.
 * The suite sits beside the repository (the upstream file, unchanged) rather than in it.
 */

interface LengthCase {
  description: string
  text: string
  expected: { weightedLength: number; valid: boolean }
}

interface Suite {
  tests: Record<string, LengthCase[] | undefined>
}

const repoRoot = process.cwd()
const suitePath = path.resolve(repoRoot, '..', 'shared', 'twitter-text', 'validate.yml')

function loadSuite(): Suite {
  if (!fs.existsSync(suitePath)) {
    throw new Error(
      `twitter-text conformance suite not found at ${suitePath}: it should be twitter-text's ` +
        'conformance/validate.yml, in shared/twitter-text/ beside the repository'
    )
  }
  return parse(fs.readFileSync(suitePath, 'utf8')) as Suite
}

function casesOf(section: string): [string, LengthCase][] {
  const cases = loadSuite().tests[section]
  if (!cases || cases.length === 0) throw new Error(`validate.yml has no cases in section ${section}`)
  return cases.map((c) => [c.description, c])
}

// The package's typings omit `configs`, which the suite's older section needs.
async function version2Config(): Promise<TweetLengthConfig> {
  const twitterText = (await import('twitter-text')).default as unknown as {
    configs: { version2: TweetLengthConfig }
  }
  return twitterText.configs.version2
}

async function expectCase(testCase: LengthCase, config?: TweetLengthConfig): Promise<void> {
  expect(await weightedLength(testCase.text, config)).toBe(testCase.expected.weightedLength)
  expect((await measureTweet(testCase.text, config)).valid).toBe(testCase.expected.valid)
}

describe('twitter-text conformance (current X rules, emoji discounted)', () => {
  test.each(casesOf('WeightedTweetsWithDiscountedEmojiCounterTest'))('%s', async (_description, testCase) => {
    await expectCase(testCase)
  })
})

describe('twitter-text conformance (directional markers)', () => {
  test.each(casesOf('UnicodeDirectionalMarkerCounterTest'))('%s', async (_description, testCase) => {
    await expectCase(testCase)
  })
})

describe('twitter-text conformance (version 2 rules, emoji not discounted)', () => {
  test.each(casesOf('WeightedTweetsCounterTest'))('%s', async (_description, testCase) => {
    await expectCase(testCase, await version2Config())
  })
})

describe('known over-count of newer emoji in twitter-text 3.1.0', () => {
  // X documents every emoji as 2, but 3.1.0's emoji tables predate these ZWJ sequences, so it counts
  // their parts separately. If a twitter-text upgrade makes this fail, the over-count is fixed: expect 2.
  test.each([
    ['heart on fire', '❤️‍🔥', 5],
    ['transgender flag', '🏳️‍⚧️', 7],
    ['family: adult, adult, child', '🧑‍🧑‍🧒', 8]
  ])('%s counts %i instead of 2', async (_name, emoji, overCounted) => {
    expect(await weightedLength(emoji)).toBe(overCounted)
  })

  test('a single new code point is counted right (melting face)', async () => {
    expect(await weightedLength('🫠')).toBe(2)
  })
})
