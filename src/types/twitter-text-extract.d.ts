// twitter-text's extractors, one CommonJS file each (no exports map); loaded one by one, like parseTweet.
declare module 'twitter-text/dist/extractCashtagsWithIndices.js' {
  import type { extractCashtagsWithIndices } from 'twitter-text'
  const extract: typeof extractCashtagsWithIndices | { default: typeof extractCashtagsWithIndices }
  export default extract
}
declare module 'twitter-text/dist/extractMentionsWithIndices.js' {
  import type { extractMentionsWithIndices } from 'twitter-text'
  const extract: typeof extractMentionsWithIndices | { default: typeof extractMentionsWithIndices }
  export default extract
}
declare module 'twitter-text/dist/extractUrlsWithIndices.js' {
  import type { extractUrlsWithIndices } from 'twitter-text'
  const extract: typeof extractUrlsWithIndices | { default: typeof extractUrlsWithIndices }
  export default extract
}
