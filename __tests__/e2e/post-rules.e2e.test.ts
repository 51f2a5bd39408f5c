/**
 * X's 2026 posting rules, end to end through dist/index.js against the
 * simulator: what is refused before any request (more than one cashtag, a
 * blank text), what is warned about (mentions), what X refuses (quotes on
 * self-serve plans, its generic "not permitted"), and what a run says about
 * itself (check only, dry run, what it cost).
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from '@jest/globals'
import { ENTERPRISE, SAMPLE, SUMMONED_POST_ID, XSimulator } from '../../tools/simulator/index.js'
import { TOO_MANY_CASHTAGS } from '../../tools/simulator/cashtags.js'
import { forbidden } from '../../tools/simulator/problems.js'
import { REPO_ROOT } from '../../tools/runner.js'
import { act, credentialInputs, errorIds, requestsTo, unique, warningIds, withSimulator } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

let sim: XSimulator
withSimulator((started) => (sim = started))

const creds = credentialInputs(SAMPLE)
const count = (route: string) => requestsTo(sim, route)
const CHECK_ONLY = 'Nothing to post (`tweet`, `tweet-file` and `media` are empty); nothing to delete (`delete` is empty): credentials checked only.'

describe('quotes need an Enterprise plan', () => {
  test('a quote from a self-serve App: the quote diagnosis, nothing posted, and no "quote instead" anywhere', async () => {
    const run = await act(sim, { ...creds, tweet: unique('Worth reading'), quote: SUMMONED_POST_ID })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['quote-not-allowed'])
    expect(run.errors.join('\n')).toContain(
      'POST /2/tweets: X answered HTTP 403: Forbidden — Quoting this post is not allowed because you have not been mentioned or are not part of the conversation thread of the post you are quoting.'
    )
    expect(sim.posts).toHaveLength(0)
    expect(run.stdout + run.summary).not.toMatch(/quote[^.]*instead/i)
  })

  test('the same quote from an App on an Enterprise plan is posted', async () => {
    const run = await act(sim, { ...credentialInputs(ENTERPRISE), tweet: unique('Worth reading'), quote: SUMMONED_POST_ID })
    expect(run.exitCode).toBe(0)
    expect(sim.posts[0].quoteOf).toBe(SUMMONED_POST_ID)
  })

  test('nothing the project ships advises to quote instead, and action.yml and the README say quote needs Enterprise', () => {
    const read = (file: string) => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')
    const shipped = [
      'README.md',
      'action.yml',
      'src/diagnoses/catalogue.ts',
      ...fs
        .readdirSync(path.join(REPO_ROOT, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    ]
    for (const file of shipped) expect({ file, advice: /quote (the post |it )?instead/i.test(read(file)) }).toEqual({ file, advice: false })
    expect(read('action.yml')).toMatch(/quote:\n\s+description: '[^']*Enterprise plan/)
    expect(read('README.md')).toMatch(/### `quote`\n\n\*\*Optional:\*\* [^\n]*Enterprise plan/)
  })
})

describe('cashtags: at most one per post, checked before sending', () => {
  test('release notes with $HOME, $PATH and $GITHUB_TOKEN in part 2: refused with zero requests, naming the part and the cashtags', async () => {
    const run = await act(sim, { ...creds, tweet: 'v2.0 is out.\n---\nSet $HOME and $PATH first; the token is $GITHUB_TOKEN.' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['too-many-cashtags'])
    expect(run.errors.join('\n')).toContain(
      '`tweet`: X allows at most one cashtag (`$` followed by letters, as in `$HOME`) per post, and part 2 of 2 has 3 ($HOME, $PATH, $GITHUB)'
    )
    expect(sim.requests).toHaveLength(0)
  })

  test('one cashtag, and others in backquotes (which X does not read as cashtags): posted', async () => {
    const text = unique('$ACME is up; set `$HOME` and `$PATH` first.')
    const run = await act(sim, { ...creds, tweet: text })
    expect(run.exitCode).toBe(0)
    expect(sim.posts.map((p) => p.text)).toEqual([text])
  })

  test("X's own refusal of cashtags gets the same diagnosis", async () => {
    const refused = forbidden(TOO_MANY_CASHTAGS)
    sim.fault('tweets', [{ status: refused.status, body: refused.body }])
    const run = await act(sim, { ...creds, tweet: unique('One $ACME') })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['too-many-cashtags'])
  })
})

test('a thread repeating one of its parts: refused before sending, since X would refuse the repeat and leave the thread half-posted', async () => {
  const run = await act(sim, { ...creds, tweet: `${unique('v2.2 is out.')}\n---\nThanks!\n---\nMore soon.\n---\nThanks!` })
  expect(run.exitCode).toBe(1)
  expect(errorIds(run)).toEqual(['duplicate-content'])
  expect(run.errors.join('\n')).toContain('`tweet`: part 4 repeats part 2 of 4')
  expect(sim.requests).toHaveLength(0)
})

describe('mentions: a warning, before sending', () => {
  test('"by @alice in #123": a warning naming the part and the handle, in the log and the summary; the post goes out', async () => {
    const run = await act(sim, { ...creds, tweet: unique('v2.1 is out.') + '\n---\nFixed the parser, by @alice and @bob_dev in #123.' })
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['mentions-in-post'])
    expect(run.warnings.join('\n')).toContain('`tweet`: part 2 mentions @alice, @bob_dev.')
    expect(run.summary).toContain('⚠️ **Post mentions other accounts** — `tweet`: part 2 mentions @alice, @bob_dev.')
    expect(sim.posts).toHaveLength(2)
  })

  test('in a dry run, the part that mentions is marked where it is shown', async () => {
    const run = await act(sim, { ...creds, tweet: 'Thanks @alice!', 'dry-run': 'true' })
    expect(run.exitCode).toBe(0)
    expect(warningIds(run)).toEqual(['mentions-in-post'])
    expect(run.summary).toContain('**Part 1 of 1** — 14/280 weighted characters · ⚠️ mentions `@alice`')
  })
})

describe('blank posts fail; nothing to post is said plainly', () => {
  test.each([
    [
      'a `tweet` of spaces and blank lines (a release body that was empty)',
      { tweet: '  \n\n \n' },
      'tweet',
      '`tweet` holds only whitespace (3 line breaks and 3 spaces or tabs)'
    ],
    ['an empty `tweet-file`', { 'tweet-file': 'notes.txt' }, 'tweet-file', "`tweet-file`: 'notes.txt' is empty"],
    ['a `tweet-file` of blank lines', { 'tweet-file': 'blank.txt' }, 'tweet-file', "`tweet-file`: 'blank.txt' holds only whitespace (2 line breaks)"],
    ['an empty `tweet-file` with media (not silently a media-only post)', { 'tweet-file': 'notes.txt', media: 'a.png' }, 'tweet-file', "'notes.txt' is empty"]
  ])('%s: red, naming the input, with no request', async (_what, inputs, input, message) => {
    const run = await act(sim, { ...creds, ...inputs }, { files: { 'notes.txt': '', 'blank.txt': '\n\n', 'a.png': png(4, 4, 1) } })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['blank-post'])
    expect(run.errors.join('\n')).toContain(message)
    expect(run.errors.join('\n')).toContain(`\`${input}\``)
    expect(sim.requests).toHaveLength(0)
  })

  test.each([
    ['`tweet` not given', {}],
    ['`tweet` given as empty, as the runner passes an input the step leaves out', { tweet: '', 'tweet-file': '', media: '' }]
  ])('%s: the credentials are checked only, and the log and the summary say so', async (_what, inputs) => {
    const run = await act(sim, { ...creds, ...inputs })
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')).toContain(CHECK_ONLY)
    expect(run.summary).toContain(CHECK_ONLY)
    expect(run.summary).not.toContain('### Cost')
    expect(count('tweets')).toBe(0)
  })
})

describe('a run says what it did, and what it cost', () => {
  test('dry run: a log line, and the summary header says "dry run"; nothing uploaded or posted', async () => {
    const run = await act(sim, { ...creds, tweet: unique('Trying the template'), media: 'a.png', 'dry-run': 'true' }, { files: { 'a.png': png(4, 4, 2) } })
    expect(run.exitCode).toBe(0)
    expect(run.stdout.split('\n')).toContain('Dry run: nothing was uploaded or posted.')
    expect(run.summary.split('\n')[0]).toBe('## X credentials: ✅ verified · dry run: nothing was uploaded or posted')
    expect(count('tweets') + count('media/initialize')).toBe(0)
  })

  test('a post with a URL: the expensive kind, marked, with the verification read and the total', async () => {
    const run = await act(sim, { ...creds, tweet: unique('v3.0 is out: https://example.com/releases/v3.0') })
    expect(run.exitCode).toBe(0)
    expect(costTable(run.summary)).toEqual([
      '### Cost on pay-per-use',
      '',
      '| Request | Count | Price | Cost |',
      '|---|--:|--:|--:|',
      '| Post with a URL 💲 (the expensive kind) — `POST /2/tweets` | 1 | $0.200 per request | $0.200 |',
      '| User read — `GET /2/users/me`, the verification; billed once a UTC day | 1 | $0.010 per user returned | $0.010 |',
      '| **Total** | | | **$0.210** |',
      '',
      "At X's pay-per-use prices as of 2026-09 (https://docs.x.com/x-api/getting-started/pricing); on a Basic or Pro subscription these requests are covered by the plan instead."
    ])
  })

  test('a post without a URL, with an image and its alt text', async () => {
    const run = await act(
      sim,
      { ...creds, tweet: unique('v3.1 is out.'), media: 'a.png', 'media-alt-text': 'The new dashboard' },
      { files: { 'a.png': png(4, 4, 3) } }
    )
    expect(run.exitCode).toBe(0)
    expect(costTable(run.summary).slice(4, 8)).toEqual([
      '| Post — `POST /2/tweets` | 1 | $0.015 per request | $0.015 |',
      '| Media metadata (alt text) — `POST /2/media/metadata` | 1 | $0.005 per request | $0.005 |',
      '| User read — `GET /2/users/me`, the verification; billed once a UTC day | 1 | $0.010 per user returned | $0.010 |',
      '| **Total** | | | **$0.030** |'
    ])
  })

  test('a dry run shows what posting would cost, the sent read apart from the requests not sent', async () => {
    const run = await act(sim, { ...creds, tweet: 'Release 2.0: https://example.com/r\n---\nThanks!', 'dry-run': 'true' })
    expect(costTable(run.summary).slice(0, 8)).toEqual([
      '### Cost on pay-per-use (what this run would cost without the dry run)',
      '',
      '| Request | Count | Price | Cost |',
      '|---|--:|--:|--:|',
      '| Post with a URL 💲 (the expensive kind) — `POST /2/tweets` (not sent) | 1 | $0.200 per request | $0.200 |',
      '| Post — `POST /2/tweets` (not sent) | 1 | $0.015 per request | $0.015 |',
      '| User read — `GET /2/users/me`, the verification; billed once a UTC day | 1 | $0.010 per user returned | $0.010 |',
      '| **Total** | | | **$0.225** |'
    ])
    expect(run.summary).toContain('**Part 1 of 2** — 36/280 weighted characters · has a URL: the expensive kind, $0.200 on pay-per-use')
  })
})

/** The summary's cost section, from its heading to the line after the table. */
function costTable(summary: string): string[] {
  const lines = summary.split('\n')
  const start = lines.findIndex((l) => l.startsWith('### Cost on pay-per-use'))
  expect(start).toBeGreaterThan(-1)
  return lines.slice(start, lines.indexOf('', lines.indexOf('| Request | Count | Price | Cost |', start)) + 2)
}
