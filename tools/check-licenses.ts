/**
 * Every package bundled into dist/ must carry a licence from the allow-list.
 *
 * Two sources, because neither is complete alone:
 * - `licenses.txt`, which ncc writes next to each bundle. It is what ships,
 *   but it misses some packages (ones webpack concatenated into a module of
 *   another package are not always listed).
 * - the production dependencies in package-lock.json: everything that can
 *   end up in a bundle, with the licence npm recorded for it.
 * A package in a `licenses.txt` that is not a production dependency means a
 * devDependency was bundled: that fails too.
 *
 *   node build/tools/check-licenses.js
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { REPO_ROOT } from './runner.js'

/** SPDX identifiers a bundled package may use: permissive licences that ask only for the notice to be kept. */
export const ALLOWED_LICENSES: ReadonlySet<string> = new Set(['0BSD', 'Apache-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause', 'BSD-3-Clause', 'ISC', 'MIT'])

/**
 * Packages whose package.json declares no licence, with the licence their
 * LICENSE file states and the words that prove it; the check reads the file,
 * so this list cannot go stale silently.
 */
export const UNDECLARED_LICENSES: Record<string, { license: string; file: string; proof: RegExp }> = {
  'twitter-text': { license: 'Apache-2.0', file: 'LICENSE', proof: /Apache License,?\s+Version 2\.0/i }
}

export interface BundledLicense {
  name: string
  /** The SPDX expression ncc found, if any. */
  license?: string
}

export interface ProductionPackage {
  name: string
  version: string
  /** `node_modules/...` path inside the repository. */
  location: string
  license?: string
}

export interface LicenseProblem {
  name: string
  license?: string
  where: string
  problem: string
}

export interface LicenseReport {
  /** name → licence, for every package checked. */
  checked: Map<string, string | undefined>
  problems: LicenseProblem[]
  /** Bundled packages whose licence text is missing from licenses.txt (ncc's omission, not a licence problem). */
  unlisted: string[]
}

const PACKAGE_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/
const SPDX_LIKE = /^\(?[A-Za-z0-9][A-Za-z0-9.+-]*(?:\s+(?:AND|OR|WITH)\s+\(?[A-Za-z0-9][A-Za-z0-9.+-]*\)?)*\)?$/

/**
 * Parses ncc's licenses.txt: entries sorted by name, each `name`, an optional
 * SPDX line, the licence text, then a blank line. Licence texts contain blank
 * lines too, so a line starts an entry only when it follows a blank line,
 * looks like a package name, and is followed by an SPDX expression or is a
 * package we know.
 */
export function parseLicensesTxt(text: string, known: ReadonlySet<string> = new Set()): BundledLicense[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const entries: BundledLicense[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim()
    const afterBlank = i === 0 || lines[i - 1].trim() === ''
    if (!afterBlank || !PACKAGE_NAME.test(line)) continue
    const next = (lines[i + 1] ?? '').trim()
    const hasLicense = SPDX_LIKE.test(next) && !PACKAGE_NAME.test(next)
    if (!hasLicense && !known.has(line)) continue
    entries.push({ name: line, license: hasLicense ? next : undefined })
  }
  return entries
}

/** The packages npm installs with `--omit=dev`, from package-lock.json (lockfile v2 or v3). */
export function productionPackages(lock: {
  packages?: Record<string, { version?: string; license?: string; dev?: boolean; devOptional?: boolean; link?: boolean }>
}): ProductionPackage[] {
  const out: ProductionPackage[] = []
  for (const [location, meta] of Object.entries(lock.packages ?? {})) {
    if (!location || meta.dev || meta.devOptional || meta.link) continue
    const name = location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length)
    out.push({ name, version: meta.version ?? '?', location, license: meta.license })
  }
  return out
}

/**
 * Whether an SPDX expression is allowed: `A OR B` needs one side allowed,
 * `A AND B` both; `WITH` exceptions are not accepted.
 */
export function isAllowed(expression: string | undefined, allowed: ReadonlySet<string> = ALLOWED_LICENSES): boolean {
  if (!expression) return false
  const tokens = expression.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').trim().split(/\s+/)
  let at = 0
  const orExpr = (): boolean => {
    let value = andExpr()
    while (tokens[at] === 'OR') {
      at++
      const right = andExpr()
      value = value || right
    }
    return value
  }
  const andExpr = (): boolean => {
    let value = atom()
    while (tokens[at] === 'AND') {
      at++
      const right = atom()
      value = value && right
    }
    return value
  }
  const atom = (): boolean => {
    const token = tokens[at++]
    if (token === '(') {
      const value = orExpr()
      if (tokens[at++] !== ')') throw new Error(`unbalanced parentheses in "${expression}"`)
      return value
    }
    if (token === undefined || ['AND', 'OR', 'WITH', ')'].includes(token)) throw new Error(`cannot read licence expression "${expression}"`)
    if (tokens[at] === 'WITH') {
      at += 2
      return false
    }
    return allowed.has(token)
  }
  try {
    const value = orExpr()
    return at === tokens.length && value
  } catch {
    return false
  }
}

