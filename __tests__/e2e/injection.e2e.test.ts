/**
 * Injection: file names, alt texts, post texts and everything X says (its
 * details, a display name, ids, usernames) made of workflow commands
 * (`::error::`, `::add-mask::`, `::stop-commands::`, `##[error]`, `%0A`),
 * Markdown and HTML (`</details>`, `![x](…)`, links, backticks). None may
 * forge a command, an annotation, a mask, an output or a rendered element:
 * the log lines are neutralised where they are written, the summary escapes
 * every outside value, the outputs are checked against their form, and what
 * has a form at X (ids, usernames, scopes) is refused when it has not.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { OUTPUT_RULES } from '../../src/report/outputs.js'
import { INJECTIONS, SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, startSimulator, unique, warningIds, type Act } from '../helpers/e2e.js'
import { forgedCommands, renderedForgeries } from '../helpers/injection.js'
import { mp4, png } from '../helpers/media-files.js'

const creds = credentialInputs(SAMPLE)
/** The injections an input can hold: one line each, no control characters (the inputs refuse those). */
// eslint-disable-next-line no-control-regex
const ONE_LINE = INJECTIONS.filter((text) => !/[\u0000-\u001f\u202e]/.test(text))

let sim: XSimulator
beforeAll(async () => {
  sim = await startSimulator({ videoProcessingPolls: 1 })
})
afterAll(() => sim.close())
beforeEach(() => {
  sim.reset()
  sim.setHostile(undefined)
})

/** Nothing forged anywhere the runner or GitHub reads. */
function nothingForged(run: Act): void {
  expect(forgedCommands(run)).toEqual([])
  expect(renderedForgeries(run.summary)).toEqual([])
  expect(run.masks.filter((m) => ONE_LINE.some((text) => text.includes(m)))).toEqual([])
  for (const [name, value] of Object.entries(run.outputs)) expect({ name, ok: OUTPUT_RULES[name]?.test(value) }).toEqual({ name, ok: true })
  expect(errorIds(run).filter((id) => id.startsWith('untitled'))).toEqual([])
  expect(warningIds(run).filter((id) => id.startsWith('untitled'))).toEqual([])
}

describe('from the workflow: file names, alt texts and texts', () => {
  test('a video named like an annotation, uploaded in chunks: its progress lines forge nothing', async () => {
    const name = '::error title=Forged::clip.mp4'
    const run = await act(sim, { ...creds, tweet: unique('Release video'), media: name }, { files: { [name]: mp4(5 * 1024 * 1024) } })
    expect(run.exitCode).toBe(0)
    expect(errorIds(run)).toEqual([])
    // The name is in the log, as text: the chunk line starts with it.
    expect(run.stdout).toMatch(/^:\u200b:error title=Forged::clip\.mp4: uploaded chunk 1 of 2\.$/m)
    nothingForged(run)
    expect(run.outputs.posted).toBe('true')
  })

  test('a dry run whose text, file names and alt texts are made of commands, Markdown and HTML: shown as text, nothing forged', async () => {
    const files = { 'img/a`b.png': png(8, 8, 1), 'img/<details><img src=x>![x](https:example.invalid).png': png(8, 9, 2), 'img/##[error]c.png': png(9, 8, 3) }
    const run = await act(
      sim,
      {
        ...creds,
        tweet: unique(ONE_LINE.slice(0, 4).join('\n')),
        media: Object.keys(files).join('\n'),
        'media-alt-text': [ONE_LINE.slice(0, 6).join(' '), ONE_LINE.slice(6).join(' '), '``` `'].join('\n'),
        'dry-run': 'true'
      },
      { files }
    )
    expect(run.errors).toEqual([])
    expect(run.exitCode).toBe(0)
    nothingForged(run)
    // What was given is shown: the text in a code block, the names in code spans, the alt texts escaped.
    expect(run.summary).toContain(ONE_LINE[0])
    expect(run.summary).toContain('- ``img/a`b.png`` —')
    expect(run.summary).toContain('alt text: “\\`\\`\\` \\`”')
  })
})

describe('from X: details, display names, ids, usernames', () => {
  test("X's error details full of commands and Markdown: the refusal is reported, nothing forged", async () => {
    sim.setHostile({ inject: 'texts' })
    sim.fault('users/me', [{ status: 403, body: { title: 'Forbidden', detail: 'Forbidden', type: 'about:blank', status: 403 } }])
    const run = await act(sim, creds)
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('x-error')
    // X's words are in the annotation (whose message the runner never reads as a command), and its line breaks are gone.
    expect(run.errors.join('\n')).toContain('Forbidden ::error title=Forged::forged by the server ::warning::forged warning')
    nothingForged(run)
  })

  test('a display name made of commands and Markdown: the account is verified, its name shown as text', async () => {
    sim.setHostile({ inject: 'texts' })
    const run = await act(sim, creds)
    expect(run.exitCode).toBe(0)
    expect(run.outputs.username).toBe('release_bot')
    expect(run.outputs.name).toMatch(/^Release Bot /)
    nothingForged(run)
  })

  test('a username X could never have: the answer is not read, no output carries it', async () => {
    sim.setHostile({ inject: 'fields', routes: ['users/me'] })
    const run = await act(sim, { ...creds, 'timeout-seconds': '2' })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toContain('x-unavailable')
    expect(run.errors.join('\n')).toMatch(/the username is not one X's rules allow in the answer/)
    expect(run.outputs).toMatchObject({ verified: 'false', username: '', 'user-id': '' })
    nothingForged(run)
  })

  test("a created post's id with a command after it: not taken as an id; the retry's duplicate answer proves the post, no output carries it", async () => {
    sim.setHostile({ inject: 'fields', routes: ['tweets'] })
    const run = await act(sim, { ...creds, tweet: unique('Hostile id') })
    expect(sim.posts).toHaveLength(1)
    expect(warningIds(run)).toContain('post-confirmed-by-retry')
    expect(run.outputs.posted).toBe('true')
    expect(run.outputs['tweet-ids']).not.toContain('forged')
    nothingForged(run)
  })
})
