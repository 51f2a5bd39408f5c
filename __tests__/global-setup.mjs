/**
 * Before any test: the end-to-end suites run dist/index.js, so dist/ must be
 * built from src/ as it is now. When it is not (src/ changed, no build yet),
 * build it once here and say so, rather than test yesterday's bundle.
 */
import { spawnSync } from 'node:child_process'
import { recordedHash, ROOT, sourceHash } from '../tools/dist-freshness.mjs'

export default function globalSetup() {
  if (recordedHash() === sourceHash()) return
  process.stderr.write('\ndist/ was not built from the current src/: building it now for the end-to-end tests (commit the rebuilt dist/ with src/).\n')
  const build = spawnSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' })
  if (build.status !== 0) throw new Error('npm run build failed: the end-to-end tests cannot run on a stale dist/.')
  if (recordedHash() !== sourceHash()) throw new Error('dist/ is still stale after npm run build: src/ changed during the build?')
}
