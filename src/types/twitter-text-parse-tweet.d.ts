// twitter-text has no exports map; its per-function CommonJS files are importable one by one.
declare module 'twitter-text/dist/parseTweet.js' {
  import type { parseTweet } from 'twitter-text'
  const parse: typeof parseTweet | { default: typeof parseTweet }
  export default parse
}
