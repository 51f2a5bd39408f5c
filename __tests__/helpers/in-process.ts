/**
 * The action's `run()` in this process, as the runner would start it but
 * without a child process: a workspace of its own with the given files, the
 * event payload in a file, the inputs, and everything it says captured. For
 * the suites that test the source directly against the simulators (and count
 * towards `--coverage`, which child processes do not).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIAGNOSES } from '../../src/diagnoses/catalogue.js'
import { Deadline } from '../../src/deadline.js'
import { redacting } from '../../src/io/redacting-io.js'
import { run } from '../../src/main.js'
import { captureIO, type Captured } from './capture-io.js'

export interface InProcessOptions {
  env?: NodeJS.ProcessEnv
  /** Files of the workspace, by their path in it. */
  files?: Record<string, string | Buffer>
  /** The event as GitHub writes it (`GITHUB_EVENT_NAME`, and the payload in `GITHUB_EVENT_PATH`); default `workflow_dispatch` with `{}`. */
  event?: { name: string; payload: unknown }
}

export async function runInProcess(inputs: Record<string, string>, o: InProcessOptions = {}): Promise<Captured> {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'x-in-process-'))
  try {
    for (const [name, content] of Object.entries(o.files ?? {})) {
      fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true })
      fs.writeFileSync(path.join(workspace, name), content)
    }
    const eventPath = path.join(workspace, '..', `${path.basename(workspace)}-event.json`)
    fs.writeFileSync(eventPath, JSON.stringify(o.event?.payload ?? {}))
    try {
      const env = { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: o.event?.name ?? 'workflow_dispatch', ...o.env }
      const { io, captured } = captureIO(inputs, env)
      await run(redacting(io), Deadline.in(60_000))
      return captured
    } finally {
      fs.rmSync(eventPath, { force: true })
    }
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true })
  }
}

const ID_BY_TITLE = new Map(Object.entries(DIAGNOSES).map(([id, entry]) => [entry.title as string, id]))

/** The diagnosis ids of annotations, by their titles (the catalogue's). */
export const idsOf = (annotations: Captured['errors']) => annotations.map((a) => ID_BY_TITLE.get(a.title) ?? `untitled: ${a.title}`)
