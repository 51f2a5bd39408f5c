/**
 * The README, the pages of docs/, CONTRIBUTING and the repository's
 * workflows, held to what the code says: generated sections match their
 * sources, recipes are workflows that use only real inputs and outputs, every
 * relative link leads somewhere, and every workflow runs with the least
 * permissions and pinned actions.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseDocument } from 'yaml'
import { CREDENTIAL_SPECS } from '../src/auth/registry.js'
import { DIAGNOSES } from '../src/diagnoses/catalogue.js'
import { REPO_ROOT } from '../tools/runner.js'
import {
  GENERATED_SECTIONS,
  generatePages,
  isRequired,
  loadAction,
  locateSections,
  readPages,
  readSection,
  renderInputs,
  renderOutputs,
  renderTroubleshooting
} from '../tools/docs.js'

const ACTION_REF = 'your-org/x-credentials-action@v1'
const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), 'utf8')
const pages = readPages()
const readme = pages['README.md']
/** A page of docs/, by name; fails the test file at once when the page is missing. */
function page(name: string): string {
  const text = pages[`docs/${name}.md`]
  if (text === undefined) throw new Error(`docs/${name}.md is missing`)
  return text
}
const troubleshooting = page('troubleshooting')
/** Every page a reader may open: README.md, CONTRIBUTING.md and docs/*.md. */
const allPages: Record<string, string> = { ...pages, 'CONTRIBUTING.md': read('CONTRIBUTING.md') }
const action = loadAction()
const inputNames = Object.keys(action.inputs)
const outputNames = Object.keys(action.outputs)

type Yaml = Record<string, unknown>
const isObject = (v: unknown): v is Yaml => typeof v === 'object' && v !== null && !Array.isArray(v)

function parseYaml(text: string, where: string): unknown {
  const doc = parseDocument(text)
  if (doc.errors.length) throw new Error(`${where} is not valid YAML: ${doc.errors.map((e) => e.message).join('; ')}`)
  return doc.toJS()
}

interface YamlBlock {
  /** `recipe: pre-deploy`, `snippet: thread`, or `line 123` when unmarked. */
  label: string
  kind: 'recipe' | 'snippet' | 'other'
  name: string
  text: string
}

/** Every ```yaml block of a page, with the `<!-- recipe: … -->` or `<!-- snippet: … -->` marker before it, if any. */
function yamlBlocks(markdown: string): YamlBlock[] {
  const blocks: YamlBlock[] = []
  for (const m of markdown.matchAll(/(?:<!-- (recipe|snippet): ([\w-]+) -->\s*)?```yaml\n([\s\S]*?)```/g)) {
    const kind = (m[1] as 'recipe' | 'snippet' | undefined) ?? 'other'
    const line = markdown.slice(0, m.index).split('\n').length
    const name = m[2] ?? `line ${line}`
    blocks.push({ label: m[1] ? `${m[1]}: ${name}` : `the yaml block at line ${line}`, kind, name, text: m[3] })
  }
  return blocks
}

interface Step {
  id?: string
  uses?: string
  run?: string
  with?: Yaml
  'continue-on-error'?: unknown
}

/** The steps of a workflow, of a list of steps, or a single step. */
function stepsOf(doc: unknown): Step[] {
  if (Array.isArray(doc)) return doc as Step[]
  if (isObject(doc) && isObject(doc.jobs))
    return Object.values(doc.jobs).flatMap((job) => (isObject(job) && Array.isArray(job.steps) ? (job.steps as Step[]) : []))
  if (isObject(doc) && ('uses' in doc || 'run' in doc)) return [doc as Step]
  return []
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')
}

function anchors(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '')
  const headings = [...withoutCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]))
  const explicit = [...withoutCode.matchAll(/<a (?:id|name)="([^"]+)"/g)].map((m) => m[1])
  return [...headings, ...explicit]
}

