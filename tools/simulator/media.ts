/**
 * Media upload v2: initialize → append (multipart) → finalize → STATUS polls
 * for video and GIF processing, and alt text through `POST /2/media/metadata`.
 * Also `POST /2/media/upload`: the one-shot upload of a still image, and the
 * command form of 2025 (`?command=INIT|APPEND|FINALIZE`), whose FINALIZE answered 201.
 */
import { type HandlerContext, json, jsonBody, type Reply, type UserCaller } from './context.js'
import { imageInfo } from './image-info.js'
import { boundaryOf, parseMultipart } from './multipart.js'
import { parseFormEncoded } from './oauth1.js'
import * as problems from './problems.js'
import { INITIALIZE_MEDIA, MEDIA_METADATA, MEDIA_UPLOAD, validate } from './request-schemas.js'
import type { MediaRecord } from './state.js'

/** How long an upload session stays open for its chunks. */
const SESSION_SECONDS = 1_295_999
/** How long finished media can be attached to a post: X answers `expires_after_secs: 86400` at finalize and after a one-shot upload. */
const READY_SECONDS = 86_400
/** Categories the one-shot upload takes: still images. Video and animated GIF need the chunked upload and its processing. */
const ONE_SHOT_CATEGORIES = new Set(['tweet_image', 'dm_image'])
const MAX_SEGMENT_INDEX = 999

/** Size caps from X's media guide, by category. */
const MAX_BYTES: Record<string, number> = {
  tweet_image: 5 * 1024 * 1024,
  dm_image: 5 * 1024 * 1024,
  tweet_gif: 15 * 1024 * 1024,
  dm_gif: 15 * 1024 * 1024,
  tweet_video: 512 * 1024 * 1024,
  dm_video: 512 * 1024 * 1024,
  amplify_video: 512 * 1024 * 1024
}

/** Media key prefixes X uses per kind (3 photo, 7 video, 13 amplify video, 16 GIF). */
const KEY_PREFIX: Record<string, string> = {
  tweet_image: '3',
  dm_image: '3',
  tweet_video: '7',
  dm_video: '7',
  amplify_video: '13',
  tweet_gif: '16',
  dm_gif: '16',
  subtitles: '3'
}

const needsProcessing = (m: MediaRecord) => /gif|video/.test(m.category)

function defaultCategory(mediaType: string): string {
  if (mediaType.includes('gif')) return 'tweet_gif'
  if (mediaType.startsWith('video/')) return 'tweet_video'
  if (mediaType.startsWith('text/')) return 'subtitles'
  return 'tweet_image'
}

export function initializeMedia(ctx: HandlerContext, caller: UserCaller): Reply {
  const body = jsonBody(ctx.request)
  if (body === undefined) return problems.invalidRequest(ctx.settings.problemHost, { message: 'Request body is not valid JSON.' })
  return openSession(ctx, caller, body)
}

function openSession(ctx: HandlerContext, { account }: UserCaller, body: unknown): Reply {
  const host = ctx.settings.problemHost
  const violations = validate(body, { ...INITIALIZE_MEDIA, required: ['media_type', 'total_bytes'] })
  if (violations.length > 0) return problems.invalidRequest(host, ...violations.map((message) => ({ message })))
  const {
    media_type: mediaType,
    total_bytes: totalBytes,
    media_category
  } = body as {
    media_type: string
    total_bytes: number
    media_category?: string
  }
  const category = media_category ?? defaultCategory(mediaType)
  const cap = MAX_BYTES[category]
  if (cap !== undefined && totalBytes > cap) {
    return problems.invalidRequest(host, {
      parameters: { total_bytes: [String(totalBytes)] },
      message: `File size exceeds ${cap} bytes.`
    })
  }
  const id = ctx.state.nextId()
  const record: MediaRecord = {
    id,
    mediaKey: `${KEY_PREFIX[category] ?? '3'}_${id}`,
    mediaType,
    category,
    totalBytes,
    segments: new Map(),
    state: 'uploading',
    ownerId: account.id,
    processingPolls: 0,
    expiresAt: ctx.settings.now() + SESSION_SECONDS * 1000
  }
  ctx.state.media.set(id, record)
  return json(200, { data: { id, media_key: record.mediaKey, expires_after_secs: SESSION_SECONDS } })
}

/** Width and height as X reports them, when the bytes are an image whose size can be read. */
function sizeOf(bytes: Buffer | undefined): { w: number; h: number } | undefined {
  const info = bytes && imageInfo(bytes)
  return info && { w: info.w, h: info.h }
}

