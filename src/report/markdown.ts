/** Small Markdown pieces the job summary is built from. */

/** A table cell: no pipe breaks out of it, no line break ends the row. */
export const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/** 1234567 → "1,234,567". Not toLocaleString: its first call loads the locale data, a cost paid at the end of every run. */
export const number = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** A text progress bar of `width` cells. */
export function bar(fraction: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)))
  return '█'.repeat(filled) + '░'.repeat(width - filled)
}

/** ASCII punctuation, which CommonMark lets a backslash escape. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g

/**
 * A value from outside (an alt text, a file name, X's words) as inline Markdown that shows exactly that text, in a
 * paragraph or a table cell: every punctuation character escaped, so no link, image, HTML, emphasis or cell break
 * comes of it; one line; and no `@name` or `#123` that GitHub would turn into a mention or a reference (a zero-width
 * space follows those two characters). Used wherever such a value goes into the summary or a pull-request comment.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(PUNCTUATION, (c) => (c === '@' || c === '#' ? `${c}\u200b` : `\\${c}`))
}

/** A fenced code block that shows `text` as it is, whatever backticks it holds: the fence is longer than any run in it. */
export function codeBlock(text: string, info = 'text'): string[] {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return [`${fence}${info}`, text, fence]
}

/**
 * Markdown whose `@name`s notify no one on GitHub (a zero-width space after the `@`), outside code blocks and code
 * spans, where GitHub does not read mentions anyway: for a sink that GitHub renders for people (a pull-request
 * comment), where an X username such as `@release_bot` would otherwise ping the GitHub account of that name.
 */
export function quietMentions(markdown: string): string {
  let fence: string | undefined
  return markdown
    .split('\n')
    .map((line) => {
      const run = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1]
      if (fence) {
        if (run && run[0] === fence[0] && run.length >= fence.length && line.trim() === run) fence = undefined
        return line
      }
      if (run) {
        fence = run
        return line
      }
      // Code spans stay as they are; the text between them is quietened.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 === 1 ? part : part.replace(/(^|[^A-Za-z0-9_`\u200b])@(?=[A-Za-z0-9_-])/g, '$1@\u200b')))
        .join('')
    })
    .join('\n')
}

/** A value from outside as a code span: shown exactly, whatever backticks it holds (the fence is longer than any run in it). */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}
