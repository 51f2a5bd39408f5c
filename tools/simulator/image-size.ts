/**
 * Width and height of an uploaded image, read from its header the way X
 * reports them (`image.w`, `image.h`) in finalize, STATUS and one-shot
 * answers. PNG, GIF, JPEG and WEBP; undefined for anything unreadable.
 */
export interface ImageSize {
  w: number
  h: number
}

export function imageSize(bytes: Buffer): ImageSize | undefined {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('ascii', 12, 16) === 'IHDR') {
    return { w: bytes.readUInt32BE(16), h: bytes.readUInt32BE(20) }
  }
  if (bytes.length >= 10 && bytes.toString('ascii', 0, 3) === 'GIF') return { w: bytes.readUInt16LE(6), h: bytes.readUInt16LE(8) }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegSize(bytes)
  if (bytes.length >= 30 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') return webpSize(bytes)
  return undefined
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size. */
function jpegSize(bytes: Buffer): ImageSize | undefined {
  let at = 2
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = bytes.readUInt16BE(at + 2)
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { h: bytes.readUInt16BE(at + 5), w: bytes.readUInt16BE(at + 7) }
    }
    at += 2 + length
  }
  return undefined
}

function webpSize(bytes: Buffer): ImageSize | undefined {
  const chunk = bytes.toString('ascii', 12, 16)
  if (chunk === 'VP8X') return { w: 1 + bytes.readUIntLE(24, 3), h: 1 + bytes.readUIntLE(27, 3) }
  if (chunk === 'VP8 ') return { w: bytes.readUInt16LE(26) & 0x3fff, h: bytes.readUInt16LE(28) & 0x3fff }
  if (chunk === 'VP8L') {
    const bits = bytes.readUInt32LE(21)
    return { w: 1 + (bits & 0x3fff), h: 1 + ((bits >> 14) & 0x3fff) }
  }
  return undefined
}
