/** The step's outputs: every output of action.yml, set on success and on failure alike, each checked against its form first. */
import type { Verification } from '../checks/verify.js'

export interface OutputSources {
  verification?: Verification
  /** What each auth method and operation sets when it did not run. */
  idle: Record<string, string>
  /** The operations' own outputs, in the order they ran. */
  operations: Record<string, string>[]
}

export function buildOutputs(o: OutputSources): Record<string, string> {
  const v = o.verification
  const identity = v?.identity
  return {
    verified: String(!!v?.verified),
    'user-id': identity?.user.id ?? '',
    username: identity?.user.username ?? '',
    name: identity?.user.name ?? '',
    'access-level': identity?.accessLevel ?? '',
    auth: identity?.method ?? '',
    ...o.idle,
    ...v?.outputs,
    ...Object.assign({}, ...o.operations)
  }
}

const BOOLEAN = /^(true|false)$/
/** `true`, `false`, or empty when not checked. */
const MAYBE = /^(true|false)?$/
const ID = /^([0-9]{1,20})?$/
const USERNAME = /^([A-Za-z0-9_]{1,15})?$/

/** A JSON array of post ids. */
const ID_LIST = /^\[("[0-9]{1,20}"(,"[0-9]{1,20}")*)?\]$/

/**
 * The form of every output, as action.yml promises it. Later steps put
 * outputs into `run:` scripts and URLs: an id is digits, a username X's rule,
 * a URL the action's own. A value out of its form is not set (the output is
 * left empty) and the run fails. A new output needs its rule here (the tests
 * check every output of action.yml has one).
 */
export const OUTPUT_RULES: Record<string, RegExp> = {
  verified: BOOLEAN,
  'user-id': ID,
  username: USERNAME,
  // Display names are free text: one line, no control characters, X's 50 characters (up to 100 UTF-16 units).
  name: /^[^\p{Cc}\p{Zl}\p{Zp}\u202a-\u202e\u2066-\u2069]{0,100}$/u,
  'access-level': /^([a-z]+(-[a-z]+){0,4})?$/,
  auth: /^([a-z0-9-]{1,20})?$/,
  scopes: /^([a-z]+(\.[a-z]+)*( [a-z]+(\.[a-z]+)*)*)?$/,
  'refresh-token-rotated': BOOLEAN,
  'bearer-valid': MAYBE,
  'app-consistent': MAYBE,
  'tweet-id': ID,
  'tweet-url': /^(https:\/\/x\.com\/[A-Za-z0-9_]{1,15}\/status\/[0-9]{1,20})?$/,
  'tweet-ids': ID_LIST,
  duplicate: BOOLEAN,
  posted: BOOLEAN,
  'deleted-ids': ID_LIST,
  // GitHub's own address of the comment (github.com or a GitHub Enterprise Server host).
  'comment-url': /^(https:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/pull\/[0-9]{1,10}#issuecomment-[0-9]{1,20})?$/
}

/** The outputs as they may be set, and the names of those whose value broke their form (or that have no rule): those are set empty. */
export function checkOutputs(outputs: Record<string, string>): { outputs: Record<string, string>; refused: string[] } {
  const refused = Object.entries(outputs)
    .filter(([name, value]) => !OUTPUT_RULES[name]?.test(value))
    .map(([name]) => name)
  return { outputs: { ...outputs, ...Object.fromEntries(refused.map((name) => [name, ''])) }, refused }
}
