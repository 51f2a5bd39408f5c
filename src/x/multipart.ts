/**
 * The multipart bodies of the media uploads: text fields first, then
 * `media`, laid out in one buffer reused for every body of an upload. The
 * file's bytes are read from disk straight into their place, so an upload
 * holds one chunk in memory and copies it once. (twitter-api-v2's form
 * encoder copies each chunk again, byte by byte, into a fresh buffer.)
 *
 * Used for an append (`segment_index` + `media`) and for the one-shot upload
 * of a small image (`media_category` + `media`).
 */
import { randomBytes } from 'node:crypto'

const CRLF = '\r\n'
/** Room for the text fields' headers to grow between bodies (a segment index from 0 to 999). */
const HEADER_SLACK_BYTES = 64

export class MediaForm {
  readonly boundary = `----x-credentials-action-${randomBytes(12).toString('hex')}`
  readonly #footer: Buffer
  #buffer?: Buffer

  /** `mediaBytes`: the most bytes of media one body carries. */
  constructor(readonly mediaBytes: number) {
    this.#footer = Buffer.from(`${CRLF}--${this.boundary}--${CRLF}`)
  }

  get contentType(): string {
    return `multipart/form-data; boundary=${this.boundary}`
  }

  /**
   * Lays out `fields`, then `media` with `length` bytes that `fill` writes
   * into the slot it is given. The body stays valid until the next call.
   */
  async body(fields: Record<string, string>, length: number, fill: (slot: Buffer) => Promise<void>): Promise<Buffer> {
    if (length > this.mediaBytes) throw new RangeError(`media of ${length} bytes exceeds the form's ${this.mediaBytes}`)
    const header = this.#header(fields)
    const size = header.length + length + this.#footer.length
    if (!this.#buffer || this.#buffer.length < size)
      this.#buffer = Buffer.allocUnsafe(header.length + HEADER_SLACK_BYTES + this.mediaBytes + this.#footer.length)
    const buffer = this.#buffer
    header.copy(buffer, 0)
    await fill(buffer.subarray(header.length, header.length + length))
    this.#footer.copy(buffer, header.length + length)
    return buffer.subarray(0, size)
  }

  /** An append's body: segment `index` of the upload. */
  segment(index: number, length: number, fill: (slot: Buffer) => Promise<void>): Promise<Buffer> {
    return this.body({ segment_index: String(index) }, length, fill)
  }

  #header(fields: Record<string, string>): Buffer {
    const text = Object.entries(fields)
      .map(([name, value]) => `--${this.boundary}${CRLF}Content-Disposition: form-data; name="${name}"${CRLF}${CRLF}${value}${CRLF}`)
      .join('')
    return Buffer.from(
      `${text}--${this.boundary}${CRLF}Content-Disposition: form-data; name="media"; filename="blob"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`
    )
  }
}
