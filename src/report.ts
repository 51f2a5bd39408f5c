/**
 * What the run tells the user, built as plain values: outputs, the job
 * summary (Markdown) and the log lines. main.ts writes them through
 * @actions/core; the CLI prints them.
 */
import type { CheckRow, Verdict, Verification } from './checks.js'
import { DIAGNOSES, type Finding } from './diagnoses.js'
import type { Publication } from './post/publish.js'
import type { CallRecord } from './x/api.js'

export interface ReportInput {
  verification?: Verification
  publication?: Publication
  /** Findings from before the checks (inputs, lint), then checks, then posting. */
  findings: Finding[]
  fingerprints: { input: string; fingerprint: string }[]
  calls: CallRecord[]
  requiredLevel?: string
}

export const ICON: Record<Verdict, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '➖' }

export function failed(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error')
}

export function buildOutputs(r: ReportInput): Record<string, string> {
  const v = r.verification
  const p = r.publication
  const tri = (b: boolean | undefined) => (b === undefined ? '' : String(b))
  const ids = p?.parts.flatMap((part) => (part.id ? [part.id] : [])) ?? []
  const first = p?.parts[0]
  return {
    verified: String(!!v?.verified),
    'user-id': v?.user?.id ?? '',
    username: v?.user?.username ?? '',
    name: v?.user?.name ?? '',
    'access-level': v?.accessLevel ?? '',
    'bearer-valid': tri(v?.bearerValid),
    'app-consistent': tri(v?.appConsistent),
    'tweet-id': first?.id ?? '',
    'tweet-url': first?.url ?? '',
    'tweet-ids': JSON.stringify(ids),
    duplicate: String(!!p?.duplicate),
    posted: String(!!p?.posted)
  }
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
// Not toLocaleString: its first call loads the locale data, a cost paid at the end of every run.
const number = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

function bar(fraction: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)))
  return '█'.repeat(filled) + '░'.repeat(width - filled)
}

const isPostFinding = (f: Finding) => f.subject === 'tweet' || f.subject === 'media'

function postStatus(p: Publication, failedPost: boolean): string {
  if (p.dryRun) return ''
  if (failedPost) return ' · post: ❌ failed'
  if (p.posted) return ' · post: ✅ posted'
  return p.duplicate ? ' · post: ⚠️ duplicate, skipped' : ''
}

export function buildSummary(r: ReportInput): string {
  const v = r.verification
  const errors = failed(r.findings)
  const out: string[] = []
  // The credentials and the post are judged apart: verified credentials with a refused post are not "failed credentials".
  const postErrors = errors.filter(isPostFinding)
  const status = v?.verified && postErrors.length === errors.length ? '✅ verified' : '❌ failed'
  const post = r.publication ? postStatus(r.publication, postErrors.length > 0) : ''
  out.push(`## X credentials: ${status}${post}`, '')
  if (v) {
    out.push('| Check | | Result |', '|---|:-:|---|')
    for (const row of v.rows) out.push(`| ${row.label} | ${ICON[row.verdict]} | ${escapeCell(row.detail)} |`)
    out.push('')
    out.push(...accountLines(v, r.requiredLevel))
  } else {
    out.push('No request was sent to X: the inputs must be fixed first.', '')
  }
  const limits = headroom(r.calls)
  if (limits.length) out.push(`**Rate-limit headroom:** ${limits.join(' · ')}`, '')
  if (r.fingerprints.length)
    out.push(`**Fingerprints** (SHA-256, to tell keys apart): ${r.fingerprints.map((f) => `\`${f.input}\` ${f.fingerprint}`).join(' · ')}`, '')
  if (r.publication) out.push(...publicationLines(r.publication))
  if (r.findings.length) {
    out.push('### Problems and fixes', '')
    for (const f of r.findings) {
      const entry = DIAGNOSES[f.id]
      out.push(`${f.severity === 'error' ? '❌' : '⚠️'} **${entry.title}** — ${f.message}`, '')
      entry.fix.forEach((step, i) => out.push(`${i + 1}. ${step}`))
      out.push('')
    }
  }
  return out.join('\n')
}

function accountLines(v: Verification, required?: string): string[] {
  const lines: string[] = []
  if (v.user) {
    const who = `[@${v.user.username}](https://x.com/${encodeURIComponent(v.user.username)}) (${escapeCell(v.user.name)}, id \`${v.user.id}\`)`
    lines.push(`**Account:** ${who} · **access level:** \`${v.accessLevel ?? 'unknown'}\`${required ? ` (required: \`${required}\`)` : ''}`, '')
  }
  const u = v.usage
  if (u?.cap !== undefined && u.used !== undefined && u.cap > 0) {
    const share = u.used / u.cap
    const reset = u.resetDay ? ` · resets on day ${u.resetDay} of the month` : ''
    lines.push(`**Project usage:** \`${bar(share)}\` ${number(u.used)} of ${number(u.cap)} posts this month (${(share * 100).toFixed(1)} %)${reset}`, '')
  }
  return lines
}

/** Remaining calls of each endpoint the run used, from the last answer's headers. */
function headroom(calls: CallRecord[]): string[] {
  const last = new Map<string, CallRecord>()
  for (const call of calls) if (call.headers.rateLimit?.limit !== undefined) last.set(call.endpoint, call)
  return [...last.values()].map((c) => {
    const l = c.headers.rateLimit!
    return `${c.endpoint.replace(/^(GET|POST) /, '')} ${l.remaining ?? '?'}/${l.limit}`
  })
}

function publicationLines(p: Publication): string[] {
  const lines = [p.dryRun ? '### Dry run: what would be posted' : '### Posts', '']
  if (p.dryRun) {
    for (const part of p.parts) {
      lines.push(
        `**Part ${part.index} of ${p.parts.length}** — ${part.weightedLength}/280 weighted characters`,
        '',
        '```text',
        part.text.replace(/```/g, '`\u200b``'),
        '```',
        ''
      )
    }
  } else {
    lines.push('| Part | | Post |', '|---|:-:|---|')
    for (const part of p.parts) lines.push(`| ${part.index} | ${partIcon(part.status)} | ${partDetail(part)} |`)
    lines.push('')
  }
  if (p.media.length) {
    lines.push(`**Media${p.dryRun ? ' (not uploaded)' : ''}:**`, '')
    for (const m of p.media)
      lines.push(
        `- \`${escapeCell(m.given)}\` — ${m.mediaType}, ${number(m.size)} bytes${m.altText ? `, alt text: “${escapeCell(m.altText)}”` : ', no alt text'}`
      )
    lines.push('')
  }
  return lines
}

function partIcon(status: string): string {
  return { posted: '✅', 'posted-unconfirmed': '✅', duplicate: '⚠️', failed: '❌', 'not-sent': '➖', 'dry-run': '📝' }[status] ?? ''
}

function partDetail(part: Publication['parts'][number]): string {
  switch (part.status) {
    case 'posted':
      return `[${part.url}](${part.url})`
    case 'posted-unconfirmed':
      return "Posted (confirmed by X's duplicate answer to a retry; its id is unknown)"
    case 'duplicate':
      return 'Already posted before (duplicate content): skipped'
    case 'failed':
      return 'Failed'
    default:
      return 'Not sent'
  }
}

export function rowLine(row: CheckRow): string {
  return `${ICON[row.verdict]} ${row.label}: ${row.detail}`
}
