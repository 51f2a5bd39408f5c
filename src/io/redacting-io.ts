import type { ActionIO } from './action-io.js'
import { neutraliseCommands } from './log-line.js'
import { Redactor } from './secret.js'

/** An ActionIO that masks secrets as they are read, and scrubs and neutralises every word it writes. */
export interface RedactingIO extends ActionIO {
  /** Registers a secret and its derived forms with the log masker and the scrubber. */
  mask(value: string): void
  /** Registers forms derived from several secrets (a Basic credential) as they are. */
  maskForms(forms: readonly string[]): void
  /** The scrubber: every registered secret form and every credential carrier replaced by `***`. Outside text passes it on arrival. */
  scrub(text: string): string
  /** Whether the text holds a registered secret or a 12-character piece of one. */
  holdsSecret(text: string): boolean
}

/**
 * Wraps an ActionIO so that redaction happens in one place, at the edge:
 * whatever the run prints, annotates, outputs or summarises passes through
 * the scrubber last, and no call site has to remember it. What goes to the
 * log (lines, annotations, the failure) is also neutralised there, so that no
 * line can be read by the runner as a workflow command.
 */
export function redacting(io: ActionIO): RedactingIO {
  const redactor = new Redactor()
  const scrub = (text: string) => redactor.scrub(text)
  const say = (text: string) => neutraliseCommands(scrub(text))
  return {
    getInput: (name) => io.getInput(name),
    env: io.env,
    setSecret: (value) => io.setSecret(value),
    mask: (value) => {
      for (const form of redactor.add(value)) io.setSecret(form)
    },
    maskForms: (forms) => {
      for (const form of redactor.addForms(forms)) io.setSecret(form)
    },
    scrub,
    holdsSecret: (text) => redactor.holds(text),
    info: (message) => io.info(say(message)),
    warning: (message, title) => io.warning(say(message), say(title)),
    notice: (message, title) => io.notice(say(message), say(title)),
    error: (message, title) => io.error(say(message), say(title)),
    setOutput: (name, value) => io.setOutput(name, scrub(value)),
    writeSummary: (markdown) => io.writeSummary(scrub(markdown)),
    setFailed: (message) => io.setFailed(say(message))
  }
}
