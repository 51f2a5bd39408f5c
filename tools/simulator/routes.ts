/**
 * The endpoints the Action calls, their auth kind and 15-minute limits
 * (current X table: per user for user context, per app for app-only).
 */
import { type HandlerContext, json, jsonBody, type Reply, type UserCaller } from './context.js'
import { appendMedia, finalizeMedia, initializeMedia, mediaMetadata, mediaStatus, uploadMedia } from './media.js'
import { constantTimeEqual, parseFormEncoded } from './oauth1.js'
import { authorize, issueUserToken } from './oauth2.js'
import * as problems from './problems.js'
import { CREATE_POST, validate } from './request-schemas.js'
import { clientIdOf, projectIdOf, type SimApp } from './state.js'
import { cashtags, MAX_CASHTAGS, TOO_MANY_CASHTAGS } from './cashtags.js'
import { userPosts } from './timeline.js'
import { MAX_LONG_POST_LENGTH, MAX_WEIGHTED_LENGTH, shortenUrls, weightedLength } from './tweet-text.js'

export type RouteName =
  | 'users/me'
  | 'users/tweets'
  | 'oauth2/token'
  | 'usage/tweets'
  | 'tweets'
  | 'tweets/delete'
  | 'media/upload'
  | 'media/initialize'
  | 'media/append'
  | 'media/finalize'
  | 'media/status'
  | 'media/metadata'
  | 'oauth2/authorize'
  | 'oauth2/user-token'
  | 'tweets/analytics'
  | 'users/liked-tweets'

export type RouteSpec =
  /** `scopes`: what an OAuth 2.0 user token must have been granted (docs.x.com, each endpoint's "OAuth 2.0 scopes required"). */
  | { auth: 'user'; limit: number; scopes: readonly string[]; handle(ctx: HandlerContext, caller: UserCaller): Reply }
  | { auth: 'app'; limit: number; handle(ctx: HandlerContext, app: SimApp): Reply }
  /** Checks its own credentials (`POST /oauth2/token`); no 15-minute window. */
  | { auth: 'basic'; handle(ctx: HandlerContext): Reply }
  /** The OAuth 2.0 consent page and token endpoint: they identify the client themselves. */
  | { auth: 'client'; handle(ctx: HandlerContext): Reply }

const READ = ['tweet.read', 'users.read']
const MEDIA = ['media.write']

export const ROUTES: Record<RouteName, RouteSpec> = {
  'users/me': { auth: 'user', limit: 75, scopes: READ, handle: usersMe },
  // X also takes an app-only bearer here; the Action reads its own posts with user context only.
  'users/tweets': { auth: 'user', limit: 900, scopes: READ, handle: userPosts },
  'oauth2/token': { auth: 'basic', handle: issueBearer },
  'usage/tweets': { auth: 'app', limit: 50, handle: usage },
  tweets: { auth: 'user', limit: 100, scopes: [...READ, 'tweet.write'], handle: createPost },
  'tweets/delete': { auth: 'user', limit: 50, scopes: [...READ, 'tweet.write'], handle: deletePost },
  'media/upload': { auth: 'user', limit: 500, scopes: MEDIA, handle: uploadMedia },
  'media/initialize': { auth: 'user', limit: 1875, scopes: MEDIA, handle: initializeMedia },
  'media/append': { auth: 'user', limit: 1875, scopes: MEDIA, handle: appendMedia },
  'media/finalize': { auth: 'user', limit: 1875, scopes: MEDIA, handle: finalizeMedia },
  'media/status': { auth: 'user', limit: 1000, scopes: MEDIA, handle: mediaStatus },
  'media/metadata': { auth: 'user', limit: 500, scopes: MEDIA, handle: mediaMetadata },
  'oauth2/authorize': { auth: 'client', handle: (ctx) => authorize(ctx, ctx.settings.consentingUserId()) },
  'oauth2/user-token': { auth: 'client', handle: issueUserToken },
  // The 15-minute limits of these two are what a pay-per-use account was answered (2026); the action calls neither.
  'tweets/analytics': { auth: 'user', limit: 40000, scopes: READ, handle: tweetAnalytics },
  'users/liked-tweets': { auth: 'user', limit: 40000, scopes: [...READ, 'like.read'], handle: likedTweets }
}

