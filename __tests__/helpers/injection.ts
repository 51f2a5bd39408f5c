/**
 * What an injection would have forged, read from a run as the runner and
 * GitHub read it: workflow commands the action did not write (an
 * annotation, a mask, a `stop-commands`, an old-form `##[` command), and
 * elements the job summary would render from outside text (images, links to
 * elsewhere, headings, HTML, `</details>`), the summary rendered as GitHub
 * Flavored Markdown.
 */
import { marked } from 'marked'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { INJECTIONS } from '../../tools/simulator/index.js'
import { parseCommands, type ActionRun } from '../../tools/runner.js'

const TITLES = new Set<string>(Object.values(DIAGNOSES).map((d) => d.title))
/** The action's own untitled error: the failure that ends the step (setFailed). */
const VERDICT = /^(X credentials action failed: |Unexpected error \(|The step did not finish )/

/** The lines of stdout the runner reads: it splits on CR and LF alike, and trims white space (NEL too) before looking for `::`. */
const runnerLines = (stdout: string) => stdout.split(/\r\n|\r|\n/)

/** Every command in stdout that the action did not write through @actions/core for its own reasons. */
export function forgedCommands(run: Pick<ActionRun, 'stdout'>): string[] {
  const forged: string[] = []
  runnerLines(run.stdout).forEach((line, i) => {
    if (line.includes('##[')) forged.push(`line ${i}: an old-form command (##[): ${line}`)
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    if (!trimmed.startsWith('::')) return
    const [command] = parseCommands(trimmed)
    if (!command) return forged.push(`line ${i}: a line the runner reads as a command: ${line}`)
    if (command.command === 'add-mask') {
      if (command.message.length < 8 || INJECTIONS.some((text) => text.includes(command.message))) forged.push(`line ${i}: a forged mask: ${line}`)
      return
    }
    const own =
      (command.command === 'error' || command.command === 'warning') &&
      (TITLES.has(command.properties.title ?? '') || (command.command === 'error' && !command.properties.title && VERDICT.test(command.message)))
    if (!own) forged.push(`line ${i}: a forged ${command.command}: ${line}`)
  })
  return forged
}

/** Elements the summary renders that outside text put there. */
export function renderedForgeries(summary: string): string[] {
  const html = marked.parse(summary, { gfm: true, async: false }) as string
  const found: string[] = []
  const look = (what: string, pattern: RegExp) => {
    for (const m of html.matchAll(pattern)) found.push(`${what}: ${m[0]}`)
  }
  look('an image', /<img\b[^>]*>/gi)
  look('a script', /<script\b/gi)
  look('a details element', /<\/?details\b/gi)
  // The injections' links all lead to example.invalid; a visible address (an autolink) is not one of them.
  look('a link to where the injection points', /<a\b[^>]*href="[^"]*example\.invalid[^"]*"[^>]*>(?!https?:\/\/example\.invalid)/gi)
  look('a forged heading', /<h[1-6]\b[^>]*>[^<]*(Forged|heading|another)[^<]*<\/h[1-6]>/gi)
  look('a forged table cell', /<td>\s*forged\s*<\/td>/gi)
  look('raw HTML', /<\/?(h1|iframe|object|embed|svg|style)\b/gi)
  return found
}
