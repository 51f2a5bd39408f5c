/**
 * The posting inputs, read once; the run posts when any of `tweet`, `tweet-file` or `media` is given. An empty `tweet`
 * cannot be told from one not given (the runner passes every input of action.yml, as '' when the step gives none), so
 * it means "check only"; a `tweet` of only whitespace is a mistake and fails.
 */
import { InputError } from '../../diagnoses/input-error.js'
import { MAX_LINE } from '../../settings/rules.js'
import type { InputReader } from '../../settings/settings.js'

export type OnDuplicate = 'skip' | 'fail'

export interface PostInputs {
  tweet: string
  tweetFile: string
  media: string
  mediaAltText: string
  replyTo: string
  quote: string
  onDuplicate: OnDuplicate
}

const MAX_TWEET_CHARS = 100_000

export function readPostInputs(inputs: InputReader): PostInputs | undefined {
  const onDuplicate = inputs.choice('on-duplicate', ['skip', 'fail'] as const, 'skip')
  const tweet = inputs.text('tweet', MAX_TWEET_CHARS)
  const tweetFile = inputs.line('tweet-file')
  const media = inputs.text('media', MAX_LINE * 4)
  const mediaAltText = inputs.text('media-alt-text', 8 * 1000 + 8)
  const replyTo = inputs.line('reply-to')
  const quote = inputs.line('quote')
  if (tweet !== '' && !tweet.trim()) {
    throw new InputError(
      'tweet',
      `\`tweet\` holds only whitespace (${describeBlank(tweet)}): there is nothing to post. An empty \`tweet\` means "check only"; a blank one is taken as a mistake, so nothing was sent.`,
      'blank-post'
    )
  }
  if (tweet.trim() && tweetFile) throw new InputError('tweet-file', 'Give either `tweet` or `tweet-file`, not both.')
  if (!tweet.trim() && !tweetFile && !media.trim()) {
    for (const [name, value] of [
      ['media-alt-text', mediaAltText],
      ['reply-to', replyTo],
      ['quote', quote]
    ] as const) {
      if (value.trim()) throw new InputError(name, `\`${name}\` is set but there is nothing to post: give \`tweet\`, \`tweet-file\` or \`media\`.`)
    }
    return undefined
  }
  return { tweet, tweetFile, media, mediaAltText, replyTo, quote, onDuplicate }
}

/** "3 line breaks and 2 spaces": what a blank text holds, so a user can tell an expression that came out empty. */
export function describeBlank(text: string): string {
  const breaks = (text.match(/\r\n|\r|\n/g) ?? []).length
  const others = text.replace(/\r\n|\r|\n/g, '').length
  const parts = [
    breaks && `${breaks} line break${breaks === 1 ? '' : 's'}`,
    others && `${others} space${others === 1 ? '' : 's'} or tab${others === 1 ? '' : 's'}`
  ]
  return parts.filter(Boolean).join(' and ')
}
