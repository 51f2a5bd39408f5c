/**
 * twitter-text asks for `punycode` by that name, which Node gives its own
 * built-in module: deprecated, and on Node 22 and later its first use prints
 * a deprecation warning (DEP0040) on stderr in every run that posts. The
 * bundle carries the userland package instead, and hands it to twitter-text
 * through the module cache, which Node reads before its built-in modules for
 * a name without `node:` (https://nodejs.org/api/modules.html#requirecache).
 */
import { createRequire } from 'node:module'
import punycode from 'punycode/punycode.js'

/** Before twitter-text loads: its `require('punycode')` then returns the bundled userland package. */
export function useUserlandPunycode(): void {
  const cache = createRequire(import.meta.url).cache
  if (cache.punycode) return
  cache.punycode = { id: 'punycode', filename: 'punycode', loaded: true, exports: punycode, children: [], paths: [] } as unknown as NodeJS.Module
}
