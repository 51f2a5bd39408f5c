/**
 * The leak check every end-to-end scenario runs: each secret and every form
 * derived from it (raw, trimmed, URL-encoded and -decoded, base64 of
 * key:secret, any 12-character piece) is searched in stdout (as printed, and
 * as the runner shows it once it applied the masks), stderr, the outputs,
 * the job summary and the annotations. Any hit is a leak, before or after the
 * value's ::add-mask:: line. And what the run registered with ::add-mask::
 * must hide every form of a secret a later step may print (laterStepExposure).
 */
import { MIN_FORM_LENGTH } from '../../src/io/secret.js'
import type { ActionRun } from '../../tools/runner.js'

export interface SecretUnderTest {
  name: string
  value: string
  /** A public prefix that does not count (the access token's `<user id>-`). */
  publicPrefix?: string
}

export interface LeakReport {
  leaks: string[]
  checks: number
}

/** Totals across every scenario of the test run, for the reliability figures. */
export const leakTotals = { scenarios: 0, checks: 0, leaks: 0 }

const WINDOW = 12

export function forms(secret: SecretUnderTest): { label: string; text: string }[] {
  const v = secret.value
  const out = new Map<string, string>()
  const add = (label: string, text: string) => {
    if (text.length >= 8 && !out.has(text)) out.set(text, label)
  }
  add('raw', v)
  add('trimmed', v.trim())
  try {
    add('url-encoded', encodeURIComponent(v.trim()))
  } catch {
    // a lone surrogate has no percent-encoding
  }
  try {
    add('url-decoded', decodeURIComponent(v.trim()))
  } catch {
    // not percent-encoded
  }
  add('base64', Buffer.from(v.trim()).toString('base64'))
  const core = v.trim()
  const skip = secret.publicPrefix?.length ?? 0
  for (let i = 0; i + WINDOW <= core.length; i++) {
    // Windows wholly inside the public prefix are public.
    if (i + WINDOW <= skip) continue
    add(`piece@${i}`, core.slice(i, i + WINDOW))
  }
  return [...out.entries()].map(([text, label]) => ({ label, text }))
}

export function pairForms(key: string, secret: string): { label: string; text: string }[] {
  if (!key.trim() || !secret.trim()) return []
  const pair = `${encodeURIComponent(key.trim())}:${encodeURIComponent(secret.trim())}`
  return [{ label: 'base64(key:secret)', text: Buffer.from(pair).toString('base64') }]
}

/** Lines of stdout that are add-mask commands carry the value by design. */
function maskLineIndex(stdoutLines: string[], value: string): number {
  const escaped = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  return stdoutLines.findIndex((l) => l === `::add-mask::${escaped}`)
}

export function scanForLeaks(run: ActionRun, secrets: SecretUnderTest[], extra: { label: string; text: string }[] = []): LeakReport {
  const leaks: string[] = []
  let checks = 0
  const stdoutLines = run.stdout.split('\n')
  const visible = stdoutLines.map((l) => (l.startsWith('::add-mask::') ? '' : l))
  const annotations = run.commands
    .filter((c) => ['error', 'warning', 'notice'].includes(c.command))
    .map((c) => `${JSON.stringify(c.properties)} ${c.message}`)
    .join('\n')
  const sinks: Record<string, string> = {
    'stdout as the runner shows it': runnerView(run.stdout).join('\n'),
    stderr: run.stderr,
    outputs: Object.values(run.outputs).join('\n'),
    summary: run.summary,
    annotations
  }
  const all = [...secrets.flatMap((s) => forms(s).map((f) => ({ ...f, secret: s }))), ...extra.map((f) => ({ ...f, secret: undefined }))]
  for (const f of all) {
    const owner = f.secret?.name ?? 'pair'
    for (const [sink, text] of Object.entries(sinks)) {
      checks++
      if (text.includes(f.text)) leaks.push(`${owner} (${f.label}) in ${sink}`)
    }
    // stdout: nothing before the value's mask line; nothing after it either, as the action never prints a secret on purpose.
    checks++
    const hit = visible.findIndex((l) => l.includes(f.text))
    if (hit >= 0) {
      const maskedAt = f.secret ? maskLineIndex(stdoutLines, f.secret.value) : -1
      leaks.push(`${owner} (${f.label}) in stdout line ${hit}${maskedAt >= 0 && maskedAt < hit ? ' (after its mask)' : ' (before any mask)'}`)
    }
  }
  leakTotals.scenarios++
  leakTotals.checks += checks
  leakTotals.leaks += leaks.length
  return { leaks, checks }
}

