/**
 * The body of a media append (`segment_index` + `media`), laid out in one
 * buffer reused for every segment: the file's bytes are read from disk
 * straight into their place, so an upload holds one chunk in memory and
 * copies it once. (twitter-api-v2's form encoder copies each chunk again,
 * byte by byte, into a fresh buffer.)
 */
import { randomBytes } from 'node:crypto'

const CRLF = '\r\n'
/** X numbers segments 0 to 999. */
const MAX_SEGMENT_DIGITS = 3

export class AppendForm {
  readonly boundary = `----x-credentials-action-${randomBytes(12).toString('hex')}`
  readonly #buffer: Buffer
  readonly #footer: Buffer

  constructor(readonly chunkBytes: number) {
    this.#footer = Buffer.from(`${CRLF}--${this.boundary}--${CRLF}`)
    this.#buffer = Buffer.allocUnsafe(this.#header(10 ** MAX_SEGMENT_DIGITS - 1).length + chunkBytes + this.#footer.length)
  }

  get contentType(): string {
    return `multipart/form-data; boundary=${this.boundary}`
  }

  /**
   * Lays out segment `index` with `length` bytes that `fill` writes into the
   * slot it is given. The body stays valid until the next call.
   */
  async segment(index: number, length: number, fill: (slot: Buffer) => Promise<void>): Promise<Buffer> {
    if (length > this.chunkBytes) throw new RangeError(`segment of ${length} bytes exceeds the chunk size ${this.chunkBytes}`)
    const header = this.#header(index)
    header.copy(this.#buffer, 0)
    await fill(this.#buffer.subarray(header.length, header.length + length))
    this.#footer.copy(this.#buffer, header.length + length)
    return this.#buffer.subarray(0, header.length + length + this.#footer.length)
  }

  #header(index: number): Buffer {
    return Buffer.from(
      `--${this.boundary}${CRLF}Content-Disposition: form-data; name="segment_index"${CRLF}${CRLF}${index}${CRLF}` +
        `--${this.boundary}${CRLF}Content-Disposition: form-data; name="media"; filename="blob"${CRLF}Content-Type: application/octet-stream${CRLF}${CRLF}`
    )
  }
}
