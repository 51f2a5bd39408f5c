import type { FileHandle } from 'node:fs/promises'
import { InputError } from '../../diagnoses/input-error.js'
import { readAtMost, type WorkspaceFiles } from '../../settings/workspace.js'

export type MediaType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4' | 'video/quicktime'
export type MediaCategory = 'tweet_image' | 'tweet_gif' | 'tweet_video'

export interface MediaFile {
  /** The path as the user wrote it. */
  given: string
  /** Absolute, symlinks resolved. */
  path: string
  size: number
  /** Opened once when it was checked; the upload reads it through this. */
  handle: FileHandle
  mediaType: MediaType
  category: MediaCategory
  altText?: string
}

const MB = 1024 * 1024

export const MEDIA_LIMITS = {
  imageBytes: 5 * MB,
  gifBytes: 15 * MB,
  videoBytes: 512 * MB,
  images: 4,
  altTextChars: 1000
} as const

const ACCEPTED_TYPES = 'JPEG, PNG, WEBP or GIF images, or MP4 or MOV videos'
const HEADER_BYTES = 16

/** Parses the `media` input (paths separated by newlines or commas; blank entries ignored; surrounding whitespace trimmed) relative to the workspace, and `media-alt-text` (one alt text per line, in the same order; empty lines mean "no alt text for this file"). Returns [] when no media. */
export async function prepareMedia(mediaInput: string, altTextInput: string, workspace: WorkspaceFiles): Promise<MediaFile[]> {
  const given = mediaInput
    .split(/[\r\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const altTexts = parseAltTexts(altTextInput, given.length)
  if (given.length === 0) return []

  const files: MediaFile[] = []
  for (const [i, entry] of given.entries()) {
    const file = await inspectFile(entry, workspace)
    const twin = files.find((f) => f.path === file.path)
    if (twin) {
      throw new InputError('media', `\`media\`: '${twin.given}' and '${entry}' are the same file; list each file once.`)
    }
    files.push(altTexts[i] === undefined ? file : { ...file, altText: altTexts[i] })
  }
  checkMix(files)
  return files
}

function parseAltTexts(altTextInput: string, fileCount: number): (string | undefined)[] {
  const lines = altTextInput
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
  // A YAML block scalar (`|`) ends with a newline; trailing empty lines name no file.
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()

  if (lines.length > fileCount) {
    throw new InputError(
      'media-alt-text',
      `\`media-alt-text\`: has ${lines.length} ${plural(lines.length, 'line')} but \`media\` lists ` +
        `${fileCount} ${plural(fileCount, 'file')}; give one alt text per line, in the order of the files ` +
        '(an empty line for a file without one).'
    )
  }
  return lines.map((line, i) => {
    // X counts alt text in characters, so count code points rather than UTF-16 units.
    const length = [...line].length
    if (length > MEDIA_LIMITS.altTextChars) {
      throw new InputError('media-alt-text', `\`media-alt-text\`: line ${i + 1} is ${length} characters; X allows at most ${MEDIA_LIMITS.altTextChars}.`)
    }
    return line === '' ? undefined : line
  })
}

async function inspectFile(given: string, files: WorkspaceFiles): Promise<MediaFile> {
  const file = await files.open('media', given, '; list the files in it one by one')
  if (file.size === 0) throw new InputError('media', `\`media\`: '${given}' is empty (0 bytes).`)
  // Videos can be hundreds of megabytes: only their first bytes are read here.
  const header = Buffer.alloc(HEADER_BYTES)
  const { bytesRead } = await file.handle.read(header, 0, HEADER_BYTES, 0)
  const mediaType = detectMediaType(header.subarray(0, bytesRead))
  if (mediaType === undefined) {
    throw new InputError('media', `\`media\`: '${given}' is not a file type X accepts (recognised from its content, not its name); use ${ACCEPTED_TYPES}.`)
  }
  const category = await categorise(given, file.handle, mediaType, file.size)
  checkSize(given, file.size, mediaType, category)
  return { given, path: file.path, size: file.size, handle: file.handle, mediaType, category }
}

// ISO-BMFF brands that carry still images or audio, not video: X would reject them after the upload.
const NOT_VIDEO_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'avif', 'avis', 'M4A ', 'M4B ', 'M4P '])

