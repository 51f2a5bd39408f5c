/** The catalogue: every diagnosis titled, explained, fixed, used by the code and asserted by a scenario, by id. */
import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { explain, finding } from '../../src/diagnoses/finding.js'
import { InputError } from '../../src/diagnoses/input-error.js'
import { failUnexpected } from '../../src/main.js'
import { redacting } from '../../src/io/redacting-io.js'
import { captureIO } from '../helpers/capture-io.js'

const read = (dir: string, keep: (f: string) => boolean) =>
  fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter(keep)
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n')

describe('every diagnosis', () => {
  const sources = read('src', (f) => f.endsWith('.ts') && !f.endsWith('catalogue.ts'))
  const scenarios = read('__tests__/e2e', (f) => f.endsWith('.ts'))
  // Reached only through a fault inside the action or a budget no scenario can exhaust; tested below instead.
  const UNIT_TESTED = ['internal-error', 'deadline-exceeded']

  test.each(Object.entries(DIAGNOSES))('%s: titled, explained, fixed, used by the code and asserted by a scenario', (id, entry) => {
    expect(entry.title.length).toBeGreaterThan(5)
    expect(entry.cause.length).toBeGreaterThan(20)
    expect(entry.fix.length).toBeGreaterThan(0)
    expect(sources).toContain(`'${id}'`)
    if (!UNIT_TESTED.includes(id)) expect(scenarios).toContain(`'${id}'`)
  })

  test('titles are unique: an annotation title names one diagnosis', () => {
    const titles = Object.values(DIAGNOSES).map((d) => d.title)
    expect(new Set(titles).size).toBe(titles.length)
  })
})

test('explain() puts the fix after the message, numbered when there are several steps', () => {
  expect(explain(finding('whitespace-trimmed', 'Trimmed.'))).toBe('Trimmed. Fix: Edit the secret and paste the value again without surrounding whitespace.')
  expect(explain(finding('access-level-too-low', 'Read only.'))).toMatch(/^Read only\. Fix: \(1\) .* \(2\) .* \(3\) .* \(4\) /)
})

test('an input error carries its diagnosis, so nothing reads the message to tell refusals apart', () => {
  expect(new InputError('tweet', '`tweet`: too long.', 'text-too-long').toFinding()).toEqual({
    id: 'text-too-long',
    severity: 'error',
    message: '`tweet`: too long.',
    subject: 'tweet'
  })
  expect(new InputError('permission', '`permission` must be one of …').toFinding().id).toBe('invalid-input')
})

test('an unexpected error ends through setFailed with a short message, no stack', () => {
  const { io, captured } = captureIO({})
  failUnexpected(new TypeError('boom'), redacting(io))
  expect(captured.failed).toHaveLength(1)
  expect(captured.failed[0]).toMatch(/^Unexpected error \(TypeError: boom\)\. Fix: /)
  expect(captured.failed[0]).not.toMatch(/\n\s+at /)
})
