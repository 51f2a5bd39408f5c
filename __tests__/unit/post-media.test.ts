import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { InputError } from '../../src/diagnoses/input-error.js'
import { MEDIA_LIMITS, countGifFrames, prepareMedia } from '../../src/operations/post/media.js'
import { WorkspaceFiles } from '../../src/settings/workspace.js'

const MB = 1024 * 1024

// Real, tiny files of each kind, so detection runs on what a user's repository would hold.
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const JPEG_HEADER = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 0x01, 0x01, 0, 0, 1, 0, 1, 0, 0])
const WEBP_1X1 = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64')

const GIF_HEADER = [...Buffer.from('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0] // 1×1, global color table of 2 colors
const GLOBAL_COLORS = [0, 0, 0, 0xff, 0xff, 0xff]
const NETSCAPE_LOOP = [0x21, 0xff, 0x0b, ...Buffer.from('NETSCAPE2.0'), 0x03, 0x01, 0x00, 0x00, 0x00]
const GRAPHIC_CONTROL = [0x21, 0xf9, 0x04, 0x04, 0x0a, 0x00, 0x00, 0x00]
const FRAME = [0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00]
const TRAILER = [0x3b]

const STILL_GIF = Buffer.from([...GIF_HEADER, ...GLOBAL_COLORS, ...GRAPHIC_CONTROL, ...FRAME, ...TRAILER])
const ANIMATED_GIF = Buffer.from([...GIF_HEADER, ...GLOBAL_COLORS, ...NETSCAPE_LOOP, ...GRAPHIC_CONTROL, ...FRAME, ...GRAPHIC_CONTROL, ...FRAME, ...TRAILER])
// One frame whose comment and image data are full of the bytes that introduce blocks (0x2C, 0x21):
// only a walk of the block structure, not a byte search, sees a single frame.
const STILL_GIF_WITH_DECOYS = Buffer.from([
  ...GIF_HEADER,
  ...GLOBAL_COLORS,
  ...[0x21, 0xfe, 0x05, ...Buffer.from(',,!,!'), 0x00],
  // a frame with its own (local) color table of 4 colors
  ...[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0x81, ...new Array(12).fill(0x2c)],
  ...[0x02, 0x04, 0x2c, 0x21, 0x2c, 0x21, 0x00],
  ...TRAILER
])

function isoMedia(brand: string): Buffer {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftyp' + brand), Buffer.from([0, 0, 2, 0]), Buffer.from(brand + 'mp41')])
  return Buffer.concat([ftyp, Buffer.from([0, 0, 0, 0x10]), Buffer.from('mdat'), Buffer.alloc(8, 0x42)])
}

let workspace: string
let outside: string
let files: WorkspaceFiles

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'media-workspace-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'media-outside-'))
  files = new WorkspaceFiles(workspace)
})