/** The media type from the file's magic bytes; undefined when it is none X accepts. */
function detectMediaType(header: Buffer): MediaType | undefined {
  const ascii = (start: number, end: number): string => header.toString('latin1', start, end)
  if (header.length >= 3 && header[0] === 0xff && header[1] === 0xd8 && header[2] === 0xff) return 'image/jpeg'
  if (header.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'image/gif'
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp'
  if (ascii(4, 8) === 'ftyp' && header.length >= 12) {
    const brand = ascii(8, 12)
    if (NOT_VIDEO_BRANDS.has(brand)) return undefined
    return brand === 'qt  ' ? 'video/quicktime' : 'video/mp4'
  }
  return undefined
}

async function categorise(given: string, handle: FileHandle, mediaType: MediaType, size: number): Promise<MediaCategory> {
  if (mediaType.startsWith('video/')) return 'tweet_video'
  if (mediaType !== 'image/gif') return 'tweet_image'
  // Too big even for an animated GIF: no need to read it to say so.
  if (size > MEDIA_LIMITS.gifBytes) return 'tweet_gif'

  const whole = await readAtMost({ given, path: given, size, handle }, MEDIA_LIMITS.gifBytes)
  if (!whole) return 'tweet_gif'
  const frames = countGifFrames(whole)
  if (frames === 0) {
    throw new InputError('media', `\`media\`: '${given}' is a GIF with no image in it; the file looks damaged.`)
  }
  return frames > 1 ? 'tweet_gif' : 'tweet_image'
}

/**
 * Counts image frames by walking the GIF block structure, stopping at 2 (all the caller needs to tell
 * animated from still). A truncated file yields the frames seen before the cut.
 */
export function countGifFrames(gif: Uint8Array): number {
  const HEADER = 6
  const SCREEN_DESCRIPTOR = 7
  const IMAGE_DESCRIPTOR = 9
  let offset = HEADER + SCREEN_DESCRIPTOR
  if (gif.length < offset) return 0
  offset += colorTableBytes(gif[HEADER + 4])

  let frames = 0
  while (offset < gif.length && frames < 2) {
    const introducer = gif[offset]
    if (introducer === 0x2c) {
      // Image descriptor, optional local color table, LZW minimum code size, then the image data sub-blocks.
      if (offset + 1 + IMAGE_DESCRIPTOR > gif.length) break
      frames++
      offset += 1 + IMAGE_DESCRIPTOR
      offset += colorTableBytes(gif[offset - 1]) + 1
      offset = skipSubBlocks(gif, offset)
    } else if (introducer === 0x21) {
      // Extension: label, then data sub-blocks.
      offset = skipSubBlocks(gif, offset + 2)
    } else {
      // 0x3B is the trailer; anything else is garbage after the last good block.
      break
    }
  }
  return frames
}

/** A packed field's color table flag (bit 7) and size (bits 0-2) → bytes the table occupies. */
function colorTableBytes(packed: number): number {
  return packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0
}

/** Skips a chain of sub-blocks (length byte, data) ending with a zero-length block. */
function skipSubBlocks(gif: Uint8Array, offset: number): number {
  while (offset < gif.length) {
    const length = gif[offset]
    offset += 1 + length
    if (length === 0) break
  }
  return offset
}

function checkSize(given: string, size: number, mediaType: MediaType, category: MediaCategory): void {
  const [limit, kind] =
    category === 'tweet_video'
      ? [MEDIA_LIMITS.videoBytes, 'videos']
      : category === 'tweet_gif'
        ? [MEDIA_LIMITS.gifBytes, 'animated GIFs']
        : [MEDIA_LIMITS.imageBytes, mediaType === 'image/gif' ? 'still images (a single-frame GIF is one)' : 'images']
  if (size > limit) {
    throw new InputError('media', `\`media\`: '${given}' is ${formatMegabytes(size)} (${size} bytes); X accepts ${kind} up to ${limit / MB} MB.`)
  }
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`
}

// X attaches up to 4 images, or 1 animated GIF, or 1 video to a post, never a mix.
function checkMix(files: MediaFile[]): void {
  const inCategory = (category: MediaCategory): MediaFile[] => files.filter((f) => f.category === category)
  const images = inCategory('tweet_image')
  const gifs = inCategory('tweet_gif')
  const videos = inCategory('tweet_video')
  const fits = gifs.length + videos.length === 0 ? images.length <= MEDIA_LIMITS.images : files.length === 1
  if (fits) return

  const given = [describeGroup(images, 'image'), describeGroup(gifs, 'animated GIF'), describeGroup(videos, 'video')]
  throw new InputError(
    'media',
    `\`media\`: a post can carry up to ${MEDIA_LIMITS.images} images, or 1 animated GIF, or 1 video, never a mix; ` +
      `got ${given.filter((s) => s !== '').join(' and ')}.`
  )
}

/** "2 images ('a.png', 'b.jpg')", or '' for none. */
function describeGroup(files: MediaFile[], noun: string): string {
  if (files.length === 0) return ''
  return `${files.length} ${plural(files.length, noun)} (${files.map((f) => `'${f.given}'`).join(', ')})`
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`
}
