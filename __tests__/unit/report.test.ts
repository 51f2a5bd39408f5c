/** The report from plain values: outputs, and a job summary that says exactly what was found. */
import { describe, expect, test } from '@jest/globals'
import type { Verification } from '../../src/checks/verify.js'
import { markdownToText } from '../../src/cli/markdown-text.js'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { finding } from '../../src/diagnoses/finding.js'
import { buildOutputs } from '../../src/report/outputs.js'
import { buildSummary, type SummaryInput } from '../../src/report/summary.js'
import { usageLines } from '../../src/auth/app-bearer/usage.js'
import type { XClient } from '../../src/x/api.js'

const user = { id: '1846203957715066880', username: 'release_bot', name: 'Release Bot' }
const verification = (over: Partial<Verification> = {}): Verification => ({
  rows: [
    { id: 'access-token', label: 'Access token and secret', verdict: 'pass', detail: 'Authenticated as @release_bot.' },
    { id: 'bearer', label: 'Bearer token', verdict: 'skip', detail: 'Not given.' }
  ],
  findings: [],
  verified: true,
  identity: { method: 'oauth1', user, accessLevel: 'read-write', client: {} as XClient },
  outputs: { 'bearer-valid': '', 'app-consistent': '' },
  summary: [],
  ...over
})
const input = (over: Partial<SummaryInput> = {}): SummaryInput => ({ offline: [], operations: [], fingerprints: [], calls: [], ...over })

describe('outputs', () => {
  test('all strings, unknown values empty, idle operations say so', () => {
    expect(buildOutputs({ idle: { 'bearer-valid': '', posted: 'false', 'tweet-ids': '[]' }, operations: [] })).toEqual({
      verified: 'false',
      'user-id': '',
      username: '',
      name: '',
      'access-level': '',
      auth: '',
      'bearer-valid': '',
      posted: 'false',
      'tweet-ids': '[]'
    })
  })

  test('the identity, the methods and the operations fill them in', () => {
    const out = buildOutputs({
      verification: verification({ outputs: { 'bearer-valid': 'true' } }),
      idle: { 'bearer-valid': '', posted: 'false' },
      operations: [{ posted: 'true' }]
    })
    expect(out).toMatchObject({
      verified: 'true',
      'user-id': user.id,
      username: 'release_bot',
      name: 'Release Bot',
      'access-level': 'read-write',
      'bearer-valid': 'true',
      posted: 'true'
    })
  })
})

describe('summary', () => {
  test('a run stopped by its inputs says no request was sent, with the problem and its fix', () => {
    const md = buildSummary(input({ offline: [finding('invalid-input', '`permission` must be one of …', 'permission')] }))
    expect(md).toContain('## X credentials: ❌ failed')
    expect(md).toContain('No request was sent to X')
    expect(md).toContain('❌ **Invalid input** — `permission` must be one of …\n\n1. Correct the input in the workflow file as the message says.')
  })

  test('every fix step of every problem, numbered, under its problem', () => {
    const md = buildSummary(
      input({ verification: verification({ verified: false, findings: [finding('access-level-too-low', 'Read only.', 'access-token')] }) })
    )
    const steps = DIAGNOSES['access-level-too-low'].fix.map((step, i) => `${i + 1}. ${step}`).join('\n')
    expect(md).toContain(`❌ **Access token cannot post (read-only)** — Read only.\n\n${steps}\n`)
  })

  test('the checks table, the account with its link and the required level', () => {
    const md = buildSummary(input({ verification: verification(), requiredLevel: 'read-write' }))
    expect(md).toContain('## X credentials: ✅ verified\n')
    expect(md).toContain('| Access token and secret | ✅ | Authenticated as @release_bot. |\n| Bearer token | ➖ | Not given. |')
    expect(md).toContain(
      '**Account:** [@release_bot](https://x.com/release_bot) (Release Bot, id `1846203957715066880`) · **access level:** `read-write` (required: `read-write`)'
    )
  })

  test('each fingerprint under its own input', () => {
    const md = buildSummary(
      input({
        fingerprints: [
          { input: 'api-key', fingerprint: 'sha256:aaaaaaaa' },
          { input: 'bearer-token', fingerprint: 'sha256:bbbbbbbb' }
        ]
      })
    )
    expect(md).toContain('**Fingerprints** (SHA-256, to tell keys apart): `api-key` sha256:aaaaaaaa · `bearer-token` sha256:bbbbbbbb')
  })

  test('rate-limit headroom is what remains of the limit, from the last answer of each endpoint', () => {
    const calls = [
      { endpoint: 'GET /2/users/me', headers: { rateLimit: { limit: 75, remaining: 74 } } },
      { endpoint: 'POST /2/tweets', headers: { rateLimit: { limit: 100, remaining: 99 } } },
      { endpoint: 'POST /2/tweets', headers: { rateLimit: { limit: 100, remaining: 98 } } }
    ]
    expect(buildSummary(input({ calls }))).toContain('**Rate-limit headroom:** /2/users/me 74/75 · /2/tweets 98/100')
  })

  test('the credentials and the operation are judged apart', () => {
    const md = buildSummary(
      input({
        verification: verification(),
        operations: [
          { findings: [finding('duplicate-content', 'Refused.', 'tweet')], outputs: {}, summary: ['### Posts'], headline: 'post: ❌ failed', costs: [] }
        ]
      })
    )
    expect(md).toMatch(/^## X credentials: ✅ verified · post: ❌ failed\n/)
    expect(md).toContain('### Posts')
  })

  test("the cost: the operations' requests, and the verification's read once however many attempts; none for a check only", () => {
    const calls = [
      { endpoint: 'GET /2/users/me', headers: {} },
      { endpoint: 'GET /2/users/me', headers: {} }
    ]
    const operation = { findings: [], outputs: {}, summary: [], headline: '', costs: [{ item: 'postWithUrl' as const, count: 1 }] }
    const md = buildSummary(input({ verification: verification(), calls, operations: [operation] }))
    expect(md).toContain('| User read — `GET /2/users/me`, the verification; billed once a UTC day | 1 | $0.010 per user returned | $0.010 |')
    expect(md).toContain('| **Total** | | | **$0.210** |')
    const checkOnly = buildSummary(input({ verification: verification(), calls, checkOnly: 'Nothing to post: credentials checked only.' }))
    expect(checkOnly).toContain('\nNothing to post: credentials checked only.\n')
    expect(checkOnly).not.toContain('### Cost')
  })

  test('project usage: the share of the cap, with a bar to match', () => {
    expect(usageLines({ cap: 2_000_000, used: 500_000, resetDay: 10 })[0]).toBe(
      '**Project usage:** `█████░░░░░░░░░░░░░░░` 500,000 of 2,000,000 posts this month (25.0 %) · resets on day 10 of the month'
    )
    expect(usageLines({ cap: 0, used: 5 })).toEqual([])
  })
})

test('markdown to text: aligned tables, links with their address, no emphasis marks', () => {
  const text = markdownToText('## Title\n\n| A | B |\n|---|---|\n| long cell | [x](https://x.com/a) |\n\n**bold** `code`\n')
  expect(text).toBe('Title\n\nA          B\nlong cell  x <https://x.com/a>\n\nbold code\n')
})
