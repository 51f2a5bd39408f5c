/**
 * `GET /2/users/:id/tweets`: an account's latest posts, newest first, as
 * X's reading endpoints return them — `&`, `<` and `>` escaped, each URL
 * replaced by a t.co link, a t.co link to the attached media at the end, and
 * only the fields asked for (`tweet.fields`; spec 2.167 calls the parameter
 * `post.fields`, and either is read). Paged with `max_results` (5 to 100,
 * default 10) and an opaque `pagination_token`.
 */
import { type HandlerContext, json, type Reply, type UserCaller } from './context.js'
import * as problems from './problems.js'
import type { PostRecord } from './state.js'
import { tcoLink, tcoLinks } from './tweet-text.js'

const DEFAULT_PAGE = 10

export function userPosts(ctx: HandlerContext, _caller: UserCaller): Reply {
  const { url } = ctx.request
  const host = ctx.settings.problemHost
  const userId = ctx.request.params.id
  const maxParam = url.searchParams.get('max_results')
  const max = maxParam === null ? DEFAULT_PAGE : Number(maxParam)
  if (!Number.isInteger(max) || max < 5 || max > 100) {
    return problems.invalidRequest(host, {
      parameters: { max_results: [maxParam ?? ''] },
      message: `The \`max_results\` query parameter value [${maxParam}] is not between 5 and 100`
    })
  }
  const token = url.searchParams.get('pagination_token')
  const offset = token === null ? 0 : parseInt(token, 32)
  if (token !== null && (!/^[0-9a-v]{16}$/.test(token) || !Number.isSafeInteger(offset))) {
    return problems.invalidRequest(host, {
      parameters: { pagination_token: [token] },
      message: `The \`pagination_token\` query parameter value [${token}] is invalid`
    })
  }
  const account = ctx.state.accounts.get(userId)
  if (!account) {
    return json(200, {
      errors: [
        {
          value: userId,
          detail: `Could not find user with id: [${userId}].`,
          title: 'Not Found Error',
          resource_type: 'user',
          parameter: 'id',
          resource_id: userId,
          type: `https://${host}/2/problems/resource-not-found`
        }
      ]
    })
  }

  const exclude = new Set((url.searchParams.get('exclude') ?? '').split(',').filter(Boolean))
  const fields = new Set([url.searchParams.get('tweet.fields'), url.searchParams.get('post.fields')].flatMap((f) => (f ?? '').split(',')).filter(Boolean))
  const all = ctx.state.posts.filter((p) => p.authorId === userId && !(exclude.has('replies') && p.replyTo)).reverse()
  const page = all.slice(offset, offset + max)
  if (page.length === 0) return json(200, { meta: { result_count: 0 } })

  const meta: Record<string, unknown> = { result_count: page.length, newest_id: page[0].id, oldest_id: page[page.length - 1].id }
  if (offset + max < all.length) meta.next_token = (offset + max).toString(32).padStart(16, '0')
  return json(200, { data: page.map((p) => asRead(ctx, p, account.username, fields)), meta })
}

function asRead(ctx: HandlerContext, post: PostRecord, username: string, fields: Set<string>): Record<string, unknown> {
  const links = tcoLinks(post.text)
  let text = post.text
  for (const { url, short } of links) text = text.replace(url, () => short)
  const media = post.mediaIds.length ? tcoLink(`media:${post.id}`) : undefined
  if (media) text = text ? `${text} ${media}` : media
  text = escapeHtml(text)

  const history = ctx.settings.editHistoryKey
  const data: Record<string, unknown> = { id: post.id, text, ...(history ? { [history]: [post.id] } : {}) }
  const referenced = [...(post.replyTo ? [{ type: 'replied_to', id: post.replyTo }] : []), ...(post.quoteOf ? [{ type: 'quoted', id: post.quoteOf }] : [])]
  if (fields.has('referenced_tweets') && referenced.length) data.referenced_tweets = referenced
  if (fields.has('author_id')) data.author_id = post.authorId
  if (fields.has('created_at')) data.created_at = new Date(post.createdAt).toISOString()
  if (fields.has('entities')) {
    const urls: Record<string, unknown>[] = links.map(({ url, short }) => ({
      ...span(text, short),
      url: short,
      expanded_url: /^https?:\/\//i.test(url) ? url : `http://${url}`,
      display_url: url.replace(/^https?:\/\//i, '')
    }))
    if (media) {
      urls.push({
        ...span(text, media),
        url: media,
        expanded_url: `https://x.com/${username}/status/${post.id}/photo/1`,
        display_url: `pic.x.com/${media.slice('https://t.co/'.length)}`,
        media_key: `3_${post.mediaIds[0]}`
      })
    }
    if (urls.length) data.entities = { urls }
  }
  return data
}

/** Where a link sits in the text, in code points, as X counts entity offsets. */
function span(text: string, link: string): { start: number; end: number } {
  const at = text.indexOf(link)
  const start = [...text.slice(0, at)].length
  return { start, end: start + [...link].length }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
