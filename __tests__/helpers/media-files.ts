/** Small real media files, made in code: what the tests upload. */
import { deflateSync } from 'node:zlib'

function crc32(buf: Buffer): number {
  let c = ~0
  for (const byte of buf) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
  }
  return ~c >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([len, body, crc])
}

/** A valid w×h RGB PNG whose pixels depend on `seed`, so every file differs. */
export function png(width: number, height: number, seed: number): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3)
    for (let x = 0; x < width * 3; x++) row[1 + x] = (x * 7 + y * 13 + seed * 31) & 0xff
    rows.push(row)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** An MP4-shaped file of `bytes` bytes: an `ftyp` box, then patterned data. */
export function mp4(bytes: number): Buffer {
  const ftyp = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')])
  const out = Buffer.alloc(bytes)
  ftyp.copy(out)
  for (let i = ftyp.length; i < bytes; i += 4096) out[i] = (i / 4096) & 0xff
  return out
}

/** A baseline JPEG of `bytes` bytes whose frame header says w×h (pixels not decodable: only the header is read). */
export function jpeg(width: number, height: number, bytes: number): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1])
  const out = Buffer.alloc(Math.max(bytes, frame.length + 4))
  out.set([0xff, 0xd8], 0)
  frame.copy(out, 2)
  out.set([0xff, 0xd9], out.length - 2)
  return out
}

/** A GIF89a of `frames` frames (more than one: animated), each one pixel drawn at the origin of a w×h screen. */
export function gif(width: number, height: number, frames = 1): Buffer {
  const screen = Buffer.alloc(7)
  screen.writeUInt16LE(width, 0)
  screen.writeUInt16LE(height, 2)
  // A global colour table of 2 colours follows.
  screen[4] = 0x80
  const colours = Buffer.from([0, 0, 0, 0xff, 0xff, 0xff])
  // Image descriptor at 0,0, 1×1, no local table; LZW minimum code size 2, one sub-block (clear, 0, end), terminator.
  const frame = Buffer.from([0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00])
  return Buffer.concat([Buffer.from('GIF89a', 'latin1'), screen, colours, ...Array.from({ length: frames }, () => frame), Buffer.from([0x3b])])
}
