/**
 * X's 2026 cashtag rule for posts from self-serve Apps: at most one cashtag
 * per post. Cashtags are counted as twitter-text's extractor finds them — a
 * `$` at the start or after whitespace, 1 to 6 letters, optionally `.` or `_`
 * and 1 or 2 more, then the end, whitespace or punctuation — written out here
 * rather than imported, so the simulator stays an independent judge of the
 * Action's own count (a test holds the two to the same answers).
 */

export const MAX_CASHTAGS = 1

/** X's refusal, as reported for a post with more than one cashtag; the full envelope was not recorded. */
export const TOO_MANY_CASHTAGS = 'Posts are limited to a maximum of one cashtag ($SYMBOL)'

// What may follow a cashtag: ASCII punctuation, but not `"` nor a backquote (so `` `$HOME` `` is no cashtag).
const PUNCT = String.raw`!'#%&()*+,\\\-./:;<=>?@\[\]^_{|}~$`
// Unicode white space, as twitter-text lists it.
const SPACES = String.raw`\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`
const CASHTAG = new RegExp(`(^|[${SPACES}])\\$([a-z]{1,6}(?:[._][a-z]{1,2})?)(?=$|[${SPACES}]|[${PUNCT}])`, 'gi')

/** Every cashtag in the text, without its `$`, in order. */
export function cashtags(text: string): string[] {
  return [...text.matchAll(CASHTAG)].map((m) => m[2])
}
