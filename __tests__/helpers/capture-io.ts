/**
 * An ActionIO that records everything the run says, for in-process runs of
 * `run()` (the fuzz tests): no runner, no @actions/core, plain arrays.
 */
import type { ActionIO } from '../../src/io/action-io.js'

export interface Captured {
  masks: string[]
  infos: string[]
  warnings: { message: string; title: string }[]
  notices: { message: string; title: string }[]
  errors: { message: string; title: string }[]
  outputs: Record<string, string>
  summary: string
  failed: string[]
}

export function captureIO(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): { io: ActionIO; captured: Captured } {
  const captured: Captured = { masks: [], infos: [], warnings: [], notices: [], errors: [], outputs: {}, summary: '', failed: [] }
  const io: ActionIO = {
    getInput: (name) => inputs[name] ?? '',
    env,
    setSecret: (value) => void captured.masks.push(value),
    info: (message) => void captured.infos.push(message),
    warning: (message, title) => void captured.warnings.push({ message, title }),
    notice: (message, title) => void captured.notices.push({ message, title }),
    error: (message, title) => void captured.errors.push({ message, title }),
    setOutput: (name, value) => void (captured.outputs[name] = value),
    writeSummary: async (markdown) => void (captured.summary += markdown),
    setFailed: (message) => void captured.failed.push(message)
  }
  return { io, captured }
}

/** Everything the run wrote that a log reader, a later step or the summary page would see. */
export function visibleText(c: Captured): string {
  return [
    ...c.infos,
    ...c.warnings.map((w) => `${w.title}: ${w.message}`),
    ...c.notices.map((n) => `${n.title}: ${n.message}`),
    ...c.errors.map((e) => `${e.title}: ${e.message}`),
    ...Object.values(c.outputs),
    c.summary,
    ...c.failed
  ].join('\n')
}