const PATTERNS: Array<{ method: string; pattern: RegExp; name: RouteName }> = [
  { method: 'GET', pattern: /^\/2\/users\/me$/, name: 'users/me' },
  { method: 'GET', pattern: /^\/2\/users\/(?<id>[0-9]{1,19})\/tweets$/, name: 'users/tweets' },
  { method: 'POST', pattern: /^\/oauth2\/token$/, name: 'oauth2/token' },
  { method: 'GET', pattern: /^\/2\/usage\/tweets$/, name: 'usage/tweets' },
  { method: 'POST', pattern: /^\/2\/tweets$/, name: 'tweets' },
  { method: 'DELETE', pattern: /^\/2\/tweets\/(?<id>[0-9]{1,19})$/, name: 'tweets/delete' },
  { method: 'POST', pattern: /^\/2\/media\/upload$/, name: 'media/upload' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/initialize$/, name: 'media/initialize' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/(?<id>[^/]+)\/append$/, name: 'media/append' },
  { method: 'POST', pattern: /^\/2\/media\/upload\/(?<id>[^/]+)\/finalize$/, name: 'media/finalize' },
  { method: 'GET', pattern: /^\/2\/media\/upload$/, name: 'media/status' },
  { method: 'POST', pattern: /^\/2\/media\/metadata$/, name: 'media/metadata' },
  { method: 'GET', pattern: /^\/i\/oauth2\/authorize$/, name: 'oauth2/authorize' },
  { method: 'POST', pattern: /^\/2\/oauth2\/token$/, name: 'oauth2/user-token' },
  { method: 'GET', pattern: /^\/2\/tweets\/analytics$/, name: 'tweets/analytics' },
  { method: 'GET', pattern: /^\/2\/users\/(?<id>\d+)\/liked_tweets$/, name: 'users/liked-tweets' }
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
    subscription_type: () => account.subscriptionType ?? 'None',
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

/** Outside every self-serve package unless the App has it: the 403 an OAuth 2.0 token was seen getting here. */
function tweetAnalytics(ctx: HandlerContext, { app }: UserCaller): Reply {
  if (!app.analytics) return problems.endpointNotInPackage(ctx.settings.problemHost, clientIdOf(app))
  return json(200, { data: [] })
}

/** Reads are blocked by a usage cap too, with the account and product named. */
function likedTweets(ctx: HandlerContext, { app, account }: UserCaller): Reply {
  if (app.usageCapped) return problems.usageCapped(ctx.settings.problemHost, { ...app.usageCap, accountId: account.id })
  return json(200, { meta: { result_count: 0 } })
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
  if (app.usageCapped) return problems.usageCappedFor(host, app)

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
  const subscriber = (account.subscriptionType ?? 'None') !== 'None'
  if (weightedLength(text) > (subscriber ? MAX_LONG_POST_LENGTH : MAX_WEIGHTED_LENGTH)) return problems.textTooLong(host, text)
  // Self-serve rules since February 2026; an Enterprise plan is not bound by them.
  if (!app.enterprise && cashtags(text).length > MAX_CASHTAGS) return problems.forbidden(TOO_MANY_CASHTAGS)

  const replyTo = body.reply?.in_reply_to_tweet_id
  if (replyTo !== undefined) {
    const target = ctx.state.findPost(replyTo)
    // Deleted or invisible targets: v1.1 answered 403 code 385; v2 is assumed to keep the status and text.
    if (!target) return problems.forbidden(problems.REPLY_TARGET_GONE)
    if (!target.summonable && target.authorId !== account.id) return problems.forbidden(problems.NOT_SUMMONED)
  }
  if (body.quote_tweet_id !== undefined) {
    const quoted = ctx.state.findPost(body.quote_tweet_id)
    // X's answer to a missing quote target is undocumented; this invalid-request message has been seen from v2.
    if (!quoted) {
      return problems.invalidRequest(host, {
        parameters: { quote_tweet_id: [body.quote_tweet_id] },
        message: 'This tweet cannot be found.'
      })
    }
    // Since 2026-04-16 only Enterprise plans may quote; a self-serve App gets X's recorded refusal.
    if (!app.enterprise) return problems.quoteNotAllowed()
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
  const { editHistoryKey } = ctx.settings
  const data = { ...(editHistoryKey ? { [editHistoryKey]: [id] } : {}), id, text: shortenUrls(text) }
  return json(201, { data }, { location: `https://${host}/2/tweets/${id}` })
}

/**
 * `DELETE /2/tweets/:id`: the account's own post (200 `{deleted: true}`, as
 * recorded); a post that does not exist (any more) is 404; another account's
 * post is 403 in X's policy envelope. Neither refusal is recorded: their
 * bodies are the simulator's reading of X's usual forms. A read-only token is
 * refused as it is for a post.
 */
function deletePost(ctx: HandlerContext, { token, account }: UserCaller): Reply {
  const host = ctx.settings.problemHost
  if (token.accessLevel === 'read') return problems.oauth1Permissions(host)
  const id = ctx.request.params.id
  const post = ctx.state.findPost(id)
  if (!post) return problems.postNotFound(host, id)
  if (post.authorId !== account.id) return problems.forbidden(problems.NOT_YOUR_POST)
  ctx.state.posts = ctx.state.posts.filter((p) => p.id !== id)
  ctx.state.existingPosts.delete(id)
  return json(200, { data: { deleted: true } })
}

/** This account's finished uploads: up to 4 images, or a single GIF or video. */
function mediaUsable(ctx: HandlerContext, ownerId: string, ids: string[]): boolean {
  const records = ids.map((id) => ctx.state.media.get(id))
  if (records.some((m) => !m || m.ownerId !== ownerId || m.state !== 'succeeded')) return false
  const motion = records.filter((m) => m && /gif|video/.test(m.category)).length
  return motion === 0 || ids.length === 1
}
