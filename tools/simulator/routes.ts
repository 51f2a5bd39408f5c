/**
 * The endpoints the Action calls, their auth kind and 15-minute limits
 * (current X table: per user for user context, per app for app-only).
 */
import { type HandlerContext, json, jsonBody, type Reply, type UserCaller } from './context.js'
import { appendMedia, finalizeMedia, initializeMedia, mediaMetadata, mediaStatus, uploadMedia } from './media.js'
import { constantTimeEqual, parseFormEncoded } from './oauth1.js'
import * as problems from './problems.js'
import { CREATE_POST, validate } from './request-schemas.js'
import { clientIdOf, projectIdOf, type SimApp } from './state.js'
import { MAX_WEIGHTED_LENGTH, shortenUrls, weightedLength } from './tweet-text.js'

export type RouteName =
  | 'users/me'
  | 'oauth2/token'
  | 'usage/tweets'
  | 'tweets'
  | 'media/upload'
  | 'media/initialize'
  | 'media/append'
  | 'media/finalize'
  | 'media/status'
  | 'media/metadata'

export type RouteSpec =
  | { auth: 'user'; limit: number; handle(ctx: HandlerContext, caller: UserCaller): Reply }
  | { auth: 'app'; limit: number; handle(ctx: HandlerContext, app: SimApp): Reply }
  /** Checks its own credentials (`POST /oauth2/token`); no 15-minute window. */
  | { auth: 'basic'; handle(ctx: HandlerContext): Reply }

export const ROUTES: Record<RouteName, RouteSpec> = {
  'users/me': { auth: 'user', limit: 75, handle: usersMe },
  'oauth2/token': { auth: 'basic', handle: issueBearer },
  'usage/tweets': { auth: 'app', limit: 50, handle: usage },
  tweets: { auth: 'user', limit: 100, handle: createPost },
  'media/upload': { auth: 'user', limit: 500, handle: uploadMedia },
  'media/initialize': { auth: 'user', limit: 1875, handle: initializeMedia },
  'media/append': { auth: 'user', limit: 1875, handle: appendMedia },
  'media/finalize': { auth: 'user', limit: 1875, handle: finalizeMedia },
  'media/status': { auth: 'user', limit: 1000, handle: mediaStatus },
  'media/metadata': { auth: 'user', limit: 500, handle: mediaMetadata }
}

const PATTERNS: Array<{ method: string; pattern: RegExp; name: RouteName }> = [
  { method: 'GET', pattern: /^\/2\/users\/me$/, name: 'users/me' },
  { method: 'POST', pattern: /^\/oauth2\/token$/, name: 'oauth2/token' },
  { method: 'GET', pattern: /^\/2\/usage\/tweets$/, name: 'usage/tweets' },
  { method: 'POST', pattern: /^\/2\/tweets$/, name: 'tweets' },
  { method: 'POST', pattern: /^\/2\/media\/upload$/, name: 'media/upload' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/initialize$/, name: 'media/initialize' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/(?<id>[^/]+)\/append$/, name: 'media/append' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/(?<id>[^/]+)\/finalize$/, name: 'media/finalize' },
  { method: 'GET', pattern: /^\/2\/media\/upload$/, name: 'media/status' },
  { method: 'POST', pattern: /^\/2\/media\/metadata$/, name: 'media/metadata' }
]

export function matchRoute(method: string, pathname: string): { name: RouteName; params: Record<string, string> } | null {
  for (const route of PATTERNS) {
    const match = route.method === method ? route.pattern.exec(pathname) : null
    if (match) return { name: route.name, params: { ...match.groups } }
  }
  return null
}

/** `a,b,c` from a `*.fields` query parameter. */
function requestedFields(url: URL, parameter: string): Set<string> {
  return new Set((url.searchParams.get(parameter) ?? '').split(',').filter(Boolean))
}

/** Snowflake user ids carry their creation time; older short ids get a fixed date. */
function createdAt(userId: string): string {
  if (!/^\d{16,19}$/.test(userId)) return '2012-03-14T09:26:53.000Z'
  return new Date(Number((BigInt(userId) >> 22n) + 1288834974657n)).toISOString()
}

function usersMe(ctx: HandlerContext, { account }: UserCaller): Reply {
  const data: Record<string, unknown> = { id: account.id, name: account.name, username: account.username }
  const posts = ctx.state.posts.filter((p) => p.authorId === account.id).length
  // Unknown or unmodelled fields are ignored rather than refused.
  const optional: Record<string, () => unknown> = {
    created_at: () => createdAt(account.id),
    description: () => '',
    location: () => '',
    protected: () => false,
    verified: () => false,
    verified_type: () => 'none',
    url: () => '',
    profile_image_url: () => 'https://abs.twimg.com/sticky/default_profile_images/default_profile_normal.png',
    // X sends `tweet_count`; spec 2.167 requires `post_count`. Both, so clients reading either work.
    public_metrics: () => ({
      followers_count: 0,
      following_count: 0,
      tweet_count: posts,
      post_count: posts,
      listed_count: 0,
      like_count: 0,
      media_count: 0
    })
  }
  for (const field of requestedFields(ctx.request.url, 'user.fields')) {
    if (field in optional && !(field in data)) data[field] = optional[field]()
  }
  return json(200, { data })
}

