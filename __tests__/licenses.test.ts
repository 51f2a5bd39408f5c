import {
  ALLOWED_LICENSES,
  checkLicenses,
  checkRepository,
  concatenatedPackages,
  isAllowed,
  parseLicensesTxt,
  type CheckInput
} from '../tools/check-licenses.js'

const MIT_TEXT = `MIT License

Copyright (c) Someone

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software.

THE SOFTWARE IS PROVIDED "AS IS".`

/** licenses.txt as ncc writes it: sorted, `name`, optional SPDX line, text, blank line. */
function licensesTxt(entries: { name: string; license?: string; text?: string }[]): string {
  return (
    entries
      .map((e) => [e.name, e.license, e.text ?? MIT_TEXT].filter((l) => l !== undefined).join('\n'))
      .join('\n\n')
      .trim() + '\n'
  )
}

function lockOf(packages: Record<string, { license?: string; dev?: boolean }>): CheckInput['lock'] {
  return {
    packages: { '': {}, ...Object.fromEntries(Object.entries(packages).map(([name, meta]) => [`node_modules/${name}`, { version: '1.0.0', ...meta }])) }
  }
}

const input = (over: Partial<CheckInput>): CheckInput => ({
  licenseFiles: {},
  bundles: {},
  lock: lockOf({}),
  readPackageFile: () => undefined,
  ...over
})

describe('the licences of bundled dependencies', () => {
  test('the committed dist/ bundles only packages with allowed licences', () => {
    const report = checkRepository()
    expect(report.problems).toEqual([])
    expect(report.checked.get('twitter-api-v2')).toBe('Apache-2.0')
    expect(report.checked.get('@actions/core')).toBe('MIT')
  })

  test('twitter-text, which declares no licence, is read from its LICENSE file', () => {
    expect(checkRepository().checked.get('twitter-text')).toBe('Apache-2.0')
  })

  test('the allow-list is the permissive one', () => {
    expect([...ALLOWED_LICENSES].sort()).toEqual(['0BSD', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'BlueOak-1.0.0', 'ISC', 'MIT'])
  })

  test.each([
    ['MIT', true],
    ['(MIT OR GPL-3.0-only)', true],
    ['MIT OR Apache-2.0', true],
    ['MIT AND BSD-3-Clause', true],
    ['MIT AND GPL-3.0-only', false],
    ['(MIT AND (ISC OR GPL-2.0-only))', true],
    ['GPL-3.0-or-later', false],
    ['LGPL-2.1-only', false],
    ['Apache-2.0 WITH LLVM-exception', false],
    ['SEE LICENSE IN LICENSE.md', false],
    ['UNLICENSED', false],
    ['(MIT', false],
    ['', false],
    [undefined, false]
  ])('%s → allowed: %s', (expression, allowed) => {
    expect(isAllowed(expression)).toBe(allowed)
  })

  test('parses ncc licenses.txt, whose licence texts hold blank lines', () => {
    const text = licensesTxt([
      { name: '@scope/pkg', license: 'MIT' },
      { name: 'no-license-id', text: 'Some licence text\n\nwith a blank line' },
      { name: 'other', license: '(MIT OR Apache-2.0)' }
    ])
    expect(parseLicensesTxt(text, new Set(['no-license-id']))).toEqual([
      { name: '@scope/pkg', license: 'MIT' },
      { name: 'no-license-id', license: undefined },
      { name: 'other', license: '(MIT OR Apache-2.0)' }
    ])
  })

  test('a bundled package with a copyleft licence fails', () => {
    const report = checkLicenses(
      input({
        licenseFiles: { 'dist/licenses.txt': licensesTxt([{ name: 'gpl-thing', license: 'GPL-3.0-only' }]) },
        lock: lockOf({ 'gpl-thing': { license: 'GPL-3.0-only' } })
      })
    )
    expect(report.problems.map((p) => [p.name, p.problem])).toEqual([
      ['gpl-thing', 'licence GPL-3.0-only is not in the allow-list'],
      ['gpl-thing', 'licence GPL-3.0-only is not in the allow-list']
    ])
  })

  test('a production dependency without a licence fails, even when ncc did not list it', () => {
    const report = checkLicenses(input({ licenseFiles: { 'dist/licenses.txt': '' }, lock: lockOf({ mystery: {} }) }))
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatchObject({ name: 'mystery', problem: expect.stringContaining('declares no licence') })
  })

  test('a devDependency that ended up in the bundle fails', () => {
    const report = checkLicenses(
      input({
        licenseFiles: { 'dist/licenses.txt': licensesTxt([{ name: 'jest-thing', license: 'MIT' }]) },
        lock: lockOf({ 'jest-thing': { license: 'MIT', dev: true } })
      })
    )
    expect(report.problems.map((p) => p.problem)).toEqual([expect.stringContaining('not a production dependency')])
  })

  test('an undeclared licence is accepted only while its LICENSE file still says so', () => {
    const lock = lockOf({ 'twitter-text': {} })
    const apache = checkLicenses(input({ lock, readPackageFile: () => 'Licensed under the Apache License, Version 2.0 (the "License")' }))
    expect(apache.problems).toEqual([])
    const changed = checkLicenses(input({ lock, readPackageFile: () => 'GNU GENERAL PUBLIC LICENSE Version 3' }))
    expect(changed.problems[0].problem).toContain('no longer reads as Apache-2.0')
    const missing = checkLicenses(input({ lock }))
    expect(missing.problems[0].problem).toContain('cannot be read')
  })

  test('packages webpack concatenated into the bundle but missing from licenses.txt are reported, not failed', () => {
    const bundle = ';// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js\n;// CONCATENATED MODULE: ./node_modules/undici/index.js\n'
    expect(concatenatedPackages(bundle)).toEqual(['@actions/core', 'undici'])
    const report = checkLicenses(
      input({
        licenseFiles: { 'dist/licenses.txt': licensesTxt([{ name: 'undici', license: 'MIT' }]) },
        bundles: { 'dist/index.js': bundle },
        lock: lockOf({ '@actions/core': { license: 'MIT' }, undici: { license: 'MIT' } })
      })
    )
    expect(report.problems).toEqual([])
    expect(report.unlisted).toEqual(['@actions/core'])
  })
})