/** Every non-empty credential given must be masked before any other line is printed. */
export function maskedFirst(run: ActionRun, values: string[]): string[] {
  const problems: string[] = []
  const lines = run.stdout.split('\n')
  const firstOther = lines.findIndex((l) => l && !l.startsWith('::add-mask::'))
  // Values under 8 characters are refused as credentials and not masked: masking them would hide ordinary words of the log.
  for (const value of values.filter((v) => v.trim() && v.length >= MIN_FORM_LENGTH)) {
    const at = maskLineIndex(lines, value)
    if (at < 0) problems.push(`no ::add-mask:: line for a given credential`)
    else if (firstOther >= 0 && at > firstOther) problems.push(`a credential was masked only at line ${at}, after output at line ${firstOther}`)
  }
  return problems
}

/**
 * The runner's log masker, as actions/runner's SecretMasker masks with the
 * value encoders its HostContext registers: every value given to
 * `::add-mask::`, and for each its base64 (whole, and from its second and
 * third byte, with padding, exactly as Convert.ToBase64String writes them),
 * its URI data escape, its JSON, XML, expression and command-line escapes, and
 * the value without its outer double quotes. Occurrences are found as plain
 * substrings, overlapping ones merged, each range replaced by `***`.
 * (The two PowerShell `&` encoders are left out: no fake credential holds a `&`.)
 */
export class RunnerMasker {
  readonly #values = new Set<string>()

  add(value: string): void {
    if (!value.trim()) return
    for (const form of [value, ...runnerEncodings(value)]) if (form) this.#values.add(form)
  }

  mask(text: string): string {
    const ranges: [number, number][] = []
    for (const value of this.#values) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) ranges.push([at, at + value.length])
    }
    if (ranges.length === 0) return text
    ranges.sort((a, b) => a[0] - b[0])
    const merged: [number, number][] = []
    for (const [start, end] of ranges) {
      const last = merged[merged.length - 1]
      if (last && start <= last[1]) last[1] = Math.max(last[1], end)
      else merged.push([start, end])
    }
    let out = ''
    let at = 0
    for (const [start, end] of merged) {
      out += text.slice(at, start) + '***'
      at = end
    }
    return out + text.slice(at)
  }
}

