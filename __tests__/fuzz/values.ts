/**
 * What the fuzzing draws from: the hostile edge cases every input meets, random
 * strings, and the near misses built from a valid value (broken so that a
 * one-line input must refuse it, or padded so that it must accept it). What
 * each input is fuzzed with is in settings-inputs.ts, posting-inputs.ts and
 * oauth2-inputs.ts.
 */
import fc from 'fast-check'
import type { DiagnosisId } from '../../src/diagnoses/catalogue.js'
import type { XSimulator } from '../../tools/simulator/index.js'
import type { Outcome } from './world.js'

/** What must happen, when the generator knows: success, a refusal before any request, or X's refusal (or GitHub's, for the OAuth 2.0 write-back). */
export type Expect = 'ok' | 'invalid' | 'x-refuses' | undefined

export interface Case {
  value: string
  expect?: Expect
}

export const tag =
  (expect: Expect) =>
  (value: string): Case => ({ value, expect })

/** What one input is fuzzed with, and what else its runs need. */
export interface InputSpec {
  name: string
  arb: fc.Arbitrary<Case>
  /** The other inputs (valid) this input needs, e.g. a tweet for `reply-to`. */
  with?: Record<string, string>
  /** Scripted on the simulator before each case. */
  before?(sim: XSimulator): void
  /**
   * The run uses OAuth 2.0 user context instead of OAuth 1.0a: every case gets
   * a fresh refresh-token chain (at X, and in the secret on GitHub), whose
   * token stands in for FRESH_REFRESH_TOKEN in the value (see world.ts).
   */
  oauth2?: boolean
  /** When X (or GitHub), not the offline checks, refuses: the diagnoses that may result. */
  xDiagnoses: DiagnosisId[]
  /** Is the value a secret? Then every form of it is searched in the output too. */
  secret?: boolean
  /** Checks of this input's own. */
  check?(c: Case, o: Outcome): void
}

/** Edge cases every input meets. */
export const HOSTILE: readonly string[] = [
  '',
  ' ',
  '\t',
  '\n',
  ' \r\n ',
  '""',
  "''",
  '"x"',
  "'x'",
  '“x”',
  'a\nb',
  'a\r\nb',
  'a\rb',
  '\u0000',
  'a\u0000b',
  '\u001b[31mred\u001b[0m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u200b',
  '\ufeff',
  '\ufffe',
  '\ud800',
  '\udfff',
  '\u202eevil',
  'é',
  'e\u0301',
  '日本語',
  '👨‍👩‍👧‍👦',
  '../',
  '../../etc/passwd',
  '/etc/passwd',
  '/',
  '.',
  '..',
  '~',
  'C:\\Windows\\win.ini',
  '\\\\server\\share',
  'file:///etc/passwd',
  '%2e%2e%2f',
  '%00',
  '${{ secrets.API_KEY }}',
  '$(id)',
  '`id`',
  '::error::injected',
  '::add-mask::x',
  '%0A::warning::injected',
  '\n::error::injected',
  '<script>alert(1)</script>',
  'undefined',
  'null',
  'true',
  'false',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e309',
  '0x1F',
  'x'.repeat(2049),
  'x'.repeat(100_001),
  ' '.repeat(10_000)
]

const hostile = fc.constantFrom(...HOSTILE)

const randomText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: fc.constantFrom('a', '-', '/', '.', ':', '@', '%', ' ', '\n', '"', "'", '\\', '0'), maxLength: 30 })
)

/** Anything at all, with no expectation beyond the properties every run keeps. */
export const anything = fc.oneof({ weight: 2, arbitrary: hostile }, { weight: 3, arbitrary: randomText }).map(tag(undefined))

/** A valid value made hostile in a way a one-line input must refuse. */
export const brokenLine = (valid: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constantFrom(
      `"${valid}"`,
      `'${valid}'`,
      `${valid}\n${valid}`,
      `${valid}\r\nx`,
      `${valid}\u0000`,
      `${valid}\t1`,
      `\u001b${valid}`,
      `${valid}\u007f`,
      valid.repeat(Math.ceil(2049 / Math.max(1, valid.length)))
    ),
    fc.integer({ min: 1, max: Math.max(1, valid.length - 1) }).map((at) => `${valid.slice(0, at)}\n${valid.slice(at)}`)
  )

/** Harmless padding a one-line input trims away. */
export const padded = (valid: string): fc.Arbitrary<string> =>
  fc.constantFrom(valid, ` ${valid}`, `${valid} `, `\t${valid}\n`, `\n${valid}\n`, ` \r\n${valid}\r\n `)

/**
 * The values of a secret input: the valid one and its harmless variants
 * (padding, quotes; `Bearer ` too for an `optional` token) must succeed, broken
 * ones must be refused before any request, and `others` (secrets of the same
 * kind that are not the right one), random look-alikes and a near miss must be
 * refused by the service that checks them.
 */
export function secretValues(valid: string, others: readonly string[], optional = false): fc.Arbitrary<Case> {
  const accepted = [
    valid,
    ` ${valid}`,
    `${valid}\n`,
    `"${valid}"`,
    `'${valid}'`,
    ` "${valid}"\n`,
    ...(optional ? [`Bearer ${valid}`, `bearer  ${valid}`, decodeURIComponent(valid)] : [])
  ]
  const refused = fc.oneof(
    fc.constantFrom(
      `${valid.slice(0, 5)} ${valid.slice(5)}`,
      `${valid}\n${valid}`,
      `${valid}\u0000`,
      `${valid}\u001b`,
      `${valid}\u200b`,
      `“${valid}”`,
      `${valid}é`,
      `${valid}日`,
      '""',
      "''",
      valid.repeat(Math.ceil(513 / valid.length)),
      // Shorter than any credential: refused rather than half-masked.
      valid.slice(0, 15),
      'read',
      'x'
    ),
    fc
      .tuple(fc.integer({ min: 1, max: valid.length - 1 }), fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u200b', '\u00e9', '\u65e5', '\u0007'))
      .map(([at, c]) => `${valid.slice(0, at)}${c}${valid.slice(at)}`)
  )
  const wrong = fc.oneof(
    fc.constantFrom(...others),
    fc.stringMatching(/^[A-Za-z0-9%_-]{16,60}$/),
    fc.constant(valid.slice(0, -1) + (valid.endsWith('x') ? 'y' : 'x'))
  )
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...accepted).map(tag('ok')) },
    { weight: 2, arbitrary: refused.map(tag('invalid')) },
    { weight: 2, arbitrary: wrong.map(tag('x-refuses')) },
    { weight: 3, arbitrary: anything }
  )
}

/** Stands for the refresh token of the case's fresh chain in the values of an `oauth2` spec. */
export const FRESH_REFRESH_TOKEN = 'FreshRefreshTokenOfThisCase0'

/** `read`, `READ`, `Read`. */
export const caseVariants = (word: string): string[] => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]
