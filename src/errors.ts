/**
 * An input the user gave (or left empty) breaks a rule. The message names the
 * input and the rule, never the value: values may be secrets.
 */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(message)
    this.name = 'InputError'
  }
}