/**
 * The one-shot upload: a still image in one request, multipart
 * (`media_category`, `media`) or JSON with `media` in base64. The image is
 * ready at once: no finalize, no processing. The body is not part of the
 * OAuth 1.0a signature (multipart and JSON bodies never are).
 */
function uploadOneShot(ctx: HandlerContext, { account }: UserCaller): Reply {
  const host = ctx.settings.problemHost
  const form = readOneShot(ctx)
  if (typeof form === 'string') return problems.invalidRequest(host, { message: form })
  const violations = validate(form.fields, MEDIA_UPLOAD)
  if (violations.length > 0) return problems.invalidRequest(host, ...violations.map((message) => ({ message })))
  const category = String(form.fields.media_category)
  // Unobserved wording: X documents the one-shot form for images only.
  if (!ONE_SHOT_CATEGORIES.has(category)) {
    return problems.invalidRequest(host, {
      parameters: { media_category: [category] },
      message: `The media_category [${category}] needs the chunked upload (initialize, append, finalize).`
    })
  }
  const cap = MAX_BYTES[category]
  if (form.media.length > cap) {
    return problems.invalidRequest(host, { parameters: { media: [`${form.media.length} bytes`] }, message: `File size exceeds ${cap} bytes.` })
  }
  const image = imageInfo(form.media)
  if (!image) return problems.invalidRequest(host, { parameters: { media: [`${form.media.length} bytes`] }, message: 'The media type is not supported.' })
  const id = ctx.state.nextId()
  const record: MediaRecord = {
    id,
    mediaKey: `${KEY_PREFIX[category]}_${id}`,
    mediaType: image.imageType,
    category,
    totalBytes: form.media.length,
    segments: new Map(),
    bytes: form.media,
    state: 'succeeded',
    ownerId: account.id,
    processingPolls: 0,
    expiresAt: ctx.settings.now() + READY_SECONDS * 1000
  }
  ctx.state.media.set(id, record)
  return json(200, {
    data: {
      expires_after_secs: READY_SECONDS,
      id,
      image: { h: image.h, image_type: image.imageType, w: image.w },
      media_key: record.mediaKey,
      size: form.media.length
    }
  })
}

/**
 * The one-shot body as the schema sees it (multipart fields as strings, with
 * `media` standing in as one; a JSON body as it is) and the media's bytes,
 * or why the body cannot be read.
 */
function readOneShot(ctx: HandlerContext): { fields: Record<string, unknown>; media: Buffer } | string {
  const boundary = boundaryOf(ctx.request.headers['content-type'])
  if (boundary) {
    const parts = parseMultipart(ctx.request.body, boundary)
    if (!parts) return 'The multipart body could not be read.'
    const fields = Object.fromEntries([...parts].map(([name, part]) => [name, name === 'media' ? '' : part.value.toString('utf8')]))
    return { fields, media: parts.get('media')?.value ?? Buffer.alloc(0) }
  }
  const body = jsonBody(ctx.request)
  if (body === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) return 'Request body must be a JSON object.'
  const fields = body as Record<string, unknown>
  if (typeof fields.media === 'string' && !/^[A-Za-z0-9+/]*={0,2}$/.test(fields.media)) return '$.media: is not valid base64'
  return { fields, media: typeof fields.media === 'string' ? Buffer.from(fields.media, 'base64') : Buffer.alloc(0) }
}

/** The caller's own, unexpired upload session, or the refusal to send. */
function ownSession(ctx: HandlerContext, caller: UserCaller, id: string | null, parameter: string): MediaRecord | Reply {
  const record = id === null ? undefined : ctx.state.media.get(id)
  if (!record || record.ownerId !== caller.account.id || record.expiresAt <= ctx.settings.now()) {
    return problems.invalidRequest(ctx.settings.problemHost, {
      parameters: { [parameter]: [id ?? ''] },
      message: `The \`${parameter}\` value [${id ?? ''}] is not a valid media upload for this user.`
    })
  }
  return record
}

const isReply = (value: MediaRecord | Reply): value is Reply => 'status' in value

export function appendMedia(ctx: HandlerContext, caller: UserCaller): Reply {
  const host = ctx.settings.problemHost
  const record = ownSession(ctx, caller, ctx.request.params.id, 'id')
  if (isReply(record)) return record
  if (record.state !== 'uploading') {
    return problems.invalidRequest(host, { parameters: { id: [record.id] }, message: 'The upload has already been finalized.' })
  }
  const segment = readSegment(ctx)
  if (typeof segment === 'string') return problems.invalidRequest(host, { message: segment })
  record.segments.set(segment.index, segment.bytes)
  return json(200, { data: { expires_at: Math.floor(record.expiresAt / 1000) } })
}

