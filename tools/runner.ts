/**
 * Runs the built action the way the GitHub runner does: inputs as INPUT_*
 * variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload,
 * a clean environment. Reads back the workflow commands it printed. Used by
 * the end-to-end tests, the demo and the benchmark.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)))
export const ACTION_ENTRY = path.join(REPO_ROOT, 'dist', 'index.js')

function findRoot(dir: string): string {
  // Works from tools/ (ts-jest) and from build/tools/ (compiled).
  return path.basename(path.dirname(dir)) === 'build' ? path.resolve(dir, '..', '..') : path.resolve(dir, '..')
}

export interface WorkflowCommand {
  command: string
  properties: Record<string, string>
  message: string
  /** Index of the stdout line it was on. */
  line: number
}

export interface ActionRun {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  commands: WorkflowCommand[]
  /** Values registered with ::add-mask::, unescaped, in order. */
  masks: string[]
  durationMs: number
  /** Peak resident set of the action process, in KiB (Linux), when measured. */
  maxRssKiB?: number
}

export interface RunOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  event?: { name: string; payload: unknown }
  /** Files to create in the workspace: name → content. */
  files?: Record<string, string | Buffer>
  workspace?: string
  /** Kill the action after this long (a test's own bound). */
  killAfterMs?: number
  entry?: string
  measureRss?: boolean
  /** Modules loaded into the action's process before it starts (`node --import`): the tests' fault injection. */
  preload?: string[]
  /** The Node.js binary to run it with (default: this one). */
  node?: string
}

/** INPUT_ name as the runner makes it: upper case, spaces to `_`, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export async function runAction(o: RunOptions = {}): Promise<ActionRun> {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'x-action-run-'))
  const workspace = o.workspace ?? path.join(temp, 'workspace')
  const files = { output: path.join(temp, 'output'), summary: path.join(temp, 'summary'), event: path.join(temp, 'event.json') }
  try {
    mkdirSync(workspace, { recursive: true })
    for (const [name, content] of Object.entries(o.files ?? {})) {
      const target = path.join(workspace, name)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, content)
    }
    writeFileSync(files.output, '')
    writeFileSync(files.summary, '')
    writeFileSync(files.event, JSON.stringify(o.event?.payload ?? {}))
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event,
      GITHUB_EVENT_NAME: o.event?.name ?? 'workflow_dispatch',
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'octo-org/release-notes',
      RUNNER_TEMP: temp,
      ...o.env
    }
    for (const [name, value] of Object.entries(o.inputs ?? {})) env[inputEnvName(name)] = value
    const started = Date.now()
    const child = await spawnCollect(o.entry ?? ACTION_ENTRY, env, o.killAfterMs ?? 120_000, !!o.measureRss, o.preload ?? [], o.node ?? process.execPath)
    const durationMs = Date.now() - started
    const commands = parseCommands(child.stdout)
    return {
      ...child,
      durationMs,
      outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8'),
      commands,
      masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message)
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

/**
 * The child's own peak RSS. Linux carries ru_maxrss across exec, so
 * `process.resourceUsage().maxRSS` starts at the parent's RSS when it forked
 * (a simulator holding a 256 MB upload shows up in the child); VmHWM belongs
 * to the process image alone. maxRSS is the fallback elsewhere.
 */
const RSS_HOOK = [
  'import { readFileSync } from "node:fs";',
  'process.on("exit", () => {',
  '  let kib = process.resourceUsage().maxRSS;',
  '  try { kib = Number(/^VmHWM:\\s*(\\d+) kB/m.exec(readFileSync("/proc/self/status", "utf8"))[1]) || kib } catch {}',
  '  process.stderr.write("\\nMAXRSS=" + kib + "\\n");',
  '})'
].join('\n')

interface Collected {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  maxRssKiB?: number
}

function spawnCollect(
  entry: string,
  env: Record<string, string>,
  killAfterMs: number,
  measureRss: boolean,
  preload: string[],
  node: string
): Promise<Collected> {
  return new Promise((resolve, reject) => {
    // The child reports its own peak RSS on exit; only the benchmark asks for it.
    const imports = [...preload.map((file) => pathToFileURL(file).href), ...(measureRss ? [`data:text/javascript,${encodeURIComponent(RSS_HOOK)}`] : [])]
    const args = [...imports.flatMap((module) => ['--import', module]), entry]
    const child = spawn(node, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      clearTimeout(timer)
      let stderr = Buffer.concat(err).toString('utf8')
      let maxRssKiB: number | undefined
      const rss = /MAXRSS=(\d+)\s*$/.exec(stderr)
      if (measureRss && rss) {
        maxRssKiB = Number(rss[1])
        stderr = stderr.slice(0, rss.index)
      }
      resolve({ exitCode, signal, stdout: Buffer.concat(out).toString('utf8'), stderr, maxRssKiB })
    })
  })
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')

/** `::command key=value,key=value::message`, as @actions/core writes them. */
export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = []
  stdout.split('\n').forEach((text, line) => {
    const m = /^::([a-z-]+)( [^:]*)?::(.*)$/.exec(text.replace(/\r$/, ''))
    if (!m) return
    const properties: Record<string, string> = {}
    for (const pair of (m[2] ?? '').trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=')
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
    }
    commands.push({ command: m[1], properties, message: unescapeData(m[3]), line })
  })
  return commands
}

/** The GITHUB_OUTPUT file: `name<<delimiter` … `delimiter` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(os.EOL)
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (m) {
      const end = lines.indexOf(m[2], i + 1)
      outputs[m[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=')
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
    }
  }
  return outputs
}

/**
 * The log as the runner shows it: masks applied, add-mask lines hidden,
 * annotations as `Error:` / `Warning:` lines.
 */
export function renderLog(run: Pick<ActionRun, 'stdout' | 'masks'>): string {
  const masks = run.masks.flatMap((m) => [m, ...m.split(/\r?\n/).map((l) => l.trim())]).filter((m) => m.length > 0)
  masks.sort((a, b) => b.length - a.length)
  const hide = (s: string) => masks.reduce((acc, m) => acc.split(m).join('***'), s)
  const lines: string[] = []
  for (const text of run.stdout.split('\n')) {
    if (!text) continue
    const [cmd] = parseCommands(text)
    if (cmd?.command === 'add-mask') continue
    if (cmd?.command === 'error' || cmd?.command === 'warning' || cmd?.command === 'notice') {
      const title = cmd.properties.title ? `${cmd.properties.title}: ` : ''
      lines.push(hide(`${cmd.command[0].toUpperCase()}${cmd.command.slice(1)}: ${title}${cmd.message}`))
    } else if (cmd) {
      continue
    } else {
      lines.push(hide(text))
    }
  }
  return lines.join('\n')
}

export function writeEventFile(dir: string, payload: unknown): string {
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(payload))
  return file
}
