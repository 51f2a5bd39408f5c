import type { ActionIO } from './action-io.js'
import { Redactor } from './secret.js'

/** An ActionIO that masks secrets as they are read, and scrubs every word it writes. */
export interface RedactingIO extends ActionIO {
  /** Registers a secret and its derived forms with the log masker and the scrubber. */
  mask(value: string): void
  /** The text with every registered secret form replaced: for a sink beyond this edge (a pull-request comment). */
  scrub(text: string): string
}

/**
 * Wraps an ActionIO so that redaction happens in one place, at the edge:
 * whatever the run prints, annotates, outputs or summarises passes through
 * the scrubber last, and no call site has to remember it.
 */
export function redacting(io: ActionIO): RedactingIO {
  const redactor = new Redactor()
  const say = (text: string) => redactor.redact(text)
  return {
    getInput: (name) => io.getInput(name),
    env: io.env,
    setSecret: (value) => io.setSecret(value),
    mask: (value) => {
      for (const form of redactor.add(value)) io.setSecret(form)
    },
    scrub: say,
    info: (message) => io.info(say(message)),
    warning: (message, title) => io.warning(say(message), say(title)),
    notice: (message, title) => io.notice(say(message), say(title)),
    error: (message, title) => io.error(say(message), say(title)),
    setOutput: (name, value) => io.setOutput(name, say(value)),
    writeSummary: (markdown) => io.writeSummary(say(markdown)),
    setFailed: (message) => io.setFailed(say(message))
  }
}
