/**
 * Regenerates the marked sections of the documentation from their sources,
 * so the documentation cannot drift from the code:
 *
 *   inputs, outputs    ← action.yml                     (README.md)
 *   troubleshooting    ← DIAGNOSES in src/diagnoses/catalogue.ts  (docs/troubleshooting.md)
 *
 * Each section sits between `<!-- <name>:start -->` and `<!-- <name>:end -->`
 * in whichever page holds it: README.md or a Markdown page of docs/, exactly
 * one of them, so a section moves with its markers and the generator follows.
 * Everything outside the markers is written by hand and left alone. A page
 * with a generated section goes through Prettier with the repository's
 * config, so that `npm run format` and this generator agree on every byte.
 *
 *   node build/tools/docs.js           rewrite the pages that are out of date
 *   node build/tools/docs.js --check   exit 1 when a page is out of date
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import { parse } from 'yaml'
import { DIAGNOSES, type DiagnosisEntry } from '../src/diagnoses/catalogue.js'
import { REPO_ROOT } from './runner.js'

export const ACTION_PATH = path.join(REPO_ROOT, 'action.yml')
/** The folder of the documentation pages, relative to the repository root. */
export const DOCS_DIR = 'docs'

export interface ActionInput {
  description: string
  required?: boolean
  default?: string
}

export interface ActionOutput {
  description: string
}

export interface ActionMetadata {
  inputs: Record<string, ActionInput>
  outputs: Record<string, ActionOutput>
}

export type Diagnoses = Record<string, DiagnosisEntry>

/** The generated sections. */
export const GENERATED_SECTIONS = ['inputs', 'outputs', 'troubleshooting'] as const
export type SectionName = (typeof GENERATED_SECTIONS)[number]

export function loadAction(file = ACTION_PATH): ActionMetadata {
  const doc = parse(readFileSync(file, 'utf8')) as Partial<ActionMetadata> | null
  if (!doc?.inputs || !doc.outputs) throw new Error(`${path.basename(file)} has no inputs or no outputs`)
  return { inputs: doc.inputs, outputs: doc.outputs }
}

// The four OAuth 1.0a inputs are declared `required: false` so that the
// environment fallback can supply them; their description ends in "Required."
const REQUIRED_SENTENCE = /\s*\bRequired\.\s*$/

/** Required in practice: declared so, or its description ends with "Required.". */
export function isRequired(input: ActionInput): boolean {
  return input.required === true || REQUIRED_SENTENCE.test(input.description)
}

