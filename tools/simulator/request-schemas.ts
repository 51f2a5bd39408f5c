/**
 * Request-body rules for the JSON endpoints, transcribed from X's OpenAPI
 * spec (v2.167), and a small validator for them. X rejects unknown fields and
 * bad id patterns with `invalid-request`; the messages imitate the JSON-path
 * style of the schema validator behind the real API.
 */

export interface Schema {
  type?: 'object' | 'string' | 'integer' | 'boolean' | 'array' | 'number'
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: false
  items?: Schema
  pattern?: string
  enum?: readonly string[]
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
}

const ID: Schema = { type: 'string', pattern: '^[0-9]{1,19}$' }
const REPLY_SETTINGS = ['following', 'mentionedUsers', 'subscribers', 'verified'] as const
const closed = (properties: Record<string, Schema>, required?: string[]): Schema => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false
})
const httpsUrl = closed({ url: { type: 'string' } }, ['url'])

/** `CreatePostsRequest` */
export const CREATE_POST: Schema = closed({
  card_uri: { type: 'string' },
  community_id: ID,
  direct_message_deep_link: { type: 'string' },
  edit_options: closed({ previous_post_id: ID }, ['previous_post_id']),
  for_super_followers_only: { type: 'boolean' },
  geo: closed({ place_id: { type: 'string' } }, ['place_id']),
  made_with_ai: { type: 'boolean' },
  media: closed(
    {
      call_to_actions: closed({
        app_install: closed({
          app_store_id: { type: 'string' },
          ipad_app_store_id: { type: 'string' },
          play_store_id: { type: 'string' }
        }),
        visit_site: httpsUrl,
        watch_now: httpsUrl
      }),
      description: { type: 'string' },
      embeddable: { type: 'boolean' },
      media_ids: { type: 'array', minItems: 1, maxItems: 4, items: ID },
      preview_media_id: ID,
      tagged_user_ids: { type: 'array', maxItems: 10, items: ID },
      title: { type: 'string' }
    },
    ['media_ids']
  ),
  nullcast: { type: 'boolean' },
  paid_partnership: { type: 'boolean' },
  poll: closed(
    {
      duration_minutes: { type: 'integer', minimum: 5, maximum: 10080 },
      options: { type: 'array', minItems: 2, maxItems: 4, items: { type: 'string', minLength: 1, maxLength: 25 } },
      reply_settings: { type: 'string', enum: REPLY_SETTINGS }
    },
    ['options', 'duration_minutes']
  ),
  quote_tweet_id: ID,
  reply: closed(
    {
      auto_populate_reply_metadata: { type: 'boolean' },
      exclude_reply_user_ids: { type: 'array', items: { type: 'string' } },
      in_reply_to_tweet_id: ID
    },
    ['in_reply_to_tweet_id']
  ),
  reply_settings: { type: 'string', enum: REPLY_SETTINGS },
  share_with_followers: { type: 'boolean' },
  text: { type: 'string' }
})

export const MEDIA_CATEGORIES = ['amplify_video', 'tweet_gif', 'tweet_image', 'tweet_video', 'dm_gif', 'dm_image', 'dm_video', 'subtitles'] as const

/** `InitializeMediaUploadRequest` */
export const INITIALIZE_MEDIA: Schema = closed({
  additional_owners: { type: 'array', items: ID },
  media_category: { type: 'string', enum: MEDIA_CATEGORIES },
  media_type: {
    type: 'string',
    enum: [
      'video/mp4',
      'video/webm',
      'video/mp2t',
      'video/quicktime',
      'text/srt',
      'text/vtt',
      'image/jpeg',
      'image/gif',
      'image/bmp',
      'image/png',
      'image/webp',
      'image/pjpeg',
      'image/tiff',
      'model/gltf-binary',
      'model/vnd.usdz+zip'
    ]
  },
  shared: { type: 'boolean' },
  total_bytes: { type: 'integer', minimum: 0, maximum: 17179869184 }
})

/** `MediaUploadRequest`: the one-shot upload; `media` is raw bytes in multipart bodies, base64 in JSON ones. */
export const MEDIA_UPLOAD: Schema = closed(
  {
    additional_owners: { type: 'string' },
    media: { type: 'string' },
    media_category: { type: 'string', enum: ['tweet_image', 'tweet_video', 'tweet_gif', 'dm_image', 'dm_video', 'dm_gif', 'subtitles'] }
  },
  ['media', 'media_category']
)

/** `CreateMediaMetadataRequest` (open objects: the spec allows extra metadata kinds). */
export const MEDIA_METADATA: Schema = {
  type: 'object',
  required: ['id'],
  properties: {
    id: ID,
    metadata: {
      type: 'object',
      properties: {
        alt_text: { type: 'object', required: ['text'], properties: { text: { type: 'string', maxLength: 1000 } } }
      }
    }
  }
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value
}

function matchesType(value: unknown, type: NonNullable<Schema['type']>): boolean {
  const actual = typeOf(value)
  return actual === type || (type === 'number' && actual === 'integer')
}

/** Returns one message per violation; an empty list means the value is valid. */
export function validate(value: unknown, schema: Schema, path = '$'): string[] {
  if (schema.type && !matchesType(value, schema.type)) {
    return [`${path}: ${typeOf(value)} found, ${schema.type} expected`]
  }
  const errors: string[] = []
  if (typeof value === 'string') {
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) {
      errors.push(`${path}: does not match the regex pattern ${schema.pattern}`)
    }
    if (schema.enum && !schema.enum.includes(value)) {
      errors.push(`${path}: does not have a value in the enumeration [${schema.enum.join(', ')}]`)
    }
    const length = [...value].length
    if (schema.minLength !== undefined && length < schema.minLength) {
      errors.push(`${path}: must be at least ${schema.minLength} characters long`)
    }
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      errors.push(`${path}: may only be ${schema.maxLength} characters long`)
    }
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) {
      errors.push(`${path}: must have a minimum value of ${schema.minimum}`)
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      errors.push(`${path}: must have a maximum value of ${schema.maximum}`)
    }
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      errors.push(`${path}: there must be a minimum of ${schema.minItems} items in the array`)
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      errors.push(`${path}: there must be a maximum of ${schema.maxItems} items in the array`)
    }
    if (schema.items) value.forEach((item, i) => errors.push(...validate(item, schema.items!, `${path}[${i}]`)))
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>
    for (const key of schema.required ?? []) {
      if (!(key in record)) errors.push(`${path}.${key}: is missing but it is required`)
    }
    for (const [key, child] of Object.entries(record)) {
      const childSchema = schema.properties?.[key]
      if (childSchema) errors.push(...validate(child, childSchema, `${path}.${key}`))
      else if (schema.additionalProperties === false) {
        errors.push(`${path}.${key}: is not defined in the schema and the schema does not allow additional properties`)
      }
    }
  }
  return errors
}