/** The fields of a multipart body, or of a JSON body with base64 `media`; a string says why neither could be read. */
function readFields(ctx: HandlerContext): Map<string, string | Buffer> | string {
  const boundary = boundaryOf(ctx.request.headers['content-type'])
  const fields = new Map<string, string | Buffer>()
  if (boundary) {
    const parts = parseMultipart(ctx.request.body, boundary)
    if (!parts) return 'The multipart body could not be read.'
    for (const [name, part] of parts) fields.set(name, name === 'media' ? part.value : part.value.toString('utf8'))
    return fields
  }
  const body = jsonBody(ctx.request) as Record<string, unknown> | undefined
  if (body === undefined) return 'Request body is not valid JSON.'
  for (const [name, value] of Object.entries(body ?? {})) {
    if (name === 'media' && typeof value === 'string') fields.set(name, Buffer.from(value, 'base64'))
    else if (value !== undefined && value !== null) fields.set(name, String(value))
  }
  return fields
}

/** `segment_index` and `media` from multipart (what clients send) or JSON with base64 media; the command form may put the index in the query. */
function readSegment(ctx: HandlerContext): { index: number; bytes: Buffer } | string {
  const fields = readFields(ctx)
  if (typeof fields === 'string') return fields
  const given = fields.get('segment_index') ?? ctx.request.url.searchParams.get('segment_index') ?? undefined
  const indexText = given === undefined ? undefined : String(given)
  const media = fields.get('media')
  const bytes = Buffer.isBuffer(media) ? media : undefined
  if (indexText === undefined) return '$.segment_index: is missing but it is required'
  if (bytes === undefined) return '$.media: is missing but it is required'
  const index = Number(indexText)
  if (!/^\d+$/.test(indexText.trim()) || index > MAX_SEGMENT_INDEX) {
    return `$.segment_index: must be an integer between 0 and ${MAX_SEGMENT_INDEX}`
  }
  return { index, bytes }
}

/** Finalize needs a JSON object body although it has no fields (clients send `{}`); it is idempotent: a retry answers with the current status. */
export function finalizeMedia(ctx: HandlerContext, caller: UserCaller): Reply {
  const body = ctx.request.body.toString('utf8').trim() === '' ? undefined : jsonBody(ctx.request)
  if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) return problems.notJsonObject(ctx.settings.problemHost)
  return finalizeSession(ctx, caller, ctx.request.params.id, 200)
}

function finalizeSession(ctx: HandlerContext, caller: UserCaller, id: string | null, status: number): Reply {
  const host = ctx.settings.problemHost
  const record = ownSession(ctx, caller, id, 'id')
  if (isReply(record)) return record
  if (record.state === 'uploading') {
    const indexes = [...record.segments.keys()].sort((a, b) => a - b)
    const missing = indexes.findIndex((index, position) => index !== position)
    if (indexes.length === 0 || missing !== -1) {
      return problems.invalidRequest(host, {
        parameters: { segment_index: [String(missing === -1 ? 0 : missing)] },
        message: `Segment ${missing === -1 ? 0 : missing} was never appended.`
      })
    }
    const bytes = Buffer.concat(indexes.map((i) => record.segments.get(i)!))
    if (bytes.length !== record.totalBytes) {
      return problems.invalidRequest(host, {
        parameters: { total_bytes: [String(record.totalBytes)] },
        message: `total_bytes is ${record.totalBytes} but ${bytes.length} bytes were appended.`
      })
    }
    ready(ctx, record, bytes)
  }
  return json(status, { data: describe(ctx, record) })
}

/** The whole file is in: processing starts (video, GIF), and the media can be attached for a day. */
function ready(ctx: HandlerContext, record: MediaRecord, bytes: Buffer): void {
  record.bytes = bytes
  record.state = needsProcessing(record) ? 'pending' : 'succeeded'
  record.expiresAt = ctx.settings.now() + READY_SECONDS * 1000
}

