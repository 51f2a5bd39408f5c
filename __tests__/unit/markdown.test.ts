/** The one escaper of the summary and the preview comment: outside values render as text, code spans hold anything, no mention pings anyone. */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { marked } from 'marked'
import { commentBody, MARKER } from '../../src/operations/preview/comment.js'
import { codeBlock, codeSpan, escapeMarkdown, inlineMarkdown, quietMentions, tableCell } from '../../src/report/markdown.js'

const html = (markdown: string) => (marked.parse(markdown, { gfm: true, async: false }) as string).trim()
/** What a reader sees of rendered HTML: its text, entities decoded. */
const text = (rendered: string) =>
  rendered
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

describe('escapeMarkdown', () => {
  test.each([
    '![x](https://example.invalid/x.png)',
    '[click](https://example.invalid)',
    '</details><img src=x onerror=alert(1)>',
    '`code` ``` fence',
    'a \\[not a link\\](x)',
    '$x^2$ and <!-- a comment -->'
  ])('%s renders as exactly that text: no element, a web address at most shown as itself', (value) => {
    const rendered = html(`Before ${escapeMarkdown(value)} after`)
    expect(rendered).not.toMatch(/<(img|code|details|script)\b/)
    for (const [, href, label] of rendered.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(label).toBe(href)
    expect(text(rendered)).toBe(`Before ${value} after`)
  })

  test('line breaks become spaces: nothing starts a heading, a list or a new row', () => {
    expect(escapeMarkdown('one\n# two\n- three')).toBe('one # two - three')
  })
})

describe('codeSpan', () => {
  test('holds any text, backticks included, on one line', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => /\S/.test(s) && !/[\r\n]/.test(s)),
        (value) => {
          const rendered = html(codeSpan(value))
          const code = /^<p><code>([\s\S]*)<\/code><\/p>$/.exec(rendered)
          expect(code).not.toBeNull()
          expect(text(code![1])).toBe(value)
        }
      ),
      { numRuns: 1000 }
    )
  })
})

test('codeBlock: a fence longer than any run of backticks inside', () => {
  const value = 'a\n```\nb ```` c'
  const rendered = html(codeBlock(value).join('\n'))
  expect(rendered).toMatch(/^<pre><code class="language-text">/)
  expect(text(rendered).replace(/\n$/, '')).toBe(value)
})

describe('inlineMarkdown: a message of the run', () => {
  test('its own code spans stay code spans; the outside words in it render nothing', () => {
    const rendered = html(inlineMarkdown("`media`: 'a.png' is not ![x](https://example.invalid/x.png) </details> `tweet`"))
    expect(rendered).not.toMatch(/<(img|details)\b/)
    expect(rendered).toContain('<code>media</code>')
    expect(rendered).toContain('<code>tweet</code>')
  })

  test('a backtick in an outside word may pair with one of the message: what it makes is code, which renders nothing either', () => {
    const rendered = html(inlineMarkdown("`media`: 'a`b.png' is not ![x](https://example.invalid/x.png) `tweet`"))
    expect(rendered).not.toMatch(/<(img|details)\b/)
    expect(rendered).toContain('<code>media</code>')
  })

  test('in a table cell, pipes in code and text stay in the cell', () => {
    const table = ['| a | b |', '|---|---|', `| x | ${tableCell('one | two `c|d` three')} |`].join('\n')
    expect(html(table).match(/<td>/g)).toHaveLength(2)
  })
})

describe('quietMentions', () => {
  test('outside code only: text, links; code spans and fenced blocks stay as they are', () => {
    const md = ['by @alice and [@bob](https://x.com/bob), `@carol`', '```text', '@dave', '```', 'mail a@b.c'].join('\n')
    expect(quietMentions(md)).toBe(['by @\u200balice and [@\u200bbob](https://x.com/bob), `@carol`', '```text', '@dave', '```', 'mail a@b.c'].join('\n'))
  })

  test('and no #123 links to an issue, outside code', () => {
    expect(quietMentions('fixes #12 and `#13`, &#35; stays')).toBe('fixes #\u200b12 and `#13`, &#35; stays')
  })
})

describe('the preview comment', () => {
  test('starts with the marker; a report over the limit is cut at a line, closing an open code block', () => {
    const report = ['## Report', '```text', ...Array.from({ length: 7000 }, (_, i) => `line ${i} of a long post`), '```', 'the end'].join('\n')
    const body = commentBody(report, '<sub>footer</sub>')
    expect(body.startsWith(`${MARKER}\n`)).toBe(true)
    expect(body.length).toBeLessThan(65_536)
    expect(body).not.toContain('the end')
    const fences = body.split('\n').filter((l) => /^```/.test(l))
    expect(fences.length % 2).toBe(0)
    expect(body).toContain('the job summary has all of it')
  })
})
