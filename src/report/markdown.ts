/**
 * Small Markdown pieces the job summary is built from, and the one escaper
 * every outside value in it goes through (an X detail, a file name, an alt
 * text, a display name): nothing from outside can render as a link, an image,
 * HTML, a heading or a table cell, or break out of a code span.
 */

/** One line: line breaks and runs of white space become one space. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ')

/**
 * An outside value as Markdown text, on one line: backslashes, backticks,
 * brackets and `$` escaped (no code span, link, image or math can start), `<`
 * and `>` as entities (no HTML, no `</details>`).
 */
export const escapeMarkdown = (s: string) =>
  oneLine(s)
    .replace(/[\\`[\]$]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')

/** A code span holding exactly `s`, whatever backticks it holds: the fence is longer than any run of them inside. */
export function codeSpan(s: string): string {
  const text = s.replace(/\r\n|\r|\n/g, ' ')
  const fence = '`'.repeat(longestBacktickRun(text) + 1)
  const pad = /^[ `]|[ `]$/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

/** A fenced code block holding exactly `text`, lines and all. */
export function codeBlock(text: string, info = 'text'): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1))
  return [`${fence}${info}`, text, fence]
}

const longestBacktickRun = (s: string) => Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length))

/**
 * A message of the run (which names inputs as code spans, and quotes outside
 * values: X's words, file names) as inline Markdown: its code spans stay code
 * spans, everything else is escaped.
 */
export function inlineMarkdown(message: string): string {
  let out = ''
  let at = 0
  const runs = /`+/g
  for (let run = runs.exec(message); run; run = runs.exec(message)) {
    const close = closingRun(message, run.index + run[0].length, run[0].length)
    if (close < 0) continue
    out += escapeMarkdown(message.slice(at, run.index)) + codeSpan(message.slice(run.index + run[0].length, close))
    at = close + run[0].length
    runs.lastIndex = at
  }
  return out + escapeMarkdown(message.slice(at))
}

/** Where the run of exactly `length` backticks that closes a code span starts, from `from`; -1 if none does. */
function closingRun(text: string, from: number, length: number): number {
  const runs = /`+/g
  runs.lastIndex = from
  for (let run = runs.exec(text); run; run = runs.exec(text)) if (run[0].length === length) return run.index
  return -1
}

/** A table cell: no pipe breaks out of it, no line break ends the row. */
export const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/** A message in a table cell. */
export const tableCell = (message: string) => escapeCell(inlineMarkdown(message))

/** 1234567 → "1,234,567". Not toLocaleString: its first call loads the locale data, a cost paid at the end of every run. */
export const number = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** A text progress bar of `width` cells. */
export function bar(fraction: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)))
  return '█'.repeat(filled) + '░'.repeat(width - filled)
}

/**
 * Markdown whose `@name`s notify no one on GitHub and whose `#123`s link to no issue (a zero-width space after the
 * `@` or `#`), outside code blocks and code spans, where GitHub reads neither anyway: for a sink that GitHub renders
 * for people (a pull-request comment), where an X username such as `@release_bot` would otherwise ping the GitHub
 * account of that name.
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
        .map((part, i) =>
          i % 2 === 1 ? part : part.replace(/(^|[^A-Za-z0-9_`\u200b])@(?=[A-Za-z0-9_-])/g, '$1@\u200b').replace(/(^|[^A-Za-z0-9_&\u200b])#(?=\d)/g, '$1#\u200b')
        )
        .join('')
    })
    .join('\n')
}
