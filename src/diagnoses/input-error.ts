import type { DiagnosisId } from './catalogue.js'
import { finding, type Finding } from './finding.js'

/**
 * An input the user gave (or left empty) breaks a rule. The message names the
 * input in backticks, then the rule, never the value: values may be secrets.
 * It carries its diagnosis, so nothing downstream reads the message to tell
 * one kind of refusal from another.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
    readonly diagnosis: DiagnosisId = 'invalid-input'
  ) {
    super(message)
    this.name = 'InputError'
  }

  toFinding(): Finding {
    return finding(this.diagnosis, this.message, this.input)
  }
}
