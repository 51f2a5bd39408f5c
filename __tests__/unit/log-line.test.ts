/** The safe line writer: no line of the log can be read by the runner as a workflow command, whatever it holds. */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { neutraliseCommands } from '../../src/io/log-line.js'
import { outsideText } from '../../src/io/outside.js'
import { Redactor } from '../../src/io/secret.js'
import { SAMPLE } from '../../tools/simulator/fixtures.js'

/** As the runner reads stdout: lines split on CR and LF, white space (NEL too) trimmed at the start, then `::`; `##[` anywhere. */
const isCommand = (line: string) => line.replace(/^[\s\u0085]+/, '').startsWith('::') || line.includes('##[')

describe('neutraliseCommands', () => {
  test.each([
    ['::error::forged', ':\u200b:error::forged'],
    ['  \t::warning title=x::forged', '  \t:\u200b:warning title=x::forged'],
    ['\u0085::add-mask::x', '\u0085:\u200b:add-mask::x'],
    ['Uploading ::error::x', 'Uploading ::error::x'],
    ['text ##[error]x ##[group]y', 'text #\u200b#[error]x #\u200b#[group]y'],
    ['one\n::stop-commands::t\r::notice::n\r\n##[error]e', 'one\n:\u200b:stop-commands::t\r:\u200b:notice::n\r\n#\u200b#[error]e']
  ])('%j', (text, safe) => {
    expect(neutraliseCommands(text)).toBe(safe)
  })

  test('any text: no line of the result is a command, and only U+200B was added', () => {
    const piece = fc.constantFrom('::', '##[', '\n', '\r', ' ', '\t', '\u0085', '\u00a0', ':', '#', '[', 'error', 'x')
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('')
        const safe = neutraliseCommands(text)
        for (const line of safe.split(/\r\n|\r|\n/)) expect(isCommand(line)).toBe(false)
        expect(safe.replace(/\u200b/g, '')).toBe(text.replace(/\u200b/g, ''))
      }),
      { numRuns: 2000 }
    )
  })
})

describe('outside text: scrubbed whole, then cut', () => {
  const redactor = new Redactor()
  redactor.add(SAMPLE.accessSecret)
  const scrub = (t: string) => redactor.scrub(t)

  test('a secret that straddles the cut leaves no piece of itself, at any offset', () => {
    for (let at = 250; at < 300; at++) {
      const text = outsideText(`${'x'.repeat(at)}${SAMPLE.accessSecret} and more`, scrub, 300)
      expect(text.length).toBeLessThanOrEqual(300)
      for (let i = 0; i + 12 <= SAMPLE.accessSecret.length; i++) expect(text).not.toContain(SAMPLE.accessSecret.slice(i, i + 12))
    }
  })

  test('a cut never leaves half of an emoji', () => {
    expect(outsideText(`${'x'.repeat(8)}🚀🚀`, scrub, 10)).toBe(`${'x'.repeat(8)}…`)
    expect(outsideText(`${'x'.repeat(7)}🚀🚀`, scrub, 10)).toBe(`${'x'.repeat(7)}🚀…`)
  })

  test('control characters (terminal escapes among them) and bidirectional overrides become spaces; one line', () => {
    expect(outsideText('red \u001b[31mtext\u001b[0m\n\u202eevil\tend', scrub, 300)).toBe('red [31mtext [0m evil end')
  })
})
