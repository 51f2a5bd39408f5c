/**
 * `delete`: the posts to delete, as ids or x.com / twitter.com status URLs
 * separated by newlines or commas, or the JSON array the `tweet-ids` output
 * holds. Not together with the posting inputs: a run either posts or takes
 * posts back.
 */
import { InputError } from '../../diagnoses/input-error.js'
import { MAX_LINE } from '../../settings/rules.js'
import type { InputReader } from '../../settings/settings.js'
import { parsePostRef } from '../refs.js'

/** A stray input (a whole file pasted) is caught before anything is deleted; a thread has at most 25 parts. */
export const MAX_DELETES = 100

const POSTING_INPUTS = ['tweet', 'tweet-file', 'media', 'reply-to', 'quote'] as const

/** The ids, in the order given (a thread's order); undefined when `delete` is empty. */
export function readDeleteInput(inputs: InputReader): string[] | undefined {
  const raw = inputs.text('delete', MAX_LINE * 8)
  if (!raw.trim()) return undefined
  const mixed = POSTING_INPUTS.filter((name) => inputs.given(name))
  if (mixed.length) {
    const names = mixed.map((n) => `\`${n}\``).join(', ')
    throw new InputError('delete', `\`delete\` is given together with ${names}: a run either posts or deletes. Use two steps (or jobs) for the two.`)
  }
  return parseIds(raw)
}

/** `1,2`, one per line, URLs, or `["1","2"]`; each id once, in the order given. */
export function parseIds(raw: string): string[] {
  const text = raw.trim()
  const entries = text.startsWith('[') ? jsonEntries(text) : text.split(/[\r\n,]+/).map((e) => e.trim())
  const given = entries.filter((e) => e !== '')
  if (given.length > MAX_DELETES) {
    throw new InputError('delete', `\`delete\` names ${given.length} posts; at most ${MAX_DELETES} are deleted in one run (a safety cap). Split the list.`)
  }
  const ids = given.map((entry, i) => parsePostRef(entry, 'delete', given.length === 1 ? '`delete`' : `\`delete\` (entry ${i + 1})`))
  return ids.filter((id, i) => ids.indexOf(id) === i)
}

/** The `tweet-ids` form: a JSON array of id strings (an empty one means nothing to delete). */
function jsonEntries(text: string): string[] {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new InputError(
      'delete',
      '`delete` starts with `[` but is not a JSON array; give the `tweet-ids` output as it is, or ids separated by commas or newlines.'
    )
  }
  if (!Array.isArray(value)) throw new InputError('delete', '`delete` starts with `[` but is not a JSON array.')
  if (value.some((v) => typeof v !== 'string')) {
    throw new InputError(
      'delete',
      '`delete`: every entry of the JSON array must be a string, as in the `tweet-ids` output (`["1668910101351272448"]`): a post id as a JSON number loses its last digits.'
    )
  }
  return value as string[]
}
