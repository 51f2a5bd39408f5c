/**
 * The leak check every end-to-end scenario runs: each secret and every form
 * derived from it (raw, trimmed, URL-encoded and -decoded, base64 of
 * key:secret, any 12-character piece) is searched in stdout, stderr, the
 * outputs, the job summary and the annotations. A hit in stdout before that
 * value's ::add-mask:: line, or anywhere in outputs and summary, is a leak.
 */
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
  // Values under 4 characters are not masked, by design: as the runner warns, masking them mangles the log.
  for (const value of values.filter((v) => v.trim() && v.length >= 4)) {
    const at = maskLineIndex(lines, value)
    if (at < 0) problems.push(`no ::add-mask:: line for a given credential`)
    else if (firstOther >= 0 && at > firstOther) problems.push(`a credential was masked only at line ${at}, after output at line ${firstOther}`)
  }
  return problems
}
