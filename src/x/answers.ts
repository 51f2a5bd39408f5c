/**
 * X's answers as the program may use them. What X sends is outside text: the
 * fields the action prints, links to or hands to later steps (ids,
 * usernames, scopes) must have the form X gives them, or the answer is not
 * read at all (`AnswerProblem`, which the door turns into a malformed answer);
 * free text (a display name, a media error) is scrubbed on arrival.
 */
import { outsideText, type Scrub } from '../io/outside.js'
import type { MediaState, OAuth2TokenAnswer, XPost, XPostPage, XUser } from './api.js'

/** An answer that is not of the form X gives: the message says which field, never its value. */
export class AnswerProblem extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AnswerProblem'
  }
}

/** Post, user and media ids: X's snowflakes, digits only (up to 20: a recorded answer shows one of 20 digits). */
export const X_ID = /^[0-9]{1,20}$/
/** X's rule for usernames. */
export const X_USERNAME = /^[A-Za-z0-9_]{1,15}$/
/** An OAuth 2.0 scope as X names them (`tweet.read`, `offline.access`). */
export const X_SCOPE = /^[a-z]+(\.[a-z]+)*$/
/** X allows display names of 50 characters. */
const NAME_LENGTH = 50

const record = (v: unknown, what: string): Record<string, unknown> => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new AnswerProblem(`${what} is missing`)
  return v as Record<string, unknown>
}

const id = (v: unknown, what: string): string => {
  if (typeof v !== 'string' || !X_ID.test(v)) throw new AnswerProblem(`${what} is not an id of digits`)
  return v
}

export function readUser(data: unknown, scrub: Scrub): XUser {
  const d = record(data, 'the user')
  if (typeof d.username !== 'string' || !X_USERNAME.test(d.username)) throw new AnswerProblem("the username is not one X's rules allow")
  const name = typeof d.name === 'string' ? outsideText(d.name, scrub, NAME_LENGTH) : ''
  // X's words for a subscription (`None`, `Basic`, `Premium`, `PremiumPlus`); anything else is not read.
  const subscription = typeof d.subscription_type === 'string' && /^[A-Za-z]{1,20}$/.test(d.subscription_type) ? d.subscription_type : undefined
  return { id: id(d.id, "the user's id"), username: d.username, name, ...(subscription ? { subscription_type: subscription } : {}) }
}

export function readCreatedPost(data: unknown): { id: string; text: string } {
  const d = record(data, 'the post')
  return { id: id(d.id, "the post's id"), text: typeof d.text === 'string' ? d.text : '' }
}

/** A page of posts: each post's id and its parent's are digits; the texts are compared, never printed. */
export function readPostPage(data: unknown): XPostPage {
  const d = record(data, 'the page')
  const posts = Array.isArray(d.data) ? (d.data as unknown[]) : []
  for (const post of posts) {
    const p = record(post, 'a post')
    id(p.id, "a post's id")
    const refs = [p.referenced_tweets, p.referenced_posts].flatMap((r) => (Array.isArray(r) ? (r as unknown[]) : []))
    for (const ref of refs) id(record(ref, 'a reference').id, "a referenced post's id")
  }
  return { data: posts as XPost[], meta: d.meta as XPostPage['meta'] }
}

export function readMediaState(data: unknown, scrub: Scrub): MediaState {
  const d = record(data, 'the media')
  const state: MediaState = { ...(d as object), id: id(d.id, "the media's id") } as MediaState
  const error = state.processing_info?.error
  if (error) {
    state.processing_info = {
      ...state.processing_info!,
      error: {
        name: typeof error.name === 'string' ? outsideText(error.name, scrub, 80) : undefined,
        message: typeof error.message === 'string' ? outsideText(error.message, scrub, 200) : undefined
      }
    }
  }
  return state
}

/** A token answer: the tokens are kept as sent (they are masked on arrival); the scopes must be scopes. */
export function readTokenAnswer<T extends OAuth2TokenAnswer>(data: unknown): T {
  const d = record(data, 'the token answer') as T
  if (
    d.scope !== undefined &&
    (typeof d.scope !== 'string' ||
      !d.scope
        .split(/\s+/)
        .filter(Boolean)
        .every((s) => X_SCOPE.test(s)))
  )
    throw new AnswerProblem('the scopes are not scope names')
  return d
}