/** The targets of a page's links and images (`[text](target)`, `href="…"`, `src="…"`) outside code, without URLs that name a scheme. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '')
  const targets = [
    ...[...prose.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)].map((m) => m[1]),
    ...[...prose.matchAll(/\b(?:href|src)="([^"]+)"/g)].map((m) => m[1])
  ]
  return targets.filter((target) => !/^[a-z][a-z\d+.-]*:/i.test(target) && !target.startsWith('//'))
}

/** What is wrong with a relative link from `from` (a path relative to the repository root), or '' when it leads to a file and heading that exist. */
function brokenLink(from: string, target: string): string {
  const hash = target.indexOf('#')
  const file = decodeURI(hash < 0 ? target : target.slice(0, hash))
  const anchor = hash < 0 ? '' : decodeURIComponent(target.slice(hash + 1))
  const resolved = file ? path.posix.normalize(path.posix.join(path.posix.dirname(from), file)) : from
  if (resolved.startsWith('../') || path.posix.isAbsolute(resolved)) return 'leads out of the repository'
  if (!existsSync(path.join(REPO_ROOT, resolved))) return `${resolved} does not exist`
  if (!anchor) return ''
  if (!resolved.endsWith('.md')) return `#${anchor} in ${resolved}, which is not a Markdown page`
  return anchors(allPages[resolved] ?? read(resolved)).includes(anchor) ? '' : `${resolved} has no heading #${anchor}`
}

describe('generated sections (README.md and docs/troubleshooting.md)', () => {
  test('match what tools/docs.ts generates from action.yml and src/diagnoses/catalogue.ts (run `npm run docs`)', async () => {
    const generated = await generatePages(pages)
    const located = locateSections(pages)
    for (const name of GENERATED_SECTIONS) {
      const file = located[name]
      expect({ file, section: name, text: readSection(pages[file], name) }).toEqual({ file, section: name, text: readSection(generated[file], name) })
    }
    expect(generated).toEqual(pages)
  })

  test('the generator finds each section in the one page that holds it, and refuses a section in none or in two', async () => {
    const inputs = '<!-- inputs:start -->\n<!-- inputs:end -->\n'
    const outputs = '<!-- outputs:start -->\n<!-- outputs:end -->\n'
    const diagnoses = '<!-- troubleshooting:start -->\n<!-- troubleshooting:end -->\n'
    const moved = { 'README.md': inputs + outputs, 'docs/elsewhere.md': diagnoses }
    expect(locateSections(moved)).toEqual({ inputs: 'README.md', outputs: 'README.md', troubleshooting: 'docs/elsewhere.md' })
    const generated = await generatePages(moved, action, DIAGNOSES)
    expect(readSection(generated['docs/elsewhere.md'], 'troubleshooting')).toContain(`[\`${Object.keys(DIAGNOSES)[0]}\`]`)
    expect(readSection(generated['README.md'], 'inputs')).toContain(`### \`${inputNames[0]}\``)
    expect(() => locateSections({ 'README.md': inputs + outputs })).toThrow(/troubleshooting:start .* found in none/)
    expect(() => locateSections({ ...moved, 'docs/copy.md': diagnoses })).toThrow(/found in docs\/elsewhere\.md, docs\/copy\.md/)
  })

  test('every input has its own heading, labelled Required or Optional as the description says', () => {
    const section = readSection(readme, 'inputs')
    for (const name of inputNames) {
      const label = isRequired(action.inputs[name]) ? 'Required' : 'Optional'
      expect(section).toMatch(new RegExp(`^### \`${name}\`\\n\\n\\*\\*${label}:\\*\\*`, 'm'))
    }
    expect(section.match(/^### /gm)).toHaveLength(inputNames.length)
  })

  test('the four OAuth 1.0a inputs read Required, the bearer token Optional', () => {
    for (const name of ['api-key', 'api-secret', 'access-token', 'access-secret']) expect(isRequired(action.inputs[name])).toBe(true)
    expect(isRequired(action.inputs['bearer-token'])).toBe(false)
    expect(renderInputs(action)).toContain('**Required:** API key (OAuth 1.0a consumer key).')
  })

  test('a default is shown, an empty one is not', () => {
    const permission = renderInputs(action)
      .split('### ')
      .find((s) => s.startsWith('`permission`'))
    expect(permission).toContain(`Default: \`${action.inputs.permission.default}\``)
    const tweet = renderInputs(action)
      .split('### ')
      .find((s) => s.startsWith('`tweet`'))
    expect(tweet).not.toContain('Default:')
  })

  test('every output is a row of the outputs table', () => {
    const section = readSection(readme, 'outputs')
    for (const name of outputNames) expect(section).toMatch(new RegExp(`^\\| \`${name}\` +\\|`, 'm'))
    expect(renderOutputs({ inputs: {}, outputs: { x: { description: 'a | b' } } })).toContain('a \\| b')
  })

  test('inputs and outputs are in the README, the diagnoses in docs/troubleshooting.md', () => {
    expect(locateSections(pages)).toEqual({ inputs: 'README.md', outputs: 'README.md', troubleshooting: 'docs/troubleshooting.md' })
  })

  test('every diagnosis is in docs/troubleshooting.md with its title, cause and every fix step', () => {
    const section = readSection(troubleshooting, 'troubleshooting', 'docs/troubleshooting.md')
    for (const [id, entry] of Object.entries(DIAGNOSES)) {
      expect(section).toContain(`### \`${id}\``)
      expect(section).toContain(`[\`${id}\`](#${id})`)
      expect(section).toContain(entry.title.replace(/\|/g, '\\|'))
      expect(section).toContain(entry.cause)
      for (const step of entry.fix) expect(section).toContain(step)
    }
  })

  test('a new diagnosis appears without touching the generator', () => {
    const text = renderTroubleshooting({ 'made-up': { severity: 'warning', title: 'A made-up problem', cause: 'Because.', fix: ['One.', 'Two.'] } })
    expect(text).toContain('### `made-up`')
    expect(text).toContain('1. One.\n2. Two.')
  })
})

describe('README: shape', () => {
  test('the first lines give the two set-up commands', () => {
    const head = readme.split('\n').slice(0, 12).join('\n')
    expect(head).toContain('npm ci && npm run demo')
    expect(head).toMatch(/^npm test\b/m)
  })

  test('holds what a user reads first, and links every page of docs/ from "More"', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1])
    expect(headings).toEqual(['Quick start', 'Recipes', 'OAuth 2.0', 'Inputs', 'Outputs', 'Posting', 'More'])
    const more = readme.slice(readme.indexOf('\n## More\n'))
    const linked = relativeLinks(more).map((target) => target.split('#')[0])
    for (const file of Object.keys(pages).filter((f) => f.startsWith('docs/'))) expect({ file, linked: linked.includes(file) }).toEqual({ file, linked: true })
    expect(linked).toContain('CONTRIBUTING.md')
  })

  test('stays a front door: well under the 64 KB it had grown to', () => {
    expect(Buffer.byteLength(readme)).toBeLessThan(32 * 1024)
  })

  test('generated input headings do not collide with the other headings of the README', () => {
    const generated = anchors(readSection(readme, 'inputs', 'README.md'))
    expect(generated.length).toBe(new Set(generated).size)
    const all = anchors(readme)
    for (const name of inputNames) expect({ name, count: all.filter((a) => a === name).length }).toEqual({ name, count: 1 })
  })
})

