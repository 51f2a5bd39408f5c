/**
 * The job summary as plain text, for a terminal: tables become aligned
 * columns, links show their address, emphasis marks go.
 */
export function markdownToText(markdown: string): string {
  const out: string[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (/^\|.*\|$/.test(lines[i])) {
      const table: string[][] = []
      while (i < lines.length && /^\|.*\|$/.test(lines[i])) {
        if (!/^\|[\s:|-]+\|$/.test(lines[i])) table.push(splitRow(lines[i]).map(inline))
        i++
      }
      i--
      out.push(...alignTable(table))
    } else if (lines[i].startsWith('```')) {
      continue
    } else {
      out.push(inline(lines[i].replace(/^#{1,6} /, '')))
    }
  }
  return (
    out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  )
}

function splitRow(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'))
}

function inline(text: string): string {
  return text
    .replace(/(?<!\\)\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => (label === url ? url : `${label} <${url}>`))
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(`+) ?(.*?) ?\1(?!`)/g, '$2')
    .replace(/\\([\\`[\]$|])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
}

function alignTable(rows: string[][]): string[] {
  const width = (s: string) => [...s].length
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? '')))) ?? []
  return rows.map((r) =>
    r
      .map((cell, c) => cell + ' '.repeat(Math.max(0, widths[c] - width(cell))))
      .join('  ')
      .trimEnd()
  )
}
