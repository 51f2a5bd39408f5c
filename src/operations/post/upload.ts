/**
 * Streams one file to X's v2 media endpoints: initialize, append one chunk at
 * a time read from disk (memory holds one chunk, whatever the file's size),
 * finalize, then poll while X processes video. twitter-api-v2's uploadMedia
 * wants the whole file as one Buffer, hence this loop.
 */
import { promises as fs } from 'node:fs'
import type { MediaState, XClient } from '../../x/api.js'
import { AppendForm } from '../../x/multipart.js'
import type { MediaFile } from './media.js'

export const CHUNK_BYTES = 4 * 1024 * 1024
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
  const init = await x.mediaInitialize({ media_type: file.mediaType, total_bytes: file.size, media_category: file.category })
  const id = init.data.id
  const handle = await fs.open(file.path, 'r')
  try {
    const form = new AppendForm(Math.min(CHUNK_BYTES, Math.max(file.size, 1)))
    let segment = 0
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const length = Math.min(CHUNK_BYTES, file.size - offset)
      const body = await form.segment(segment, length, async (slot) => {
        const { bytesRead } = await handle.read(slot, 0, length, offset)
        if (bytesRead !== length) throw new MediaError(file.given, `${file.given} changed while it was being uploaded.`)
      })
      await x.mediaAppend(id, body, form.contentType)
      segment++
      if (chunks > 1) progress(`${file.given}: uploaded chunk ${segment} of ${chunks}.`)
    }
  } finally {
    await handle.close()
  }
  const finalized = await x.mediaFinalize(id)
  await waitForProcessing(x, file, finalized.data, progress)
  if (file.altText) await x.mediaMetadata(id, file.altText)
  return id
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
