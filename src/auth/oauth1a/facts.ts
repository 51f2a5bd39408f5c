/**
 * What the two OAuth 1.0a requests proved, read once: POST /oauth2/token
 * judges the API key and secret on their own, GET /2/users/me the four
 * values together. Each row then reads these facts, never another row.
 */
import { answerOf, type Answer } from '../../checks/answer.js'
import { provesAuthentication } from '../../diagnoses/x-error.js'
import type { XResponse, XUser } from '../../x/api.js'

export interface TokenAnswer {
  token_type?: string
  access_token?: string
}

export interface OAuth1Facts {
  token: Answer<TokenAnswer>
  me: Answer<XUser>
  /** The bearer token X issued for the API key and secret. */
  appBearer?: string
  /** POST /oauth2/token refused the keys (403, code 99), which X also sends when it is called too often. */
  keysRejected: boolean
  /** GET /2/users/me answered 401. */
  meRefused: boolean
  /** The 401 named the timestamp (v1.1 code 135): the clock, for certain. */
  timestampRefused: boolean
  /**
   * GET /2/users/me authenticated all four values: it answered 200, or an
   * answer X sends only after authenticating (429, 402, 403 client-forbidden,
   * user-suspended). Then the API key and secret are proven, whatever
   * /oauth2/token said: its code 99 also means "asked too often".
   */
  keysProven: boolean
}

export type Answers = Pick<OAuth1Facts, 'token' | 'me'>

/** Sends both requests at once and waits for both answers. */
export async function gather(token: Promise<XResponse<TokenAnswer>>, me: Promise<XResponse<XUser>>): Promise<Answers> {
  const [t, m] = await Promise.all([answerOf(token), answerOf(me)])
  return { token: t, me: m }
}

export function readFacts(answers: Answers): OAuth1Facts {
  const { token, me } = answers
  const appBearer = token.ok && token.value.data.token_type === 'bearer' ? token.value.data.access_token || undefined : undefined
  return {
    token,
    me,
    appBearer,
    keysRejected: !token.ok && token.error.status === 403 && token.error.info.code === 99,
    meRefused: !me.ok && me.error.status === 401,
    timestampRefused: !me.ok && me.error.status === 401 && me.error.info.code === 135,
    keysProven: me.ok || provesAuthentication(me.error)
  }
}
