/**
 * The type and size in pixels of an uploaded still image, read from its
 * bytes as X does: the one-shot upload answers with `image.image_type`,
 * `image.w` and `image.h`.
 */

export interface ImageInfo {
  imageType: 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp'
  w: number
  h: number
}

/** undefined when the bytes are no JPEG, PNG, GIF or WebP whose size can be read. */
export function imageInfo(bytes: Buffer): ImageInfo | undefined {
  const ascii = (start: number, end: number) => bytes.toString('latin1', start, end)
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && ascii(12, 16) === 'IHDR') {
    return { imageType: 'image/png', w: bytes.readUInt32BE(16), h: bytes.readUInt32BE(20) }
  }
  if (bytes.length >= 10 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) {
    return { imageType: 'image/gif', w: bytes.readUInt16LE(6), h: bytes.readUInt16LE(8) }
  }
  if (bytes.length >= 30 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return webp(bytes)
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpeg(bytes)
  return undefined
}

function webp(bytes: Buffer): ImageInfo | undefined {
  const kind = bytes.toString('latin1', 12, 16)
  if (kind === 'VP8 ') return { imageType: 'image/webp', w: bytes.readUInt16LE(26) & 0x3fff, h: bytes.readUInt16LE(28) & 0x3fff }
  if (kind === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { imageType: 'image/webp', w: (bits & 0x3fff) + 1, h: ((bits >> 14) & 0x3fff) + 1 }
  }
  if (kind === 'VP8X') return { imageType: 'image/webp', w: bytes.readUIntLE(24, 3) + 1, h: bytes.readUIntLE(27, 3) + 1 }
  return undefined
}

/** Walks the JPEG markers to the first start-of-frame (SOF0–SOF15, not DHT, JPG or DAC). */
function jpeg(bytes: Buffer): ImageInfo | undefined {
  let offset = 2
  while (offset + 9 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1]
    if (marker === 0xff) {
      offset++
      continue
    }
    const length = bytes.readUInt16BE(offset + 2)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { imageType: 'image/jpeg', h: bytes.readUInt16BE(offset + 5), w: bytes.readUInt16BE(offset + 7) }
    }
    offset += 2 + length
  }
  return undefined
}
