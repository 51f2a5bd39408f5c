/** Settings: every input but the credentials, read once, every broken one reported at once. */
import { describe, expect, test } from '@jest/globals'
import { OPERATIONS } from '../../src/operations/registry.js'
import { levelRank, strictest } from '../../src/settings/access-level.js'
import { baseUrl } from '../../src/settings/rules.js'
import { readSettings } from '../../src/settings/settings.js'
import { isInside } from '../../src/settings/workspace.js'

const inputsOf = (values: Record<string, string>) => (name: string) => values[name] ?? ''
const readers = OPERATIONS.map((o) => (inputs: Parameters<typeof o.read>[0]) => o.read(inputs))

test('defaults, and no operation when nothing is to be posted', () => {
  const { settings, errors } = readSettings(inputsOf({}), { GITHUB_WORKSPACE: '/ws' }, readers)
  expect(errors).toEqual([])
  expect(settings).toEqual({
    permission: 'read-write',
    expectUsername: undefined,
    apiBaseUrl: 'https://api.x.com',
    timeoutMs: 30000,
    rateLimitWaitSeconds: 60,
    dryRun: false,
    workspace: '/ws',
    plans: []
  })
})

test('a tweet plans the post operation', () => {
  const { settings } = readSettings(inputsOf({ tweet: 'Hello' }), {}, readers)
  expect(settings?.plans.map((p) => p.operation.id)).toEqual(['post'])
})

test('every broken input is reported at once, each naming its input in backticks', () => {
  const { errors } = readSettings(
    inputsOf({
      permission: 'write',
      'timeout-seconds': 'ten',
      'dry-run': 'yes',
      'on-duplicate': 'ignore',
      'expect-username': 'not a name',
      'reply-to': 'a\nb'
    }),
    {},
    readers
  )
  expect(errors.map((e) => e.input).sort()).toEqual(['dry-run', 'expect-username', 'on-duplicate', 'permission', 'reply-to', 'timeout-seconds'])
  for (const e of errors) expect(e.message).toMatch(new RegExp(`^(Give either )?\`${e.input}\``))
  for (const e of errors) expect(e.diagnosis).toBe('invalid-input')
})

describe('api-base-url', () => {
  test('https anywhere, http only to loopback', () => {
    expect(baseUrl('https://gateway.example.com/x/')).toBe('https://gateway.example.com/x')
    expect(baseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080')
    expect(baseUrl('http://[::1]:9')).toBe('http://[::1]:9')
    expect(baseUrl('http://localhost:1')).toBe('http://localhost:1')
    for (const bad of ['http://10.0.0.1', 'http://localhost.evil.com', 'ftp://api.x.com', 'https://user:pw@api.x.com', 'https://api.x.com/?a=1', 'not a url']) {
      expect(() => baseUrl(bad)).toThrow(/`api-base-url`/)
    }
  })
})

describe('access levels', () => {
  test('rank as X grants them; unknown below read', () => {
    expect(levelRank('read')).toBeLessThan(levelRank('read-write'))
    expect(levelRank('read-write')).toBeLessThan(levelRank('read-write-directmessages'))
    expect(levelRank('read-write-privatemessages')).toBe(levelRank('read-write-directmessages'))
    expect(levelRank(undefined)).toBeLessThan(levelRank('read'))
  })

  test('the strictest requirement wins, and the first keeps its reason on a tie', () => {
    const permission = { level: 'read-write' as const, because: '`permission` is `read-write`' }
    const posting = { level: 'read-write' as const, because: 'posting needs `read-write`' }
    expect(strictest([permission, posting])).toBe(permission)
    expect(strictest([{ level: 'read', because: '`permission` is `read`' }, posting])).toBe(posting)
  })
})

describe('workspace paths', () => {
  test('inside means strictly below; a name starting with two dots is inside', () => {
    expect(isInside('/ws', '/ws/..notes.txt')).toBe(true)
    expect(isInside('/ws', '/ws/a/b.png')).toBe(true)
    expect(isInside('/ws', '/ws')).toBe(false)
    expect(isInside('/ws', '/other/x')).toBe(false)
    expect(isInside('/ws', '/ws/../x')).toBe(false)
  })
})
