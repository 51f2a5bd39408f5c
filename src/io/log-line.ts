/**
 * The runner reads every line the step prints to stdout: a line that starts
 * with `::` (after any whitespace) is a workflow command, and `##[` anywhere
 * in a line is one in the older form. Text the action prints, and the values
 * from outside in it (X's details, file names, usernames), must never be
 * either. Each such line is broken with an invisible U+200B, so it still
 * reads the same and is no longer a command.
 */

const LINE_BREAK = /(\r\n|\r|\n)/
/** What the runner trims before looking for `::` (.NET's white space, U+0085 included). */
const LEADING_SPACE = /^[\s\u0085]*/
const ZERO_WIDTH_SPACE = '\u200b'

export function neutraliseCommands(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((part, i) => (i % 2 === 1 ? part : neutraliseLine(part)))
    .join('')
}

function neutraliseLine(line: string): string {
  const out = line.replace(/##\[/g, `#${ZERO_WIDTH_SPACE}#[`)
  const lead = LEADING_SPACE.exec(out)![0].length
  return out.startsWith('::', lead) ? `${out.slice(0, lead)}:${ZERO_WIDTH_SPACE}:${out.slice(lead + 2)}` : out
}
