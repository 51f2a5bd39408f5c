/** Values from outside in Markdown: shown exactly as they are, and never a link, HTML, a cell break or a mention. */
import { describe, expect, test } from '@jest/globals'
import { commentBody, MARKER } from '../../src/operations/preview/comment.js'
import { codeBlock, codeSpan, escapeMarkdown, quietMentions } from '../../src/report/markdown.js'

describe('escapeMarkdown', () => {
  test('escapes every punctuation character, flattens lines, and breaks mentions and references', () => {
    expect(escapeMarkdown('a *b* [c](http://x) <img src=x> | d\ne @alice #12')).toBe(
      'a \\*b\\* \\[c\\]\\(http\\:\\/\\/x\\) \\<img src\\=x\\> \\| d e @\u200balice #\u200b12'
    )
  })
})

describe('codeSpan and codeBlock', () => {
  test('a fence longer than any run of backquotes inside, so the value cannot end it', () => {
    expect(codeSpan('shot`1`.png')).toBe('``shot`1`.png``')
    expect(codeSpan('`x`')).toBe('`` `x` ``')
    expect(codeBlock('a\n```\nb')).toEqual(['````text', 'a\n```\nb', '````'])
    expect(codeBlock('plain')).toEqual(['```text', 'plain', '```'])
  })
})

describe('quietMentions', () => {
  test('outside code only: text, links; code spans and fenced blocks stay as they are', () => {
    const md = ['by @alice and [@bob](https://x.com/bob), `@carol`', '```text', '@dave', '```', 'mail a@b.c'].join('\n')
    expect(quietMentions(md)).toBe(['by @\u200balice and [@\u200bbob](https://x.com/bob), `@carol`', '```text', '@dave', '```', 'mail a@b.c'].join('\n'))
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
