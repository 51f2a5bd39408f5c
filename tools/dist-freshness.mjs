/**
 * Whether dist/ was built from the sources as they are: a hash of what goes
 * into the bundle (src/, tsconfig.json, the production packages of the lock
 * file), written by `npm run build` to dist/source.sha256 and compared by the
 * tests' global setup, which rebuilds a stale dist/ before any end-to-end
 * test runs it. Plain JavaScript, so it needs no build itself.
 *
 *   node tools/dist-freshness.mjs --installed   (before ncc, in `npm run build`)
 *   node tools/dist-freshness.mjs --write       (after ncc, in `npm run build`)
 *
 * --installed refuses to build from a node_modules/ that is not the lock file's:
 * ncc bundles what is installed, so a stale install makes a dist/ that differs
 * from the one CI builds after `npm ci`.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const STAMP = path.join(ROOT, 'dist', 'source.sha256')

export function sourceHash(root = ROOT) {
  const hash = createHash('sha256')
  const src = path.join(root, 'src')
  const files = readdirSync(src, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|js|mjs|cjs|json)$/.test(f))
    .sort()
  for (const file of files)
    hash
      .update(`src/${file.split(path.sep).join('/')}\0`)
      .update(readFileSync(path.join(src, file)))
      .update('\0')
  hash
    .update('tsconfig.json\0')
    .update(readFileSync(path.join(root, 'tsconfig.json')))
    .update('\0')
  // Only what the bundle can contain: a devDependency update leaves dist/ as it is.
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
  const production = Object.entries(lock.packages ?? {}).filter(([name, entry]) => name !== '' && !entry.dev)
  hash.update(JSON.stringify([lock.packages?.['']?.dependencies ?? {}, production.map(([name, entry]) => [name, entry.version, entry.integrity])]))
  return hash.digest('hex')
}

export function recordedHash() {
  try {
    return readFileSync(STAMP, 'utf8').trim()
  } catch {
    return undefined
  }
}

/** The production packages whose installed version is not the lock file's, as "name: installed x, locked y". */
export function installedMismatches(root = ROOT) {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
  const mismatches = []
  for (const [name, entry] of Object.entries(lock.packages ?? {})) {
    if (name === '' || entry.dev || entry.link) continue
    let installed
    try {
      installed = JSON.parse(readFileSync(path.join(root, name, 'package.json'), 'utf8')).version
    } catch {
      installed = 'none'
    }
    if (installed !== entry.version) mismatches.push(`${name.replace(/^node_modules\//, '')}: installed ${installed}, locked ${entry.version}`)
  }
  return mismatches
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--installed')) {
    const mismatches = installedMismatches()
    if (mismatches.length > 0) {
      process.stderr.write(`node_modules/ is not what package-lock.json locks; run npm ci before building:\n  ${mismatches.join('\n  ')}\n`)
      process.exit(1)
    }
  }
  if (process.argv.includes('--write')) writeFileSync(STAMP, sourceHash() + '\n')
}
