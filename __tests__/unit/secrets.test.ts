/** Secrets are a type: they print as their input's name, and the redactor hides every form registered. */
import { expect, test } from '@jest/globals'
import { Redactor, Secret, derivedForms, fingerprint } from '../../src/io/secret.js'
import { SAMPLE } from '../../tools/simulator/fixtures.js'

test('a Secret prints as its input name, never its value', () => {
  const s = new Secret('api-key', SAMPLE.apiKey)
  expect(`${s}`).toBe('[secret api-key]')
  expect(JSON.stringify({ s })).toBe('{"s":"[secret api-key]"}')
  expect(s.fingerprint).toBe(fingerprint(SAMPLE.apiKey))
  expect(s.fingerprint).toMatch(/^sha256:[0-9a-f]{8}$/)
  expect(s.equals(s.with(SAMPLE.apiKey))).toBe(true)
  expect(s.equals(s.with(SAMPLE.apiSecret))).toBe(false)
})

test('derived forms cover trimmed, decoded and encoded bearer forms', () => {
  const forms = derivedForms(` ${SAMPLE.bearerToken}\n`)
  expect(forms).toEqual(expect.arrayContaining([SAMPLE.bearerToken, decodeURIComponent(SAMPLE.bearerToken), encodeURIComponent(SAMPLE.bearerToken)]))
})

test('the redactor hides every registered form, longest first, and ignores very short values', () => {
  const r = new Redactor()
  r.add(SAMPLE.bearerToken)
  r.add('ab')
  expect(r.redact(`x ${decodeURIComponent(SAMPLE.bearerToken)} y ${SAMPLE.bearerToken} ab`)).toBe('x *** y *** ab')
})
