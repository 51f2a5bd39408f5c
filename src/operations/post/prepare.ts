import { finding, type Finding } from '../../diagnoses/finding.js'
import { InputError } from '../../diagnoses/input-error.js'
import { readAtMost, type WorkspaceFiles } from '../../settings/workspace.js'
import { describeBlank, type PostInputs } from './inputs.js'
import { prepareMedia, type MediaFile } from './media.js'
import { parsePostRef } from '../refs.js'
import { measurePart, preloadParser, prepareThread, type ThreadPart } from './thread.js'

/** Everything a post needs, validated offline before the first request. */
export interface PreparedPost {
  parts: ThreadPart[]
  media: MediaFile[]
  replyTo?: string
  quote?: string
  /** The input the text came from. */
  source: 'tweet' | 'tweet-file'
  /** Warnings found offline: mentions. */
  findings: Finding[]
}

const MAX_TWEET_FILE_BYTES = 1024 * 1024

export async function preparePost(p: PostInputs, files: WorkspaceFiles): Promise<PreparedPost> {
  const source = p.tweetFile ? 'tweet-file' : 'tweet'
  preloadParser()
  const replyTo = parsePostRef(p.replyTo, 'reply-to')
  const quote = parsePostRef(p.quote, 'quote')
  // The files are read while the parser loads: both stand between the run and its first request.
  const [text, media] = await Promise.all([p.tweetFile ? readTweetFile(p.tweetFile, files) : p.tweet, prepareMedia(p.media, p.mediaAltText, files)])
  if (p.tweetFile && !text.trim()) {
    const what = text === '' ? 'is empty' : `holds only whitespace (${describeBlank(text)})`
    throw new InputError('tweet-file', `\`tweet-file\`: '${p.tweetFile}' ${what}: there is nothing to post, so nothing was sent.`, 'blank-post')
  }
  if (media.length && quote) throw new InputError('quote', '`quote`: X does not take media and a quote in the same post; drop `media` or `quote`.')
  if (!text.trim() && !media.length && p.media.trim()) {
    throw new InputError('media', '`media` names no file (only separators or blank entries), and there is no text to post.')
  }
  // A post may be media alone; X then needs no text.
  const parts = !text.trim() && media.length ? [await measurePart(1, '')] : await prepareThread(text, source)
  return { parts, media, replyTo: replyTo || undefined, quote: quote || undefined, source, findings: mentionWarnings(parts, source) }
}

/** Mentions notify whoever owns the handle on X, and X restricts mentions of uninvolved accounts: said before anything is sent. */
function mentionWarnings(parts: ThreadPart[], input: 'tweet' | 'tweet-file'): Finding[] {
  const mentioning = parts.filter((p) => p.entities.mentions.length > 0)
  if (mentioning.length === 0) return []
  const which = mentioning.map((p) => `${parts.length === 1 ? 'the post' : `part ${p.index}`} mentions ${p.entities.mentions.join(', ')}`)
  return [
    finding(
      'mentions-in-post',
      `\`${input}\`: ${which.join('; ')}. Each mention notifies that account on X, which may not be the person meant, and X may refuse or limit posts from Apps that mention accounts not involved in the conversation.`,
      input
    )
  ]
}

async function readTweetFile(given: string, files: WorkspaceFiles): Promise<string> {
  const file = await files.open('tweet-file', given)
  let bytes: Buffer | undefined
  try {
    bytes = await readAtMost(file, MAX_TWEET_FILE_BYTES)
  } catch {
    throw new InputError('tweet-file', `\`tweet-file\`: '${given}' cannot be read.`)
  }
  if (!bytes)
    throw new InputError('tweet-file', `\`tweet-file\`: '${given}' holds more than ${MAX_TWEET_FILE_BYTES} bytes; at most ${MAX_TWEET_FILE_BYTES} are read.`)
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new InputError('tweet-file', `\`tweet-file\`: '${given}' is not valid UTF-8 text.`)
  }
}
