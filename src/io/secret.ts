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

/** Forms shorter than this are not registered: masking them would mangle ordinary text (credentials this short are refused anyway). */
export const MIN_FORM_LENGTH = 8
/** A piece of a credential this long in text to be posted is refused; the leak checks look for pieces of this length too. */
export const PIECE_LENGTH = 12

/**
 * Every form of a secret that can travel: as given, trimmed, each line of a
 * multi-line value, percent-decoded and -encoded, and the stable core of its
 * base64 encoding at each of the three byte alignments (what a base64 text
 * holding it contains wherever it starts, e.g. inside `Basic base64(user:secret)`).
 * The runner masks some of these itself, not all: every one goes to
 * `::add-mask::` and to the scrubber.
 */
export function derivedForms(value: string): string[] {
  const forms = new Set<string>()
  const add = (form: string | undefined) => {
    if (form && form.length >= MIN_FORM_LENGTH) forms.add(form)
  }
  const trimmed = value.trim()
  add(value)
  add(trimmed)
  for (const line of value.split(/\r\n|\r|\n/)) add(line.trim())
  add(attempt(() => decodeURIComponent(trimmed)))
  // A lone UTF-16 surrogate has no percent-encoding (URIError); such a value is refused as a credential anyway, but masking runs first and must not throw.
  add(attempt(() => encodeURIComponent(trimmed)))
  for (const core of base64Cores(trimmed)) add(core)
  return [...forms]
}

const attempt = (f: () => string): string | undefined => {
  try {
    return f()
  } catch {
    return undefined
  }
}

/**
 * The base64 characters a secret becomes wherever it starts in an encoded
 * text: for each alignment, the whole 3-byte groups of the secret from that
 * byte on, which encode the same whatever comes before or after.
 */
export function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value)
  return [0, 1, 2].map((shift) => {
    const aligned = bytes.subarray(shift)
    return aligned.subarray(0, aligned.length - (aligned.length % 3)).toString('base64')
  })
}

/**
 * The HTTP Basic credential of a pair (`Authorization: Basic …`), as
 * twitter-api-v2 sends it (each half percent-encoded) and as others do (raw).
 */
export function basicCredentials(user: string, password: string): string[] {
  const raw = Buffer.from(`${user}:${password}`).toString('base64')
  const encoded = attempt(() => Buffer.from(`${encodeURIComponent(user)}:${encodeURIComponent(password)}`).toString('base64'))
  return [...new Set([raw, encoded ?? raw])]
}

/**
 * Whatever carries a credential, by its shape, whoever's it is: an
 * Authorization header's value, `Basic`/`Bearer` credentials, OAuth 1.0a
 * parameters, OAuth 2.0 token fields, GitHub tokens. The name stays, the value
 * goes: `oauth_token="***"`.
 */
const CARRIERS: [RegExp, (match: string, ...groups: string[]) => string][] = [
  // `"authorization":"Bearer …"` in JSON: the whole string, escaped quotes and all.
  [/\b((?:proxy-)?authorization)("\s*:\s*")((?:\\.|[^"\\\r\n])*)/gi, (_m, name, sep) => `${name}${sep}***`],
  // `Authorization: OAuth oauth_consumer_key="…", …` as a header line: the whole value, to the end of the line.
  [/\b((?:proxy-)?authorization)(\s*[:=]\s*)([^\r\n]+)/gi, (_m, name, sep) => `${name}${sep}***`],
  [/\b(Basic|Bearer|OAuth|token)(\s+)([A-Za-z0-9+/=._~%-]{16,})/gi, (_m, scheme, space) => `${scheme}${space}***`],
  [
    /\b(oauth_(?:consumer_key|token|signature|verifier|token_secret|consumer_secret))(\s*=\s*\\?["']?|%3D%22|%3D|%253D)([^\s&,"'\\%]+(?:%[0-9A-Fa-f]{2}[^\s&,"'\\%]*)*)/gi,
    (_m, name, sep) => `${name}${sep}***`
  ],
  [
    /\b(access_token|refresh_token|client_secret|code_verifier|id_token)(\\?["']?\s*[:=]\s*\\?["']?|%3D)([^\s&,"'\\]+)/gi,
    (_m, name, sep) => `${name}${sep}***`
  ],
  [/\b(?:gh[pousr]_[A-Za-z0-9_]{30,}|github_pat_[A-Za-z0-9_]{40,})/g, () => '***']
]

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Forms up to this length go into the one regular expression; credentials are under 512 characters. */
const MAX_PATTERN_FORM = 1024

/** Every run of one character, like the `A`s that open a bearer token: no piece of a secret in particular. */
const MONOTONE = /^(.)\1*$/su

/**
 * The one scrubber, at the edges: what arrives from outside (X's and
 * GitHub's answers, before anything cuts them short) and what leaves (every
 * line, annotation, output and the summary) passes it. It replaces every
 * registered form of a secret, then every credential carrier by its shape,
 * with `***`; and it tells whether a text holds a secret or a piece of one.
 */
export class Redactor {
  #forms = new Set<string>()
  #pattern?: RegExp
  /** Forms longer than MAX_PATTERN_FORM, longest first: replaced without a regular expression. */
  #long: string[] = []
  /** Every PIECE_LENGTH-character piece of every registered form, but the public `<user id>-` of an access token. */
  #pieces = new Set<string>()

  /** Registers a secret; returns the forms not registered before, for `::add-mask::`. */
  add(value: string): string[] {
    return this.addForms(derivedForms(value))
  }

  /** Registers forms as they are (a Basic credential, derived by its owner from two secrets). */
  addForms(forms: readonly string[]): string[] {
    const added = forms.filter((form) => form.length >= MIN_FORM_LENGTH && !this.#forms.has(form))
    for (const form of added) {
      this.#forms.add(form)
      const publicPrefix = /^\d+-/.exec(form)?.[0].length ?? 0
      for (let i = 0; i + PIECE_LENGTH <= form.length; i++) {
        const piece = form.slice(i, i + PIECE_LENGTH)
        if (i + PIECE_LENGTH > publicPrefix && !MONOTONE.test(piece)) this.#pieces.add(piece)
      }
    }
    if (added.length) {
      const longestFirst = [...this.#forms].sort((a, b) => b.length - a.length)
      // A value far longer than any credential (a file pasted into a secret) is no form for a regular expression:
      // V8 refuses one that large. Those are replaced as plain strings, before the rest, so the longest still go first.
      this.#long = longestFirst.filter((form) => form.length > MAX_PATTERN_FORM)
      const short = longestFirst.filter((form) => form.length <= MAX_PATTERN_FORM)
      this.#pattern = short.length ? new RegExp(short.map(escapeRegExp).join('|'), 'g') : undefined
    }
    return added
  }

  /** The text with every registered secret form and every credential carrier replaced by `***`. */
  scrub(text: string): string {
    let out = text
    for (const form of this.#long) out = out.split(form).join(HIDDEN)
    if (this.#pattern) out = out.replace(this.#pattern, HIDDEN)
    for (const [pattern, replace] of CARRIERS) out = out.replace(pattern, replace)
    return out
  }

  /** Whether the text holds a registered secret, or a piece of one of PIECE_LENGTH characters. */
  holds(text: string): boolean {
    if (this.#pieces.size === 0) return false
    for (let i = 0; i + PIECE_LENGTH <= text.length; i++) if (this.#pieces.has(text.slice(i, i + PIECE_LENGTH))) return true
    return false
  }
}
