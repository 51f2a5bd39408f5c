import { createHash, timingSafeEqual } from 'node:crypto'

const HIDDEN = '***'

/**
 * A credential value. It prints as its name, never as its value: `reveal()`
 * is the one way to the value, so every use of it is visible in the code.
 */
export class Secret {
  readonly #value: string

  constructor(
    /** The input it came from, e.g. `api-key`. */
    readonly input: string,
    value: string
  ) {
    this.#value = value
  }

  reveal(): string {
    return this.#value
  }

  /** A short SHA-256 fingerprint, so people can tell keys apart without seeing them. */
  get fingerprint(): string {
    return fingerprint(this.#value)
  }

  get length(): number {
    return this.#value.length
  }

  equals(other: Secret): boolean {
    const a = createHash('sha256').update(this.#value).digest()
    const b = createHash('sha256').update(other.#value).digest()
    return timingSafeEqual(a, b)
  }

  with(value: string): Secret {
    return new Secret(this.input, value)
  }

  toString(): string {
    return `[secret ${this.input}]`
  }

  toJSON(): string {
    return this.toString()
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString()
  }
}

export function fingerprint(value: string): string {
  return 'sha256:' + createHash('sha256').update(value).digest('hex').slice(0, 8)
}

/**
 * Every form of a secret the runner does not mask by itself, for `add-mask`
 * and for the last-line scrub of everything the action writes.
 */
export function derivedForms(value: string): string[] {
  const forms = new Set<string>([value, value.trim()])
  try {
    forms.add(decodeURIComponent(value.trim()))
  } catch {
    // Not valid percent-encoding: there is no decoded form to hide.
  }
  try {
    forms.add(encodeURIComponent(value.trim()))
  } catch {
    // A lone UTF-16 surrogate has no percent-encoding (URIError); such a value is refused as a credential anyway,
    // but masking runs first and must not throw.
  }
  forms.delete('')
  return [...forms]
}

/**
 * The last guard before text leaves the process: replaces every registered
 * secret form with `***`. The action never prints secrets on purpose; this
 * catches one echoed back by a server or a gateway.
 */
export class Redactor {
  #forms: string[] = []

  add(value: string): string[] {
    const added: string[] = []
    for (const form of derivedForms(value)) {
      // Short values would mangle ordinary text, as the runner also refuses to mask them.
      if (form.length < 4 || this.#forms.includes(form)) continue
      this.#forms.push(form)
      added.push(form)
    }
    this.#forms.sort((a, b) => b.length - a.length)
    return added
  }

  redact(text: string): string {
    let out = text
    for (const form of this.#forms) {
      if (out.includes(form)) out = out.split(form).join(HIDDEN)
    }
    return out
  }
}
