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
