/** Property-based fuzzing of the posting inputs (see helpers/fuzz-suite.ts). */
import { fuzzInputs } from './helpers/fuzz-suite.js'

fuzzInputs('posting', ['tweet', 'tweet-file', 'media', 'media-alt-text', 'reply-to', 'quote', 'dry-run', 'on-duplicate'])