/** `POST /2/media/upload`: the command form when `command` is given, else the one-shot upload. */
export function uploadMedia(ctx: HandlerContext, caller: UserCaller): Reply {
  const host = ctx.settings.problemHost
  const { searchParams } = ctx.request.url
  const params = new Map(searchParams)
  if (/^application\/x-www-form-urlencoded\b/i.test(ctx.request.headers['content-type'] ?? '')) {
    for (const [k, v] of parseFormEncoded(ctx.request.body.toString('utf8'))) params.set(k, v)
  }
  const command = params.get('command')
  switch (command) {
    case undefined:
      return uploadOneShot(ctx, caller)
    case 'INIT': {
      const total = params.get('total_bytes')
      const init = {
        media_type: params.get('media_type'),
        total_bytes: total === undefined ? undefined : Number(total),
        media_category: params.get('media_category')
      }
      return openSession(ctx, caller, Object.fromEntries(Object.entries(init).filter(([, v]) => v !== undefined)))
    }
    case 'APPEND':
      return appendMedia({ ...ctx, request: { ...ctx.request, params: { id: params.get('media_id') ?? '' } } }, caller)
    case 'FINALIZE':
      return finalizeSession(ctx, caller, params.get('media_id') ?? null, 201)
    default:
      return problems.invalidRequest(host, {
        parameters: { command: [command] },
        message: `The \`command\` parameter value [${command}] is not one of [INIT, APPEND, FINALIZE]`
      })
  }
}

export function mediaStatus(ctx: HandlerContext, caller: UserCaller): Reply {
  const host = ctx.settings.problemHost
  const { searchParams } = ctx.request.url
  const command = searchParams.get('command')
  if (command !== null && command !== 'STATUS') {
    return problems.invalidRequest(host, {
      parameters: { command: [command] },
      message: `The \`command\` query parameter value [${command}] is not one of [STATUS]`
    })
  }
  const record = ownSession(ctx, caller, searchParams.get('media_id'), 'media_id')
  if (isReply(record)) return record
  if (record.state === 'uploading') {
    return problems.invalidRequest(host, { parameters: { media_id: [record.id] }, message: 'The upload has not been finalized.' })
  }
  if (record.state === 'pending' || record.state === 'in_progress') advanceProcessing(ctx, record)
  return json(200, { data: describe(ctx, record) })
}

/** Each STATUS poll moves processing on; the N-th poll ends it (N = videoProcessingPolls). */
function advanceProcessing(ctx: HandlerContext, record: MediaRecord): void {
  record.processingPolls += 1
  if (record.processingPolls < Math.max(1, ctx.settings.videoProcessingPolls)) {
    record.state = 'in_progress'
  } else {
    record.state = ctx.settings.shouldFailProcessing(record.id) ? 'failed' : 'succeeded'
  }
}

function progressOf(ctx: HandlerContext, record: MediaRecord): number {
  if (record.state === 'succeeded') return 100
  return Math.min(99, Math.floor((record.processingPolls / Math.max(1, ctx.settings.videoProcessingPolls)) * 100))
}

/**
 * The `data` of finalize and STATUS. Images carry no `processing_info`.
 * A failed job adds `processing_info.error`, which the spec does not model
 * but X's processing API reports and clients read.
 */
function describe(ctx: HandlerContext, record: MediaRecord): Record<string, unknown> {
  const data: Record<string, unknown> = {
    id: record.id,
    media_key: record.mediaKey,
    size: record.totalBytes,
    // Rounded: the answer to a finalize must read 86400, not 86399 because a millisecond passed.
    expires_after_secs: Math.max(0, Math.round((record.expiresAt - ctx.settings.now()) / 1000))
  }
  if (record.mediaType.startsWith('image/') && !record.mediaType.includes('gif')) {
    data.image = { image_type: record.mediaType, ...sizeOf(record.bytes) }
  } else if (record.state === 'succeeded' && needsProcessing(record)) {
    data.video = { video_type: record.mediaType }
  }
  if (!needsProcessing(record)) return data
  const info: Record<string, unknown> = { state: record.state, progress_percent: progressOf(ctx, record) }
  if (record.state === 'pending' || record.state === 'in_progress') info.check_after_secs = 1
  if (record.state === 'failed') info.error = { code: 1, name: 'InvalidMedia', message: 'Unsupported video format' }
  data.processing_info = info
  return data
}

export function mediaMetadata(ctx: HandlerContext, caller: UserCaller): Reply {
  const host = ctx.settings.problemHost
  const body = jsonBody(ctx.request)
  if (body === undefined) return problems.invalidRequest(host, { message: 'Request body is not valid JSON.' })
  const violations = validate(body, MEDIA_METADATA)
  if (violations.length > 0) return problems.invalidRequest(host, ...violations.map((message) => ({ message })))
  const { id, metadata = {} } = body as { id: string; metadata?: { alt_text?: { text: string } } }
  const record = ownSession(ctx, caller, id, 'id')
  if (isReply(record)) return record
  if (metadata.alt_text) record.altText = metadata.alt_text.text
  return json(200, { data: { id: record.id, associated_metadata: metadata } })
}