afterEach(async () => {
  await files.close()
  fs.rmSync(workspace, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
})

function write(name: string, content: Buffer | string, directory = workspace): string {
  const file = path.join(directory, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, content)
  return file
}

/** A file that starts with `header` and is `size` bytes long, without writing them (sparse). */
function writeLarge(name: string, header: Buffer, size: number): void {
  fs.truncateSync(write(name, header), size)
}

async function mediaError(media: string, altText = ''): Promise<InputError> {
  const error = await prepareMedia(media, altText, files).then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('recognising media by content', () => {
  test('no media input means no media', async () => {
    await expect(prepareMedia('', '', files)).resolves.toEqual([])
    await expect(prepareMedia(' \n , \n', '\n', files)).resolves.toEqual([])
  })

  test.each([
    ['a PNG', 'photo.png', PNG_1X1, 'image/png', 'tweet_image'],
    ['a JPEG', 'photo.jpg', JPEG_HEADER, 'image/jpeg', 'tweet_image'],
    ['a WEBP', 'photo.webp', WEBP_1X1, 'image/webp', 'tweet_image'],
    ['a single-frame GIF is a still image', 'still.gif', STILL_GIF, 'image/gif', 'tweet_image'],
    ['an animated GIF', 'loop.gif', ANIMATED_GIF, 'image/gif', 'tweet_gif'],
    ['a GIF with decoy bytes in its data is still one frame', 'decoy.gif', STILL_GIF_WITH_DECOYS, 'image/gif', 'tweet_image'],
    ['an MP4 video', 'clip.mp4', isoMedia('isom'), 'video/mp4', 'tweet_video'],
    ['a QuickTime (MOV) video', 'clip.mov', isoMedia('qt  '), 'video/quicktime', 'tweet_video']
  ])('%s', async (_name, file, content, mediaType, category) => {
    write(file, content)
    const [media] = await prepareMedia(file, '', files)
    expect(media).toEqual({
      given: file,
      path: fs.realpathSync(path.join(workspace, file)),
      size: content.length,
      handle: expect.any(Object),
      mediaType,
      category
    })
  })

  test('the content wins over a misleading extension', async () => {
    write('actually-a-png.jpg', PNG_1X1)
    const [media] = await prepareMedia('actually-a-png.jpg', '', files)
    expect(media.mediaType).toBe('image/png')
  })

  test('a .png that is really text is refused, naming the file and the accepted types', async () => {
    write('notes.png', 'these are my notes, not a picture\n')
    const error = await mediaError('notes.png')
    expect(error.input).toBe('media')
    expect(error.message).toContain("'notes.png'")
    expect(error.message).toContain('content')
    expect(error.message).toContain('JPEG, PNG, WEBP or GIF')
    expect(error.message).toContain('MP4 or MOV')
  })

  test('an iPhone HEIC photo (an ftyp box, but not video) is refused', async () => {
    write('IMG_0001.heic', isoMedia('heic'))
    const error = await mediaError('IMG_0001.heic')
    expect(error.message).toContain("'IMG_0001.heic' is not a file type X accepts")
  })

  test('an empty file is refused', async () => {
    write('empty.png', '')
    const error = await mediaError('empty.png')
    expect(error.message).toBe("`media`: 'empty.png' is empty (0 bytes).")
  })
})

describe('reading the media list', () => {
  test('paths separated by newlines and commas, with blanks and spaces ignored, keep their order', async () => {
    write('a.png', PNG_1X1)
    write('b.png', PNG_1X1)
    write('img/c.png', PNG_1X1)
    const media = await prepareMedia(' a.png , b.png\n\n  img/c.png ,\n', '', files)
    expect(media.map((m) => m.given)).toEqual(['a.png', 'b.png', 'img/c.png'])
  })

  test('an absolute path inside the workspace is fine', async () => {
    const file = write('a.png', PNG_1X1)
    const [media] = await prepareMedia(file, '', files)
    expect(media.path).toBe(fs.realpathSync(file))
  })

  test('a symbolic link to a file inside the workspace is fine', async () => {
    write('a.png', PNG_1X1)
    fs.symlinkSync(path.join(workspace, 'a.png'), path.join(workspace, 'link.png'))
    const [media] = await prepareMedia('link.png', '', files)
    expect(media).toMatchObject({ given: 'link.png', path: fs.realpathSync(path.join(workspace, 'a.png')) })
  })
})

describe('files the action refuses to touch', () => {
  test('a ../ path out of the workspace', async () => {
    write('secret.png', PNG_1X1, outside)
    const given = `../${path.basename(outside)}/secret.png`
    const error = await mediaError(given)
    expect(error.message).toBe(`\`media\`: '${given}' leads outside the workspace; only files inside the workspace can be used.`)
  })

  test('a symbolic link pointing outside the workspace', async () => {
    const target = write('secret.png', PNG_1X1, outside)
    fs.symlinkSync(target, path.join(workspace, 'innocent.png'))
    const error = await mediaError('innocent.png')
    expect(error.message).toContain("'innocent.png' leads outside the workspace through a symbolic link")
  })

  test('a directory', async () => {
    fs.mkdirSync(path.join(workspace, 'images'))
    const error = await mediaError('images')
    expect(error.message).toContain("'images' is a directory")
  })

  test('a missing file', async () => {
    const error = await mediaError('nope.png')
    expect(error.message).toBe("`media`: 'nope.png' was not found (paths are relative to the workspace).")
  })

  const asRoot = process.getuid?.() === 0
  // root reads any file, so the permission check cannot be exercised there.
  ;(asRoot ? test.skip : test)('a file the runner cannot read', async () => {
    fs.chmodSync(write('locked.png', PNG_1X1), 0o000)
    const error = await mediaError('locked.png')
    expect(error.message).toContain("'locked.png' cannot be read")
  })

  test('the same file twice, even under another name', async () => {
    write('a.png', PNG_1X1)
    const error = await mediaError('a.png\n./img/../a.png')
    expect(error.message).toBe("`media`: 'a.png' and './img/../a.png' are the same file; list each file once.")
  })
})

describe('size limits', () => {
  test('a 6 MB image is over the 5 MB limit', async () => {
    writeLarge('big.png', PNG_1X1, 6 * MB)
    const error = await mediaError('big.png')
    expect(error.message).toBe(`\`media\`: 'big.png' is 6.0 MB (${6 * MB} bytes); X accepts images up to 5 MB.`)
  })

  test('an image of exactly 5 MB is accepted', async () => {
    writeLarge('limit.jpg', JPEG_HEADER, MEDIA_LIMITS.imageBytes)
    await expect(prepareMedia('limit.jpg', '', files)).resolves.toHaveLength(1)
  })

  test('a still GIF over 5 MB counts as an image, not as an animated GIF', async () => {
    writeLarge('still.gif', STILL_GIF, 6 * MB)
    const error = await mediaError('still.gif')
    expect(error.message).toContain("'still.gif' is 6.0 MB")
    expect(error.message).toContain('single-frame GIF')
    expect(error.message).toContain('up to 5 MB')
  })

  test('an animated GIF of 10 MB is within its 15 MB limit', async () => {
    writeLarge('loop.gif', ANIMATED_GIF, 10 * MB)
    const [media] = await prepareMedia('loop.gif', '', files)
    expect(media).toMatchObject({ category: 'tweet_gif', size: 10 * MB })
  })

  test('a 16 MB GIF is over the 15 MB limit', async () => {
    writeLarge('huge.gif', ANIMATED_GIF, 16 * MB)
    const error = await mediaError('huge.gif')
    expect(error.message).toContain("'huge.gif' is 16.0 MB")
    expect(error.message).toContain('animated GIFs up to 15 MB')
  })

  test('a 600 MB video is over the 512 MB limit (and is never read whole)', async () => {
    writeLarge('long.mp4', isoMedia('isom'), 600 * MB)
    const error = await mediaError('long.mp4')
    expect(error.message).toContain("'long.mp4' is 600.0 MB")
    expect(error.message).toContain('videos up to 512 MB')
  })
})

describe('what one post can carry', () => {
  function images(count: number): string {
    return Array.from({ length: count }, (_, i) => write(`photo${i + 1}.png`, PNG_1X1))
      .map((f) => path.basename(f))
      .join('\n')
  }

  test('4 images are fine', async () => {
    await expect(prepareMedia(images(4), '', files)).resolves.toHaveLength(4)
  })

  test('5 images are one too many', async () => {
    const error = await mediaError(images(5))
    expect(error.message).toContain('up to 4 images, or 1 animated GIF, or 1 video, never a mix')
    expect(error.message).toContain("got 5 images ('photo1.png', 'photo2.png', 'photo3.png', 'photo4.png', 'photo5.png')")
  })

  test('an image and a video cannot share a post', async () => {
    write('photo.png', PNG_1X1)
    write('clip.mp4', isoMedia('isom'))
    const error = await mediaError('photo.png, clip.mp4')
    expect(error.message).toContain("got 1 image ('photo.png') and 1 video ('clip.mp4')")
  })

  test('two animated GIFs cannot share a post', async () => {
    write('a.gif', ANIMATED_GIF)
    write('b.gif', ANIMATED_GIF)
    const error = await mediaError('a.gif, b.gif')
    expect(error.message).toContain("got 2 animated GIFs ('a.gif', 'b.gif')")
  })

  test('a still GIF is an image, so it goes with other images', async () => {
    write('still.gif', STILL_GIF)
    write('photo.png', PNG_1X1)
    const media = await prepareMedia('still.gif, photo.png', '', files)
    expect(media.map((m) => m.category)).toEqual(['tweet_image', 'tweet_image'])
  })
})

describe('alt text', () => {
  beforeEach(() => {
    write('a.png', PNG_1X1)
    write('b.png', PNG_1X1)
    write('c.png', PNG_1X1)
  })

  test('one line per file, in order; an empty line leaves a file without alt text', async () => {
    const media = await prepareMedia('a.png, b.png, c.png', 'A red square\n\n  A blue circle  \n', files)
    expect(media.map((m) => m.altText)).toEqual(['A red square', undefined, 'A blue circle'])
    expect(media[1]).not.toHaveProperty('altText')
  })

  test('fewer lines than files leaves the rest without alt text', async () => {
    const media = await prepareMedia('a.png, b.png', 'Only the first\r\n', files)
    expect(media.map((m) => m.altText)).toEqual(['Only the first', undefined])
  })

  test('more lines than files', async () => {
    const error = await mediaError('a.png, b.png', 'one\ntwo\nthree')
    expect(error.input).toBe('media-alt-text')
    expect(error.message).toContain('has 3 lines but `media` lists 2 files')
  })

  test('alt text without any media', async () => {
    const error = await mediaError('', 'a description')
    expect(error.message).toContain('has 1 line but `media` lists 0 files')
  })

  test('an alt text over 1000 characters gives its line and length, not its text', async () => {
    const error = await mediaError('a.png, b.png', `fine\n${'x'.repeat(1001)}`)
    expect(error.input).toBe('media-alt-text')
    expect(error.message).toBe('`media-alt-text`: line 2 is 1001 characters; X allows at most 1000.')
  })

  test('1000 characters, emoji counted once each, is allowed', async () => {
    const [media] = await prepareMedia('a.png', '🌅'.repeat(1000), files)
    expect(media.altText).toHaveLength(2000)
  })
})

describe('counting GIF frames', () => {
  test.each([
    ['a still GIF', STILL_GIF, 1],
    ['an animated GIF (stops counting at 2)', ANIMATED_GIF, 2],
    ['decoy bytes inside blocks', STILL_GIF_WITH_DECOYS, 1],
    ['only a header', Buffer.from(GIF_HEADER), 0],
    ["cut off inside the second frame's image data", ANIMATED_GIF.subarray(0, ANIMATED_GIF.length - 3), 2],
    ['cut off inside the first image descriptor', STILL_GIF.subarray(0, GIF_HEADER.length + 6 + 8 + 4), 0]
  ])('%s', (_name, gif, frames) => {
    expect(countGifFrames(gif)).toBe(frames)
  })
})
