/**
 * What the fuzzing draws from: the hostile edge cases every input meets, random
 * strings, and the near misses built from a valid value (broken so that a
 * one-line input must refuse it, or padded so that it must accept it). What
 * each input is fuzzed with is in settings-inputs.ts and posting-inputs.ts.
 */
import fc from 'fast-check'
import type { DiagnosisId } from '../../src/diagnoses/catalogue.js'
import type { XSimulator } from '../../tools/simulator/index.js'
import type { Outcome } from './world.js'

/** What must happen, when the generator knows: success, a refusal before any request, or X's refusal. */
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
  /** When X (the simulator), not the offline checks, refuses: the diagnoses that may result. */
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

/** `read`, `READ`, `Read`. */
export const caseVariants = (word: string): string[] => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)]
