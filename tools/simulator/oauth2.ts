/**
 * OAuth 2.0 user context (Authorization Code with PKCE): the consent page,
 * which consents at once for tests and redirects with `code` and `state`,
 * and `POST /2/oauth2/token` for the `authorization_code` and `refresh_token`
 * grants. A refresh rotates: it issues a new refresh token and consumes the
 * old one, which X then refuses with the body it was seen refusing it with.
 */
import { createHash } from 'node:crypto'
import { type HandlerContext, json, type Reply } from './context.js'
import { constantTimeEqual, parseFormEncoded } from './oauth1.js'
import * as problems from './problems.js'
import { AUTHORIZATION_CODE_SECONDS, type SimOAuth2Client, type SimUserToken } from './state.js'

/** The scopes X's consent page knows (docs.x.com, OAuth 2.0 authorization code). */
export const OAUTH2_SCOPES = [
  'tweet.read',
  'tweet.write',
  'tweet.moderate.write',
  'users.email',
  'users.read',
  'follows.read',
  'follows.write',
  'offline.access',
  'space.read',
  'mute.read',
  'mute.write',
  'like.read',
  'like.write',
  'list.read',
  'list.write',
  'block.read',
  'block.write',
  'bookmark.read',
  'bookmark.write',
  'media.write',
  'dm.read',
  'dm.write'
] as const

/** What the consent page shows when the request cannot be authorised; X's page is HTML too. */
function consentError(reason: string): Reply {
  const body = `<!DOCTYPE html>\n<html><head><title>X / Error</title></head><body><h1>Something went wrong</h1><p>You weren't able to give access to the App. Go back and try logging in again.</p><!-- ${reason} --></body></html>\n`
  return { status: 400, body, headers: { 'content-type': 'text/html; charset=utf-8' } }
}

/**
 * `GET /i/oauth2/authorize`: checks the request as X's consent page does,
 * then consents at once as `consentingUserId` and redirects to the callback.
 */
export function authorize(ctx: HandlerContext, consentingUserId: string | undefined): Reply {
  const q = ctx.request.url.searchParams
  const client = ctx.state.oauth2Clients.get(q.get('client_id') ?? '')
  if (!client) return consentError('unknown client_id')
  const redirectUri = q.get('redirect_uri') ?? ''
  if (!client.redirectUris.includes(redirectUri)) return consentError('redirect_uri is not a callback URL of the App')
  if (q.get('response_type') !== 'code') return consentError('response_type must be code')
  const challenge = q.get('code_challenge') ?? ''
  const method = q.get('code_challenge_method') ?? 'plain'
  if (!challenge || (method !== 'S256' && method !== 'plain')) return consentError('code_challenge missing or method unknown')
  const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean)
  if (!scopes.length || scopes.some((s) => !(OAUTH2_SCOPES as readonly string[]).includes(s))) return consentError('scope empty or unknown')
  const userId = consentingUserId ?? ctx.state.accounts.keys().next().value
  if (!userId || !ctx.state.accounts.has(userId)) return consentError('nobody to consent')
  const code = createHash('sha256').update(`${client.clientId}:${challenge}:${ctx.settings.now()}:${Math.random()}`).digest('base64url')
  ctx.state.authorizationCodes.set(code, {
    code,
    clientId: client.clientId,
    userId,
    redirectUri,
    scopes,
    challenge,
    challengeMethod: method,
    expiresAt: ctx.settings.now() + AUTHORIZATION_CODE_SECONDS * 1000,
    used: false
  })
  const target = new URL(redirectUri)
  const state = q.get('state')
  if (state !== null) target.searchParams.set('state', state)
  target.searchParams.set('code', code)
  return { status: 302, body: '', headers: { location: target.href, 'content-type': 'text/html; charset=utf-8' } }
}

/** Who the token request is from: Basic `client_id:client_secret` for confidential clients, `client_id` in the body for public ones. */
function clientOf(ctx: HandlerContext, form: Map<string, string>): SimOAuth2Client | Reply {
  const header = ctx.request.headers.authorization ?? ''
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header)
  const bodyClientId = form.get('client_id')
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    const [id, secret] = colon < 0 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)].map(safeDecode)
    const client = ctx.state.oauth2Clients.get(id)
    if (!client) return problems.oauth2Error(401, 'invalid_client', 'Client authentication failed.')
    // A public client has no secret to match, so a Basic header is refused like a wrong secret.
    if (!client.clientSecret || !constantTimeEqual(client.clientSecret, secret))
      return problems.oauth2Error(401, 'unauthorized_client', problems.OAUTH2_MISSING_AUTH_HEADER)
    // X wants client_id in the body even beside a valid Basic header (recorded).
    if (!bodyClientId) return problems.oauth2MissingParameter('client_id')
    if (bodyClientId !== client.clientId) return problems.oauth2Error(401, 'invalid_client', 'Client authentication failed.')
    return client
  }
  if (!bodyClientId) return problems.oauth2MissingParameter('client_id')
  const client = ctx.state.oauth2Clients.get(bodyClientId)
  if (!client) return problems.oauth2Error(401, 'invalid_client', 'Client authentication failed.')
  if (client.clientSecret) return problems.oauth2Error(401, 'unauthorized_client', problems.OAUTH2_MISSING_AUTH_HEADER)
  return client
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

const isReply = (v: SimOAuth2Client | Reply): v is Reply => 'status' in v

/** The answer to a successful grant, keys in the order X sent them. */
function tokenAnswer(access: SimUserToken, refresh: SimUserToken | undefined): Reply {
  const body: Record<string, unknown> = { token_type: 'bearer', expires_in: 7200, access_token: access.value, scope: access.scopes.join(' ') }
  if (refresh) body.refresh_token = refresh.value
  return json(200, body)
}

/** `POST /2/oauth2/token`. */
export function issueUserToken(ctx: HandlerContext): Reply {
  if (!/^application\/x-www-form-urlencoded\b/i.test(ctx.request.headers['content-type'] ?? '')) return problems.oauth2MissingParameter('grant_type')
  const form = new Map(parseFormEncoded(ctx.request.body.toString('utf8')))
  const client = clientOf(ctx, form)
  if (isReply(client)) return client
  const invalid = () => problems.oauth2Error(400, 'invalid_request', problems.OAUTH2_INVALID_TOKEN)
  switch (form.get('grant_type')) {
    case 'refresh_token': {
      const old = ctx.state.userTokens.get(form.get('refresh_token') ?? '')
      if (!old || old.kind !== 'refresh' || old.used || old.revoked || old.clientId !== client.clientId) return invalid()
      old.used = true
      const { access, refresh } = ctx.state.issueUserTokens(client.clientId, old.userId, old.scopes)
      return tokenAnswer(access, refresh)
    }
    case 'authorization_code': {
      const code = ctx.state.authorizationCodes.get(form.get('code') ?? '')
      if (!code || code.used || code.clientId !== client.clientId || code.expiresAt <= ctx.settings.now()) return invalid()
      if (form.get('redirect_uri') !== code.redirectUri) return invalid()
      const verifier = form.get('code_verifier') ?? ''
      const derived = code.challengeMethod === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier
      if (!verifier || !constantTimeEqual(derived, code.challenge)) return invalid()
      code.used = true
      const { access, refresh } = ctx.state.issueUserTokens(client.clientId, code.userId, code.scopes)
      return tokenAnswer(access, refresh)
    }
    case undefined:
      return problems.oauth2MissingParameter('grant_type')
    default:
      return problems.oauth2Error(400, 'unsupported_grant_type', 'The grant type is not supported.')
  }
}