/** Packages ncc concatenated into a bundle: webpack leaves a `CONCATENATED MODULE: ./node_modules/<name>/…` comment for each. */
export function concatenatedPackages(bundle: string): string[] {
  const names = new Set<string>()
  for (const m of bundle.matchAll(/CONCATENATED MODULE: \.\/node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//g)) names.add(m[1])
  return [...names]
}

export interface CheckInput {
  /** Each licenses.txt, by its path relative to the repository. */
  licenseFiles: Record<string, string>
  /** Each bundle's JavaScript, by path. */
  bundles: Record<string, string>
  lock: Parameters<typeof productionPackages>[0]
  /** Reads a file of an installed package, or undefined when it is not there. */
  readPackageFile: (location: string, file: string) => string | undefined
  allowed?: ReadonlySet<string>
}

export function checkLicenses(input: CheckInput): LicenseReport {
  const allowed = input.allowed ?? ALLOWED_LICENSES
  const production = productionPackages(input.lock)
  const productionNames = new Set(production.map((p) => p.name))
  const checked = new Map<string, string | undefined>()
  const problems: LicenseProblem[] = []

  const licenseOf = (p: ProductionPackage): { license?: string; problem?: string } => {
    if (p.license) return { license: p.license }
    const undeclared = UNDECLARED_LICENSES[p.name]
    if (!undeclared) return { problem: 'declares no licence (add it to UNDECLARED_LICENSES once its LICENSE file is read)' }
    const text = input.readPackageFile(p.location, undeclared.file)
    if (text === undefined) return { problem: `declares no licence and its ${undeclared.file} cannot be read (run npm ci first)` }
    if (!undeclared.proof.test(text)) return { problem: `declares no licence and its ${undeclared.file} no longer reads as ${undeclared.license}` }
    return { license: undeclared.license }
  }

  for (const p of production) {
    const { license, problem } = licenseOf(p)
    const where = `package-lock.json (${p.location}@${p.version})`
    checked.set(p.name, license)
    if (problem) problems.push({ name: p.name, where, problem })
    else if (!isAllowed(license, allowed)) problems.push({ name: p.name, license, where, problem: `licence ${license} is not in the allow-list` })
  }

  const listed = new Set<string>()
  for (const [file, text] of Object.entries(input.licenseFiles)) {
    for (const entry of parseLicensesTxt(text, productionNames)) {
      listed.add(entry.name)
      if (!productionNames.has(entry.name)) {
        problems.push({
          name: entry.name,
          license: entry.license,
          where: file,
          problem: 'is bundled but is not a production dependency (a devDependency imported by src/?)'
        })
        continue
      }
      // ncc's own reading of the licence must pass too (it may differ from the lockfile's).
      if (entry.license && !isAllowed(entry.license, allowed)) {
        problems.push({ name: entry.name, license: entry.license, where: file, problem: `licence ${entry.license} is not in the allow-list` })
      }
    }
  }

  const unlisted = new Set<string>()
  for (const bundle of Object.values(input.bundles)) {
    for (const name of concatenatedPackages(bundle)) if (!listed.has(name)) unlisted.add(name)
  }
  return { checked, problems, unlisted: [...unlisted].sort() }
}

/** Every licenses.txt and .js file under dist/, by path relative to the repository. */
export function readDist(root = REPO_ROOT): { licenseFiles: Record<string, string>; bundles: Record<string, string> } {
  const licenseFiles: Record<string, string> = {}
  const bundles: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      const relative = path.relative(root, full).split(path.sep).join('/')
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'licenses.txt') licenseFiles[relative] = readFileSync(full, 'utf8')
      else if (entry.name.endsWith('.js')) bundles[relative] = readFileSync(full, 'utf8')
    }
  }
  const dist = path.join(root, 'dist')
  if (existsSync(dist)) walk(dist)
  return { licenseFiles, bundles }
}

export function checkRepository(root = REPO_ROOT): LicenseReport {
  const { licenseFiles, bundles } = readDist(root)
  if (!Object.keys(licenseFiles).length) throw new Error('dist/ holds no licenses.txt: run `npm run build` first.')
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8'))
  const readPackageFile = (location: string, file: string) => {
    const full = path.join(root, location, file)
    return existsSync(full) ? readFileSync(full, 'utf8') : undefined
  }
  return checkLicenses({ licenseFiles, bundles, lock, readPackageFile })
}

function main(): void {
  const report = checkRepository()
  const print = (line: string) => process.stdout.write(`${line}\n`)
  const byLicense = new Map<string, string[]>()
  for (const [name, license] of report.checked) byLicense.set(license ?? 'unknown', [...(byLicense.get(license ?? 'unknown') ?? []), name])
  print(`Production dependencies: ${report.checked.size}`)
  for (const [license, names] of [...byLicense].sort()) print(`  ${license}: ${names.sort().join(', ')}`)
  if (report.unlisted.length) {
    print(`Note: bundled but missing from licenses.txt (licences checked from package-lock.json): ${report.unlisted.join(', ')}`)
  }
  if (report.problems.length) {
    print(`\n${report.problems.length} licence problem(s):`)
    for (const p of report.problems) print(`  ✗ ${p.name} (${p.where}): ${p.problem}`)
    print(`\nAllowed: ${[...ALLOWED_LICENSES].join(', ')}.`)
    process.exitCode = 1
  } else {
    print('Every bundled package has an allowed licence.')
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main()
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
}
