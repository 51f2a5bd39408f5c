/**
 * Sends one file to X's v2 media endpoints. A still image that fits in one
 * chunk goes in one request (the one-shot `POST /2/media/upload`, ready at
 * once); anything else streams: initialize, append one chunk at a time read
 * from disk (memory holds one chunk, whatever the file's size), finalize,
 * then poll while X processes video or an animated GIF. Alt text follows
 * either way (`POST /2/media/metadata`). twitter-api-v2's uploadMedia wants
 * the whole file as one Buffer, hence this code.
 */
import type { FileHandle } from 'node:fs/promises'
import type { MediaState, XClient } from '../../x/api.js'
import { MediaForm } from '../../x/multipart.js'
import type { MediaFile } from './media.js'

export const CHUNK_BYTES = 4 * 1024 * 1024

/** A still image of at most one chunk: one request instead of initialize, append and finalize. */
function isOneShot(file: Pick<MediaFile, 'size' | 'category'>): boolean {
  return file.category === 'tweet_image' && file.size <= CHUNK_BYTES
}
/** How long X may process one video before the action gives up on it. */
export const PROCESSING_LIMIT_MS = 10 * 60 * 1000

export class MediaError extends Error {
  constructor(
    readonly file: string,
    message: string
  ) {
    super(message)
    this.name = 'MediaError'
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function uploadFile(x: XClient, file: MediaFile, progress: (m: string) => void): Promise<string> {
  const chunks = Math.max(1, Math.ceil(file.size / CHUNK_BYTES))
  progress(`Uploading ${file.given} (${file.mediaType}, ${file.size} bytes${chunks > 1 ? `, ${chunks} chunks` : ''}).`)
  // The descriptor opened when the file was checked: what was checked is what is sent.
  const { handle } = file
  const id = isOneShot(file) ? await uploadWhole(x, file, handle) : await uploadInChunks(x, file, handle, chunks, progress)
  if (file.altText) await x.mediaMetadata(id, file.altText)
  return id
}

async function uploadWhole(x: XClient, file: MediaFile, handle: FileHandle): Promise<string> {
  const form = new MediaForm(file.size)
  const body = await form.body({ media_category: file.category }, file.size, (slot) => readExactly(file, handle, slot, 0))
  return (await x.mediaUpload(body, form.contentType)).data.id
}

async function uploadInChunks(x: XClient, file: MediaFile, handle: FileHandle, chunks: number, progress: (m: string) => void): Promise<string> {
  const init = await x.mediaInitialize({ media_type: file.mediaType, total_bytes: file.size, media_category: file.category })
  const id = init.data.id
  const form = new MediaForm(Math.min(CHUNK_BYTES, Math.max(file.size, 1)))
  let segment = 0
  for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
    const length = Math.min(CHUNK_BYTES, file.size - offset)
    const body = await form.segment(segment, length, (slot) => readExactly(file, handle, slot, offset))
    await x.mediaAppend(id, body, form.contentType)
    segment++
    if (chunks > 1) progress(`${file.given}: uploaded chunk ${segment} of ${chunks}.`)
  }
  const finalized = await x.mediaFinalize(id)
  await waitForProcessing(x, file, finalized.data, progress)
  return id
}

/** Fills `slot` with the file's bytes from `offset`; a file that shrank since it was checked is an error, not a short upload. */
async function readExactly(file: MediaFile, handle: FileHandle, slot: Buffer, offset: number): Promise<void> {
  const { bytesRead } = await handle.read(slot, 0, slot.length, offset)
  if (bytesRead !== slot.length) throw new MediaError(file.given, `${file.given} changed while it was being uploaded.`)
}

async function waitForProcessing(x: XClient, file: MediaFile, state: MediaState, progress: (m: string) => void): Promise<void> {
  const started = Date.now()
  let info = state.processing_info
  while (info && info.state !== 'succeeded') {
    if (info.state === 'failed') {
      const why = [info.error?.name, info.error?.message].filter(Boolean).join(': ') || 'no reason given'
      throw new MediaError(file.given, `X could not process ${file.given} (${why}).`)
    }
    if (Date.now() - started > PROCESSING_LIMIT_MS)
      throw new MediaError(file.given, `X was still processing ${file.given} after ${PROCESSING_LIMIT_MS / 60000} minutes.`)
    const waitS = Math.min(Math.max(info.check_after_secs ?? 1, 1), 10)
    progress(
      `Waiting for X to process ${file.given} (${info.state}${info.progress_percent !== undefined ? `, ${info.progress_percent}%` : ''}); checking again in ${waitS} s.`
    )
    await sleep(waitS * 1000)
    info = (await x.mediaStatus(state.id)).data.processing_info
  }
}
