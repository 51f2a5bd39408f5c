/** The benchmark's one Markdown table. */

export interface Row {
  metric: string
  measured: string
  target: string
  /** undefined: a reference value, not a target. */
  met?: boolean
}

export function markdownTable(rows: Row[]): string {
  const cells = (r: string[]) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`
  return [
    cells(['Metric', 'Measured', 'Target', 'Met']),
    '|---|---|---|:-:|',
    ...rows.map((r) => cells([r.metric, r.measured, r.target, r.met === undefined ? '—' : r.met ? '✅' : '❌']))
  ].join('\n')
}