function issueBearer(ctx: HandlerContext): Reply {
  const header = ctx.request.headers.authorization ?? ''
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
  if (!basic) return problems.tokenEndpointRefused()
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon === -1) return problems.tokenEndpointRefused()
  const [key, secret] = [decoded.slice(0, colon), decoded.slice(colon + 1)].map(safeDecode)
  const app = ctx.state.appByConsumerKey(key)
  if (!app || !constantTimeEqual(app.consumerSecret, secret)) return problems.tokenEndpointRefused()
  const form = new Map(parseFormEncoded(ctx.request.body.toString('utf8')))
  if (form.get('grant_type') !== 'client_credentials') return problems.tokenEndpointRefused()
  // X keeps one bearer per app: every call returns the same value until it is invalidated.
  return json(200, { token_type: 'bearer', access_token: app.bearerToken })
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function usage(ctx: HandlerContext, app: SimApp): Reply {
  const { url } = ctx.request
  const daysParam = url.searchParams.get('days')
  const days = daysParam === null ? 7 : Number(daysParam)
  if (!Number.isInteger(days) || days < 1 || days > 90) {
    return problems.invalidRequest(ctx.settings.problemHost, {
      parameters: { days: [daysParam ?? ''] },
      message: `The \`days\` query parameter value [${daysParam}] is not between 1 and 90`
    })
  }
  const projectId = projectIdOf(app)
  const data: Record<string, unknown> = {
    cap_reset_day: app.capResetDay ?? 10,
    project_cap: String(app.projectCap ?? 2000000),
    project_id: projectId,
    project_usage: String(app.projectUsage ?? 0)
  }
  const fields = requestedFields(url, 'usage.fields')
  const today = new Date(ctx.settings.now())
  today.setUTCHours(0, 0, 0, 0)
  const daily = Array.from({ length: days }, (_, i) => ({
    date: new Date(today.getTime() - (days - 1 - i) * 86_400_000).toISOString(),
    usage: '0'
  }))
  if (fields.has('daily_client_app_usage')) {
    data.daily_client_app_usage = [{ client_app_id: clientIdOf(app), usage: daily, usage_result_count: days }]
  }
  if (fields.has('daily_project_usage')) data.daily_project_usage = { project_id: projectId, usage: daily }
  return json(200, { data })
}

interface CreatePostBody {
  text?: string
  reply?: { in_reply_to_tweet_id: string }
  quote_tweet_id?: string
  media?: { media_ids: string[] }
  poll?: unknown
  card_uri?: string
}

/**
 * `POST /2/tweets`. Checks run in the order X appears to apply them:
 * permission and plan first, then the body, then the content rules.
 */
function createPost(ctx: HandlerContext, { app, token, account }: UserCaller): Reply {
  const host = ctx.settings.problemHost
  if (token.accessLevel === 'read') return problems.oauth1Permissions(host)
  if (app.usageCapped) return problems.usageCapped(host)

  const raw = jsonBody(ctx.request)
  if (raw === undefined) return problems.invalidRequest(host, { message: 'Request body is not valid JSON.' })
  const violations = validate(raw, CREATE_POST)
  if (violations.length > 0) return problems.invalidRequest(host, ...violations.map((message) => ({ message })))
  const body = raw as CreatePostBody
  const text = body.text ?? ''
  const mediaIds = body.media?.media_ids ?? []

  // Unobserved wording; X does refuse these combinations.
  const attachments = (['media', 'poll', 'quote_tweet_id', 'card_uri'] as const).filter((k) => body[k] !== undefined)
  if (attachments.length > 1) {
    return problems.invalidRequest(host, {
      parameters: Object.fromEntries(attachments.map((k) => [k, [JSON.stringify(body[k])]])),
      message: `You can only attach one of [${attachments.join(', ')}] to a post.`
    })
  }
  if (text === '' && mediaIds.length === 0) {
    return problems.invalidRequest(host, { parameters: { text: [''] }, message: 'Post text is required unless media is attached.' })
  }
  if (weightedLength(text) > MAX_WEIGHTED_LENGTH) return problems.textTooLong(host, text)

  const replyTo = body.reply?.in_reply_to_tweet_id
  if (replyTo !== undefined) {
    const target = ctx.state.findPost(replyTo)
    // Deleted or invisible targets: v1.1 answered 403 code 385; v2 is assumed to keep the status and text.
    if (!target) return problems.forbidden(problems.REPLY_TARGET_GONE)
    if (!target.summonable && target.authorId !== account.id) return problems.forbidden(problems.NOT_SUMMONED)
  }
  // X's answer to a missing quote target is undocumented; this invalid-request message has been seen from v2.
  if (body.quote_tweet_id !== undefined && !ctx.state.findPost(body.quote_tweet_id)) {
    return problems.invalidRequest(host, {
      parameters: { quote_tweet_id: [body.quote_tweet_id] },
      message: 'This tweet cannot be found.'
    })
  }
  if (mediaIds.length > 0 && !mediaUsable(ctx, account.id, mediaIds)) {
    return problems.invalidRequest(host, { parameters: { 'media.media_ids': mediaIds }, message: 'Your media IDs are invalid.' })
  }
  if (text !== '' && ctx.state.posts.some((p) => p.authorId === account.id && p.text === text)) {
    return problems.duplicateContent()
  }

  const id = ctx.state.nextId()
  ctx.state.posts.push({
    id,
    text,
    authorId: account.id,
    replyTo,
    quoteOf: body.quote_tweet_id,
    mediaIds: [...mediaIds],
    createdAt: ctx.settings.now()
  })
  return json(201, { data: { [ctx.settings.editHistoryKey]: [id], id, text: shortenUrls(text) } })
}

/** This account's finished uploads: up to 4 images, or a single GIF or video. */
function mediaUsable(ctx: HandlerContext, ownerId: string, ids: string[]): boolean {
  const records = ids.map((id) => ctx.state.media.get(id))
  if (records.some((m) => !m || m.ownerId !== ownerId || m.state !== 'succeeded')) return false
  const motion = records.filter((m) => m && /gif|video/.test(m.category)).length
  return motion === 0 || ids.length === 1
}