describe('docs/ pages', () => {
  test('each page has the sections people come back for', () => {
    const expected: Record<string, string[]> = {
      troubleshooting: ['# Troubleshooting', '## Common situations', '## Setting up the developer portal', '## Every diagnosis'],
      posting: [
        '# Posting',
        '## Text and threads',
        '## Text from a file',
        '## Images, GIFs and video',
        '## Replies and quotes',
        '## Dry run',
        '## Exactly once'
      ],
      security: ['# Security model', '## Keep the credentials in secrets'],
      'local-runs': ['# Running it locally', '## The demo', '## The command line, with real credentials', '## With @github/local-action'],
      reliability: ['# Reliability'],
      oauth2: ['# OAuth 2.0', '## One-time set-up', '## What a run does', '## Which GitHub token', '## Concurrency', '## When the chain breaks', '## Security'],
      performance: ['# Performance']
    }
    for (const [name, headings] of Object.entries(expected))
      for (const heading of headings)
        expect({ page: name, heading, found: new RegExp(`^${heading}$`, 'm').test(page(name)) }).toEqual({ page: name, heading, found: true })
  })

  test('reliability and performance keep the marked blocks their figures go in', () => {
    for (const name of ['reliability', 'performance']) {
      expect(page(name)).toMatch(new RegExp(`^# ${name[0].toUpperCase()}${name.slice(1)}\\n\\n<!-- ${name}:start -->`, 'm'))
      expect(() => readSection(page(name), name, `docs/${name}.md`)).not.toThrow()
    }
  })

  test('the developer portal walk-through sets Read and write, then regenerates the access token', () => {
    const walk = troubleshooting.slice(troubleshooting.indexOf('## Setting up the developer portal'), troubleshooting.indexOf('## Every diagnosis'))
    for (const words of ['Project', 'Keys and tokens', 'User authentication settings', 'Read and write', 'Regenerate']) expect(walk).toContain(words)
    expect(walk.indexOf('Read and write')).toBeLessThan(walk.lastIndexOf('Regenerate'))
  })

  test('generated diagnosis headings do not collide: each diagnosis id is one anchor of docs/troubleshooting.md', () => {
    const generated = anchors(readSection(troubleshooting, 'troubleshooting', 'docs/troubleshooting.md'))
    expect(generated.length).toBe(new Set(generated).size)
    const all = anchors(troubleshooting)
    for (const id of Object.keys(DIAGNOSES)) expect({ id, count: all.filter((a) => a === id).length }).toEqual({ id, count: 1 })
  })

  test('the security model does not call credentials from vars hidden: only secrets are masked in the step header', () => {
    const security = page('security')
    const keep = security.slice(
      security.indexOf('## Keep the credentials in secrets'),
      security.indexOf('\n## ', security.indexOf('## Keep the credentials in secrets') + 1)
    )
    expect(keep).toContain('`secrets.*`')
    expect(keep).toContain('`vars`')
    expect(keep).toMatch(/step's header/)
    expect(keep).toMatch(/clear text/)
    // Anywhere in the documentation, a sentence that names vars and masking must say that vars are not masked.
    for (const [file, text] of Object.entries(allPages)) {
      const sentences = text.replace(/```[\s\S]*?```/g, '').split(/(?<=[.!?])\s+|\n\s*\n|\n(?=\s*(?:[-*]|\d+\.|#+) )/)
      for (const sentence of sentences.filter((s) => /\bvars\b/.test(s) && /\bmask|\bhidden\b|\bhides?\b/i.test(s)))
        expect({ file, sentence, saysNotMasked: /\bnot\b|nothing else|clear text/i.test(sentence) }).toEqual({ file, sentence, saysNotMasked: true })
    }
  })
})

describe('links', () => {
  const links = Object.entries(allPages).flatMap(([file, text]) => relativeLinks(text).map((target) => ({ file, target })))

  test('there are links to check, within and across pages', () => {
    expect(links.length).toBeGreaterThan(20)
    expect(links.some((l) => l.target.startsWith('#'))).toBe(true)
    expect(links.some((l) => l.file.startsWith('docs/') && l.target.startsWith('../README.md#'))).toBe(true)
  })

  test('every relative link in README.md, CONTRIBUTING.md and docs/*.md leads to an existing file and, for #anchors, an existing heading', () => {
    const broken = links.map((l) => ({ ...l, problem: brokenLink(l.file, l.target) })).filter((l) => l.problem)
    expect(broken).toEqual([])
  })

  test('the link check finds a missing file, a missing heading, and an anchor into a file that has no headings', () => {
    expect(brokenLink('README.md', 'docs/no-such-page.md')).toMatch(/does not exist/)
    expect(brokenLink('README.md', '#no-such-heading')).toMatch(/no heading/)
    expect(brokenLink('docs/posting.md', 'troubleshooting.md#no-such-diagnosis')).toMatch(/docs\/troubleshooting\.md has no heading/)
    expect(brokenLink('docs/posting.md', '../action.yml#inputs')).toMatch(/not a Markdown page/)
    expect(brokenLink('docs/posting.md', '../../elsewhere.md')).toMatch(/out of the repository/)
    expect(brokenLink('docs/posting.md', '../README.md#quick-start')).toBe('')
    expect(relativeLinks('[a](https://x.com) [b](#c) `[d](e.md)` <img src="f.png">')).toEqual(['#c', 'f.png'])
  })

  test('the action is always referred to as the same owner/name', () => {
    const refs = Object.values(allPages).flatMap((text) => [...text.matchAll(/([\w.-]+)\/x-credentials-action@/g)].map((m) => m[1]))
    expect(refs.length).toBeGreaterThan(0)
    expect([...new Set(refs)]).toEqual(['your-org'])
  })
})

describe('recipes and snippets (README.md and docs/*.md)', () => {
  const blocks = Object.entries(pages).flatMap(([file, text]) => yamlBlocks(text).map((b) => ({ ...b, label: `${file}, ${b.label}` })))
  const recipes = blocks.filter((b) => b.kind === 'recipe')

  test('the snippets of the README and of docs/posting.md are there', () => {
    const snippets = (file: string) =>
      yamlBlocks(pages[file])
        .filter((b) => b.kind === 'snippet')
        .map((b) => b.name)
    expect(snippets('README.md')).toContain('quick-start')
    expect(snippets('docs/posting.md')).toEqual(expect.arrayContaining(['thread', 'tweet-file', 'media']))
  })

  test('the three recipes are there, in the README', () => {
    expect(
      yamlBlocks(readme)
        .filter((b) => b.kind === 'recipe')
        .map((r) => r.name)
    ).toEqual(expect.arrayContaining(['pre-deploy', 'release', 'weekly-health']))
  })

  test.each(blocks.map((b) => [b.label, b] as const))('%s parses as YAML', (_label, block) => {
    expect(() => parseYaml(block.text, block.label)).not.toThrow()
  })

  test.each(recipes.map((r) => [r.name, r] as const))('recipe %s is a workflow: on, permissions, jobs with steps', (_name, recipe) => {
    const doc = parseYaml(recipe.text, recipe.label)
    expect(isObject(doc)).toBe(true)
    const workflow = doc as Yaml
    expect(workflow.on).toBeDefined()
    expect(isObject(workflow.jobs) && Object.keys(workflow.jobs).length).toBeTruthy()
    for (const [jobName, job] of Object.entries(workflow.jobs as Yaml)) {
      expect({ job: jobName, ok: isObject(job) && typeof job['runs-on'] === 'string' && Array.isArray(job.steps) && job.steps.length > 0 }).toEqual({
        job: jobName,
        ok: true
      })
      for (const step of (job as Yaml).steps as Step[])
        expect({ job: jobName, step: typeof step.uses === 'string' || typeof step.run === 'string' }).toEqual({ job: jobName, step: true })
      if (!('permissions' in workflow)) expect({ job: jobName, permissions: 'permissions' in (job as Yaml) }).toEqual({ job: jobName, permissions: true })
    }
    expect(workflow.permissions).toEqual({})
  })

  test.each(blocks.map((b) => [b.label, b] as const))('%s uses only inputs that action.yml declares', (_label, block) => {
    const ours = stepsOf(parseYaml(block.text, block.label)).filter((s) => s.uses?.includes('x-credentials-action'))
    for (const step of ours) {
      expect(step.uses).toBe(ACTION_REF)
      const unknown = Object.keys(step.with ?? {}).filter((k) => !inputNames.includes(k))
      expect(unknown).toEqual([])
    }
  })

  test.each(blocks.map((b) => [b.label, b] as const))('%s reads only outputs that exist', (_label, block) => {
    const doc = parseYaml(block.text, block.label)
    const steps = stepsOf(doc)
    const ours = new Set(steps.filter((s) => s.uses === ACTION_REF && s.id).map((s) => s.id))
    const ids = new Set(steps.map((s) => s.id).filter(Boolean))
    for (const m of block.text.matchAll(/steps\.([\w-]+)\.(outputs\.([\w-]+)|outcome|conclusion)/g)) {
      expect({ ref: m[0], stepExists: ids.has(m[1]) }).toEqual({ ref: m[0], stepExists: true })
      if (m[3] && ours.has(m[1])) expect({ ref: m[0], isOutput: outputNames.includes(m[3]) }).toEqual({ ref: m[0], isOutput: true })
    }
    const jobs = isObject(doc) && isObject(doc.jobs) ? (doc.jobs as Record<string, Yaml>) : {}
    for (const m of block.text.matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      const declared = isObject(jobs[m[1]]?.outputs) ? Object.keys(jobs[m[1]].outputs as Yaml) : []
      expect({ ref: m[0], declared: declared.includes(m[2]) }).toEqual({ ref: m[0], declared: true })
    }
  })

  test('outputs named in the prose exist too', () => {
    // Code blocks are checked step by step above (another action's outputs, like an app token's, are theirs).
    const prose = (text: string) => text.replace(/```[\s\S]*?```/g, '')
    const named = Object.values(pages).flatMap((text) => [...prose(text).matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)].map((m) => m[1]))
    expect(named.filter((n) => !outputNames.includes(n))).toEqual([])
  })

  test('the pre-deploy recipe gates a job on the check with needs:', () => {
    const workflow = parseYaml(recipes.find((r) => r.name === 'pre-deploy')!.text, 'pre-deploy') as {
      jobs: Record<string, { needs?: string | string[]; steps: Step[] }>
    }
    const checkJob = Object.entries(workflow.jobs).find(([, job]) => job.steps.some((s) => s.uses === ACTION_REF))?.[0]
    const gated = Object.values(workflow.jobs).filter((job) => [job.needs ?? []].flat().includes(checkJob as string))
    expect(gated.length).toBeGreaterThan(0)
    const step = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .find((s) => s.uses === ACTION_REF)!
    expect(step.with?.tweet ?? step.with?.['tweet-file'] ?? step.with?.media).toBeUndefined()
  })

  test('the release recipe posts the release name and link on release: published, skips duplicates, and shows continue-on-error', () => {
    const text = recipes.find((r) => r.name === 'release')!.text
    const workflow = parseYaml(text, 'release') as { on: { release: { types: string[] } } }
    expect(workflow.on.release.types).toContain('published')
    const step = stepsOf(workflow).find((s) => s.uses === ACTION_REF)!
    expect(String(step.with?.tweet)).toContain('github.event.release.name')
    expect(String(step.with?.tweet)).toContain('github.event.release.html_url')
    expect(step.with?.['on-duplicate']).toBe('skip')
    expect(text).toMatch(/continue-on-error: true/)
  })

  test('the two OAuth 2.0 recipes share one concurrency group that never cancels a run half-way, and store the rotated token with a token that can', () => {
    const oauth2 = recipes.filter((r) => r.name.startsWith('oauth2-'))
    expect(oauth2.map((r) => r.name).sort()).toEqual(['oauth2-health', 'oauth2-release'])
    const groups = oauth2.map((r) => {
      const workflow = parseYaml(r.text, r.name) as { concurrency: { group: string; 'cancel-in-progress': boolean } }
      expect(workflow.concurrency['cancel-in-progress']).toBe(false)
      const step = stepsOf(workflow).find((s) => s.uses === ACTION_REF)!
      expect(step.with?.['refresh-token-secret']).toBe('X_REFRESH_TOKEN')
      expect(String(step.with?.['refresh-token'])).toContain('secrets.X_REFRESH_TOKEN')
      expect(String(step.with?.['github-token'])).not.toMatch(/github\.token|GITHUB_TOKEN/)
      return workflow.concurrency.group
    })
    expect(new Set(groups).size).toBe(1)
  })

  test('the README has the preview and rollback recipes; the fork comment recipe is in docs/preview.md', () => {
    const names = (file: string) =>
      yamlBlocks(read(file))
        .filter((b) => b.kind === 'recipe')
        .map((b) => b.name)
    expect(names('README.md')).toEqual(expect.arrayContaining(['preview', 'rollback']))
    expect(names('docs/preview.md')).toContain('preview-fork')
  })

  test('the preview runs on pull_request with pr-comment and pull-requests: write; no recipe or snippet uses pull_request_target', () => {
    const workflow = parseYaml(recipes.find((r) => r.name === 'preview')!.text, 'preview') as Yaml
    expect(Object.keys(workflow.on as Yaml)).toEqual(['pull_request'])
    const job = Object.values(workflow.jobs as Yaml)[0] as Yaml
    expect((job.permissions as Yaml)['pull-requests']).toBe('write')
    expect(stepsOf(workflow).find((s) => s.uses === ACTION_REF)?.with?.['pr-comment']).toBe(true)
    for (const block of blocks) expect({ block: block.label, target: /pull_request_target/.test(block.text) }).toEqual({ block: block.label, target: false })
  })

  test("the fork comment recipe runs on workflow_run and never checks out the fork's code", () => {
    const fork = parseYaml(recipes.find((r) => r.name === 'preview-fork')!.text, 'preview-fork') as Yaml
    expect(Object.keys(fork.on as Yaml)).toEqual(['workflow_run'])
    const steps = stepsOf(fork)
    expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false)
    expect(steps.find((s) => s.uses === ACTION_REF)?.with).toMatchObject({ 'pr-comment': true })
  })

  test("the rollback job runs on failure and passes the announce job's tweet-ids to delete", () => {
    const workflow = parseYaml(recipes.find((r) => r.name === 'rollback')!.text, 'rollback') as { jobs: Record<string, Yaml> }
    const rollback = workflow.jobs.rollback
    expect(String(rollback.if)).toMatch(/failure\(\)/)
    expect(rollback.needs).toEqual(expect.arrayContaining(['announce', 'deploy']))
    expect(stepsOf({ jobs: { rollback } }).find((s) => s.uses === ACTION_REF)?.with?.delete).toBe('${{ needs.announce.outputs.tweet-ids }}')
  })

  test('the weekly recipe runs on a schedule and reads the outputs', () => {
    const text = recipes.find((r) => r.name === 'weekly-health')!.text
    const workflow = parseYaml(text, 'weekly-health') as { on: { schedule: { cron: string }[] } }
    expect(workflow.on.schedule[0].cron.split(' ')).toHaveLength(5)
    expect(text).toMatch(/steps\.x\.outputs\.verified/)
  })
})

describe('action.yml', () => {
  const metadata = parseYaml(read('action.yml'), 'action.yml') as { name?: unknown; description?: unknown }

  test('the description fits the Marketplace: one line, under 125 characters', () => {
    expect(typeof metadata.description).toBe('string')
    const description = metadata.description as string
    expect(description).not.toMatch(/\n/)
    expect([...description].length).toBeLessThan(125)
  })
})

describe('.env.example', () => {
  const lines = read('.env.example').split('\n')
  const assignments = lines.filter((l) => /^[A-Z_]+=/.test(l)).map((l) => l.split('=') as [string, string])

  test('names every environment variable the action and the command line read', () => {
    const text = lines.join('\n')
    for (const spec of CREDENTIAL_SPECS) for (const name of spec.env) expect(text).toMatch(new RegExp(`^#? ?${name}=`, 'm'))
  })

  test('holds placeholders only', () => {
    expect(assignments.length).toBeGreaterThanOrEqual(5)
    for (const [name, value] of assignments) expect({ name, placeholder: value.includes('your-') }).toEqual({ name, placeholder: true })
  })

  test('the commands it shows exist: npm scripts of package.json, files of the repository', () => {
    const text = lines.join('\n')
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts)
    for (const [, script] of text.matchAll(/npm run (\S+)/g)) expect({ script, exists: scripts.includes(script) }).toEqual({ script, exists: true })
    for (const [file] of text.matchAll(/\b(?:src|dist|bin|tools)\/[\w./-]+\.(?:ts|js)\b/g))
      expect({ file, exists: existsSync(path.join(REPO_ROOT, file)) }).toEqual({ file, exists: true })
  })

  test('.env and every .env.* file but the example are ignored by git', () => {
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '-q', file], { cwd: REPO_ROOT }).status === 0
    expect(['.env', '.env.local', '.env.production', '.env.example'].map((f) => [f, ignored(f)])).toEqual([
      ['.env', true],
      ['.env.local', true],
      ['.env.production', true],
      ['.env.example', false]
    ])
  })
})