/** The description as the documentation shows it: one line, without the closing "Required." (the label says it). */
export function describeInput(input: ActionInput): string {
  return oneLine(input.description).replace(REQUIRED_SENTENCE, '')
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim()
const tableCell = (text: string) => oneLine(text).replace(/\|/g, '\\|')

/** One `###` heading per input, each starting with **Required:** or **Optional:**, then the default. */
export function renderInputs(action: ActionMetadata): string {
  const out: string[] = []
  const fromEnvOnly = Object.entries(action.inputs).filter(([, input]) => isRequired(input) && input.required !== true)
  if (fromEnvOnly.length) {
    const names = fromEnvOnly.map(([name]) => `\`${name}\``)
    out.push(
      `${listWords(names)} are required, unless OAuth 2.0 is used instead ([OAuth 2.0](#oauth-20)): give each as an input, or through the environment ` +
        'variables its description names. `action.yml` declares them optional only so that this fallback works.',
      ''
    )
  }
  for (const [name, input] of Object.entries(action.inputs)) {
    out.push(`### \`${name}\``, '')
    out.push(`**${isRequired(input) ? 'Required' : 'Optional'}:** ${describeInput(input)}`, '')
    const fallback = input.default === undefined ? '' : String(input.default)
    if (fallback !== '') out.push(`Default: \`${fallback}\``, '')
  }
  return out.join('\n')
}

/** The outputs as a table: name and description. */
export function renderOutputs(action: ActionMetadata): string {
  const out = ['| Output | Description |', '| --- | --- |']
  for (const [name, output] of Object.entries(action.outputs)) out.push(`| \`${name}\` | ${tableCell(output.description)} |`)
  out.push(
    '',
    'Outputs are set on failure too (`verified` is then `false`), so a later step with `if: always()` can read them. None of them ever holds a credential.'
  )
  return out.join('\n')
}

const SEVERITY_LABEL = { error: '❌ fails the step', warning: '⚠️ warning, the run goes on', notice: 'ℹ️ notice, the run goes on' } as const

/** An overview table, then one subsection per diagnosis: its title, cause and the fix, step by step. */
export function renderTroubleshooting(diagnoses: Diagnoses = DIAGNOSES): string {
  const entries = Object.entries(diagnoses)
  const out = [
    'Each problem appears as an annotation titled as below, in the log and in the job summary, with the details of this run ' +
      '(which input, which request, what X answered) and the fix. The same text is in the action, in this table and in the tests: ' +
      'it comes from one catalogue, `src/diagnoses/catalogue.ts`.',
    '',
    '| Annotation title | Severity | Cause and fix |',
    '| --- | --- | --- |'
  ]
  for (const [id, entry] of entries) out.push(`| ${tableCell(entry.title)} | ${SEVERITY_LABEL[entry.severity]} | [\`${id}\`](#${id}) |`)
  out.push('')
  for (const [id, entry] of entries) {
    out.push(`### \`${id}\``, '')
    out.push(`**${entry.title}** (${SEVERITY_LABEL[entry.severity]})`, '')
    out.push(oneLine(entry.cause), '')
    out.push(entry.fix.length === 1 ? '**Fix:**' : '**Fix, step by step:**', '')
    entry.fix.forEach((step, i) => out.push(`${i + 1}. ${oneLine(step)}`))
    out.push('')
  }
  return out.join('\n')
}

export function renderSection(name: SectionName, action: ActionMetadata, diagnoses: Diagnoses): string {
  switch (name) {
    case 'inputs':
      return renderInputs(action)
    case 'outputs':
      return renderOutputs(action)
    case 'troubleshooting':
      return renderTroubleshooting(diagnoses)
  }
}

export const markers = (name: string) => ({ start: `<!-- ${name}:start -->`, end: `<!-- ${name}:end -->` })

/** The text between a section's markers, trimmed; throws when the markers are missing, repeated or out of order. */
export function readSection(markdown: string, name: string, file = 'the page'): string {
  const { start, end } = markers(name)
  const from = markdown.indexOf(start)
  const to = markdown.indexOf(end)
  if (from < 0 || to < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} section`)
  if (markdown.indexOf(start, from + 1) >= 0) throw new Error(`${file} has ${start} more than once`)
  return markdown.slice(from + start.length, to).trim()
}

export function replaceSection(markdown: string, name: string, body: string, file = 'the page'): string {
  readSection(markdown, name, file)
  const { start, end } = markers(name)
  const from = markdown.indexOf(start) + start.length
  const to = markdown.indexOf(end)
  return `${markdown.slice(0, from)}\n\n${body.trim()}\n\n${markdown.slice(to)}`
}

export async function formatMarkdown(markdown: string, filepath: string): Promise<string> {
  const config = (await prettier.resolveConfig(filepath)) ?? {}
  return prettier.format(markdown, { ...config, filepath })
}

/** The documentation: README.md and every Markdown page of docs/, by path relative to the repository root. */
export type Pages = Record<string, string>

export function docPaths(root = REPO_ROOT): string[] {
  const pages = readdirSync(path.join(root, DOCS_DIR))
    .filter((f) => f.endsWith('.md'))
    .sort()
  return ['README.md', ...pages.map((f) => `${DOCS_DIR}/${f}`)]
}

export function readPages(root = REPO_ROOT): Pages {
  return Object.fromEntries(docPaths(root).map((file) => [file, readFileSync(path.join(root, file), 'utf8')]))
}

/** The page that holds each generated section; throws when a section's markers are in no page or in more than one. */
export function locateSections(pages: Pages): Record<SectionName, string> {
  const found = {} as Record<SectionName, string>
  for (const name of GENERATED_SECTIONS) {
    const { start, end } = markers(name)
    const holders = Object.keys(pages).filter((file) => pages[file].includes(start) || pages[file].includes(end))
    if (holders.length !== 1)
      throw new Error(`${start} … ${end} must be in exactly one of ${Object.keys(pages).join(', ')}; found in ${holders.length ? holders.join(', ') : 'none'}`)
    found[name] = holders[0]
  }
  return found
}

/**
 * The pages with every generated section rebuilt from its source, each page
 * that holds one formatted as `npm run format` would; the other pages as they were.
 */
export async function generatePages(pages: Pages, action = loadAction(), diagnoses: Diagnoses = DIAGNOSES, root = REPO_ROOT): Promise<Pages> {
  const located = locateSections(pages)
  const out: Pages = { ...pages }
  for (const file of new Set(Object.values(located))) {
    let text = pages[file]
    for (const name of GENERATED_SECTIONS.filter((n) => located[n] === file)) text = replaceSection(text, name, renderSection(name, action, diagnoses), file)
    out[file] = await formatMarkdown(text, path.join(root, file))
  }
  return out
}

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}

async function main(argv: string[]): Promise<void> {
  const current = readPages()
  const next = await generatePages(current)
  const stale = Object.keys(current).filter((file) => next[file] !== current[file])
  const located = locateSections(current)
  const sectionsOf = (file: string) => GENERATED_SECTIONS.filter((name) => located[name] === file).join(', ')
  if (argv.includes('--check')) {
    for (const file of stale)
      process.stderr.write(
        `${file} is out of date with action.yml or src/diagnoses/catalogue.ts (${sectionsOf(file)}): run \`npm run docs\` and commit the result.\n`
      )
    if (stale.length) process.exitCode = 1
    return
  }
  if (!stale.length) process.stdout.write(`Up to date: ${[...new Set(Object.values(located))].join(', ')}.\n`)
  for (const file of stale) {
    writeFileSync(path.join(REPO_ROOT, file), next[file])
    process.stdout.write(`${file} regenerated: ${sectionsOf(file)}.\n`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