function runnerEncodings(value: string): string[] {
  const bytes = Buffer.from(value)
  const shifted = (n: number) => (bytes.length > n ? bytes.subarray(n) : bytes).toString('base64')
  const uriData = encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  const xml = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')
  const trimmedQuotes = value.length > 8 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : ''
  return [
    shifted(0),
    shifted(1),
    shifted(2),
    uriData,
    JSON.stringify(value).slice(1, -1),
    xml,
    value.replace(/'/g, "''"),
    value.replace(/"/g, '\\"'),
    trimmedQuotes
  ]
}

/** Stdout as the runner shows it: each line masked with the masks added before it; the add-mask lines themselves are not shown. */
export function runnerView(stdout: string): string[] {
  const masker = new RunnerMasker()
  const shown: string[] = []
  for (const line of stdout.split('\n')) {
    const mask = /^::add-mask::(.*)$/.exec(line.replace(/\r$/, ''))
    if (mask) masker.add(mask[1].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
    else shown.push(masker.mask(line))
  }
  return shown
}

/** A masker holding every value a run sent to `::add-mask::`, as it protects the later steps of the job. */
export function maskerOf(masks: readonly string[]): RunnerMasker {
  const masker = new RunnerMasker()
  for (const value of masks) masker.add(value)
  return masker
}

/**
 * Whether `text` still shows a 12-character piece of `secret` (outside its
 * public prefix), as it is or inside a base64 run, decoded at each alignment.
 */
export function showsPiece(text: string, secret: SecretUnderTest): string | undefined {
  const pieces = forms(secret).filter((f) => f.label.startsWith('piece@'))
  const decoded = [...text.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)].flatMap(([run]) =>
    [0, 1, 2, 3].map((skip) => Buffer.from(run.slice(skip, skip + Math.floor((run.length - skip) / 4) * 4), 'base64').toString('latin1'))
  )
  for (const haystack of [text, ...decoded]) {
    const hit = pieces.find((p) => haystack.includes(p.text))
    if (hit) return hit.label
  }
  return undefined
}

/**
 * What a later step of the job may print of a secret, in the forms that
 * travel: as it is, trimmed, percent-encoded and -decoded, JSON-escaped,
 * inside base64 at each byte alignment, in HTTP headers, and the HTTP Basic
 * credential of each pair. After the runner's masking with what the run
 * registered, none may show a 12-character piece of any secret.
 */
export function laterStepExposure(masks: readonly string[], secrets: SecretUnderTest[], pairs: [string, string][]): { exposures: string[]; checks: number } {
  const masker = maskerOf(masks)
  const lines: { label: string; text: string }[] = []
  for (const s of secrets) {
    const v = s.value.trim()
    const encoded = (() => {
      try {
        return encodeURIComponent(v)
      } catch {
        return v
      }
    })()
    lines.push(
      { label: `${s.name} as it is`, text: `value=${s.value}` },
      { label: `${s.name} percent-encoded`, text: `value=${encoded}` },
      { label: `${s.name} in JSON`, text: JSON.stringify({ token: v }) },
      { label: `${s.name} as a bearer`, text: `Authorization: Bearer ${v}` },
      ...['', 'x', 'xy', 'user:', `${v}:`].map((prefix, i) => ({
        label: `${s.name} in base64 after ${i === 4 ? 'itself' : `${prefix.length} bytes`}`,
        text: `Authorization: Basic ${Buffer.from(`${prefix}${v}`).toString('base64')}`
      }))
    )
  }
  for (const [user, password] of pairs) {
    const basic = Buffer.from(`${encodeURIComponent(user.trim())}:${encodeURIComponent(password.trim())}`).toString('base64')
    lines.push({ label: 'a pair as an HTTP Basic credential', text: `Authorization: Basic ${basic}` })
  }
  const exposures: string[] = []
  let checks = 0
  for (const line of lines) {
    const shown = masker.mask(line.text)
    for (const s of secrets) {
      checks++
      const piece = showsPiece(shown, s)
      if (piece) exposures.push(`${line.label}: ${s.name} (${piece}) shows after the runner's masking`)
    }
  }
  return { exposures, checks }
}

/** Every 12-character window of a text, for looking pieces up at once. */
function windowsOf(text: string): Set<string> {
  const set = new Set<string>()
  for (let i = 0; i + WINDOW <= text.length; i++) set.add(text.slice(i, i + WINDOW))
  return set
}

/**
 * The leak check of an in-process run (what `captureIO` recorded): the same
 * forms as scanForLeaks, in each sink a reader sees, and in the log as the
 * runner shows it with every mask the run registered.
 */
export function scanSinks(
  sinks: Record<string, string>,
  masks: readonly string[],
  secrets: SecretUnderTest[],
  extra: { label: string; text: string }[] = []
): LeakReport {
  const masker = maskerOf(masks)
  const all: Record<string, string> = { ...sinks, 'log as the runner shows it': masker.mask(sinks.log ?? '') }
  const leaks: string[] = []
  let checks = 0
  const forms_ = [...secrets.flatMap((s) => forms(s).map((f) => ({ ...f, owner: s.name }))), ...extra.map((f) => ({ ...f, owner: 'pair' }))]
  for (const [sink, text] of Object.entries(all)) {
    const windows = windowsOf(text)
    for (const f of forms_) {
      checks++
      const hit = f.label.startsWith('piece@') ? windows.has(f.text) : text.includes(f.text)
      if (hit) leaks.push(`${f.owner} (${f.label}) in ${sink}`)
    }
  }
  return { leaks, checks }
}
