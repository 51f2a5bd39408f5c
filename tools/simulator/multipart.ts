/** Just enough `multipart/form-data` parsing for media APPEND, with binary-safe parts. */

export interface FormPart {
  name: string
  filename?: string
  contentType?: string
  value: Buffer
}

export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return null
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match ? (match[1] ?? match[2]) : null
}

/** Returns the parts by field name, or null when the body is not valid multipart. */
export function parseMultipart(body: Buffer, boundary: string): Map<string, FormPart> | null {
  const delimiter = Buffer.from('--' + boundary)
  const parts = new Map<string, FormPart>()
  let position = body.indexOf(delimiter)
  if (position === -1) return null
  for (;;) {
    position += delimiter.length
    // `--` right after a delimiter closes the body.
    if (body.subarray(position, position + 2).toString() === '--') return parts
    if (body.subarray(position, position + 2).toString() !== '\r\n') return null
    const headerStart = position + 2
    const headerEnd = body.indexOf('\r\n\r\n', headerStart)
    if (headerEnd === -1) return null
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4)
    if (next === -1) return null
    const part = readPartHeaders(body.subarray(headerStart, headerEnd).toString('latin1'))
    if (!part) return null
    parts.set(part.name, { ...part, value: Buffer.from(body.subarray(headerEnd + 4, next)) })
    position = next + 2
  }
}

function readPartHeaders(block: string): Omit<FormPart, 'value'> | null {
  let name: string | undefined
  let filename: string | undefined
  let contentType: string | undefined
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon === -1) continue
    const header = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (header === 'content-disposition') {
      name = /\bname="([^"]*)"/i.exec(value)?.[1]
      filename = /\bfilename="([^"]*)"/i.exec(value)?.[1]
    } else if (header === 'content-type') {
      contentType = value
    }
  }
  return name === undefined ? null : { name, filename, contentType }
}