describe('SECURITY.md', () => {
  test('says how to report a vulnerability and what the action promises, and the README links it under More', () => {
    const text = read('SECURITY.md')
    expect(text).toMatch(/^## Reporting a vulnerability$/m)
    expect(text).toMatch(/^## What the action promises$/m)
    const more = read('README.md').split(/^## More$/m)[1] ?? ''
    expect(more).toContain('(SECURITY.md)')
  })
})

describe('repository workflows', () => {
  const dir = path.join(REPO_ROOT, '.github', 'workflows')
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))
  const workflows = files.map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }))

  test('there are CI, CodeQL and smoke workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'codeql.yml', 'smoke.yml']))
  })

  test.each(workflows.map((w) => [w.file, w] as const))('%s parses and sets permissions at the top', (file, w) => {
    const doc = parseYaml(w.text, file) as Yaml
    expect(doc.on).toBeDefined()
    expect(doc).toHaveProperty('permissions')
    expect(isObject(doc.permissions) || doc.permissions === 'read-all').toBe(true)
    expect(doc.permissions).not.toBe('write-all')
  })

  test.each(workflows.map((w) => [w.file, w] as const))('%s pins every third-party action to a commit SHA, with its version in a comment', (file, w) => {
    const doc = parseYaml(w.text, file)
    const uses = stepsOf(doc)
      .map((s) => s.uses)
      .filter((u): u is string => typeof u === 'string' && !u.startsWith('./') && !u.startsWith('docker://'))
    for (const ref of uses) {
      expect({ ref, pinned: /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) }).toEqual({ ref, pinned: true })
      const line = w.text.split('\n').find((l) => l.includes(`uses: ${ref}`)) ?? ''
      expect({ ref, versionComment: /# v\d+(\.\d+)*\s*$/.test(line) }).toEqual({ ref, versionComment: true })
    }
  })

  test.each(workflows.map((w) => [w.file, w] as const))('%s checks out without persisting the token and never reads secrets in if:', (file, w) => {
    const steps = stepsOf(parseYaml(w.text, file))
    for (const step of steps.filter((s) => s.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false)
    expect(w.text).not.toMatch(/^\s*(?:-\s*)?if:.*secrets\./m)
  })

  test('CI tests on Node 20 and 24 and runs lint, format, check-dist, the licence check and the audit', () => {
    const ci = workflows.find((w) => w.file === 'ci.yml')!.text
    const doc = parseYaml(ci, 'ci.yml') as { jobs: Record<string, { strategy?: { matrix?: { node?: number[] } } }> }
    expect(Object.values(doc.jobs).flatMap((j) => j.strategy?.matrix?.node ?? [])).toEqual(expect.arrayContaining([20, 24]))
    for (const command of [
      'npm test',
      'npm run lint',
      'npm run format:check',
      'npm run build',
      'git status --porcelain',
      'check-licenses',
      'npm audit --omit=dev --audit-level=high'
    ]) {
      expect(ci).toContain(command)
    }
  })

  test('CI runs the action as users do: uses: ./ against the simulator started in an earlier step, with real inputs and outputs only', () => {
    const doc = parseYaml(workflows.find((w) => w.file === 'ci.yml')!.text, 'ci.yml') as { jobs: Record<string, { steps: Step[] }> }
    const job = Object.values(doc.jobs).find((j) => j.steps.some((s) => s.uses === './'))!
    const local = job.steps.filter((s) => s.uses === './')
    const started = job.steps.findIndex((s) => /serve-simulator/.test(String(s.run ?? '')))
    expect(started).toBeGreaterThanOrEqual(0)
    expect(job.steps.indexOf(local[0])).toBeGreaterThan(started)
    const action = parseYaml(read('action.yml'), 'action.yml') as { inputs: Yaml; outputs: Yaml }
    for (const step of local) {
      for (const key of Object.keys(step.with ?? {}))
        expect({ step: step.id, input: key, known: key in action.inputs }).toEqual({ step: step.id, input: key, known: true })
    }
    const text = workflows.find((w) => w.file === 'ci.yml')!.text
    for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
      expect({ ref: m[0], step: local.some((s) => s.id === m[1]), output: m[2] in action.outputs }).toEqual({ ref: m[0], step: true, output: true })
    }
    expect(local.some((s) => s['continue-on-error'] === true)).toBe(true)
  })

  test('the smoke workflow runs this checkout, check only, and only when the secrets exist', () => {
    const text = workflows.find((w) => w.file === 'smoke.yml')!.text
    const doc = parseYaml(text, 'smoke.yml') as { on: Yaml; jobs: Record<string, { if?: string; steps: Step[] }> }
    expect(Object.keys(doc.on)).toEqual(expect.arrayContaining(['workflow_dispatch', 'schedule']))
    const job = Object.values(doc.jobs).find((j) => j.steps.some((s) => s.uses === './'))!
    expect(job.if).toMatch(/needs\.[\w-]+\.outputs\./)
    const step = job.steps.find((s) => s.uses === './')!
    for (const posting of ['tweet', 'tweet-file', 'media', 'reply-to', 'quote']) expect(step.with).not.toHaveProperty(posting)
    expect(step.with?.['expect-username']).toBe('${{ vars.X_USERNAME }}')
  })

  test('Dependabot watches npm and the actions', () => {
    const doc = parseYaml(read('.github/dependabot.yml'), 'dependabot.yml') as { updates: { 'package-ecosystem': string }[] }
    expect(doc.updates.map((u) => u['package-ecosystem'])).toEqual(expect.arrayContaining(['npm', 'github-actions']))
  })
})

describe('CONTRIBUTING.md', () => {
  const contributing = read('CONTRIBUTING.md')

  test('says how the README and docs/ are regenerated and how a release moves the major tag', () => {
    expect(contributing).toContain('npm run docs')
    expect(contributing).toContain('node build/tools/docs.js')
    for (const file of new Set(Object.values(locateSections(pages)))) expect(contributing).toContain(`\`${file}\``)
    expect(contributing).toMatch(/git tag -fa v1 /)
    expect(contributing).toMatch(/git push origin v1 --force/)
  })
})
