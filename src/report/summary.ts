/**
 * The job summary, built as Markdown from plain values: the verdict, the
 * checks table, the account, the operations' parts, and every problem with
 * its fix. Every outside value in it goes through markdown.ts's escaper
 * (messages through inlineMarkdown). main.ts writes it through the IO edge;
 * the CLI prints it as text.
 */
import { ICON } from '../checks/row.js'
import type { Verification } from '../checks/verify.js'
import { DIAGNOSES } from '../diagnoses/catalogue.js'
import { errorsOf, type Finding } from '../diagnoses/finding.js'
import type { OperationResult } from '../operations/operation.js'
import { costLines, type CostItem } from '../operations/prices.js'
import type { CallRecord } from '../x/api.js'
import { codeSpan, escapeMarkdown, inlineMarkdown, tableCell } from './markdown.js'

export interface SummaryInput {
  verification?: Verification
  /** Findings from before the checks (inputs, lint). */
  offline: Finding[]
  operations: OperationResult[]
  fingerprints: { input: string; fingerprint: string }[]
  calls: CallRecord[]
  requiredLevel?: string
  /** Said when the run was asked to do nothing but the checks. */
  checkOnly?: string
}

/** Every finding of the run, in the order things happened: inputs, checks, operations. */
export function allFindings(r: Pick<SummaryInput, 'verification' | 'offline' | 'operations'>): Finding[] {
  return [...r.offline, ...(r.verification?.findings ?? []), ...r.operations.flatMap((o) => o.findings)]
}

/**
 * `shared`: for a reader outside the job (a pull-request comment): without the fingerprints and the rate-limit
 * headroom, which only the job's own reader needs.
 */
export function buildSummary(r: SummaryInput, audience: 'job' | 'shared' = 'job'): string {
  const v = r.verification
  const findings = allFindings(r)
  const out: string[] = []
  // The credentials and the operations are judged apart: verified credentials with a refused post are not "failed credentials".
  const credentialErrors = errorsOf([...r.offline, ...(v?.findings ?? [])])
  const notChecked = !!v && credentialErrors.length === 0 && v.rows.every((row) => row.verdict === 'skip')
  const status = notChecked ? '➖ not checked' : v?.verified && credentialErrors.length === 0 ? '✅ verified' : '❌ failed'
  const headlines = r.operations.map((o) => o.headline).filter(Boolean)
  out.push(`## X credentials: ${[status, ...headlines].join(' · ')}`, '')
  if (v) {
    out.push('| Check | | Result |', '|---|:-:|---|')
    for (const row of v.rows) out.push(`| ${row.label} | ${ICON[row.verdict]} | ${tableCell(row.detail)} |`)
    out.push('')
    out.push(...accountLines(v, r.requiredLevel), ...v.summary)
  } else {
    out.push('No request was sent to X: the inputs must be fixed first.', '')
  }
  const limits = audience === 'job' ? headroom(r.calls) : []
  if (limits.length) out.push(`**Rate-limit headroom:** ${limits.join(' · ')}`, '')
  if (audience === 'job' && r.fingerprints.length)
    out.push(`**Fingerprints** (SHA-256, to tell keys apart): ${r.fingerprints.map((f) => `\`${f.input}\` ${f.fingerprint}`).join(' · ')}`, '')
  if (v && r.checkOnly) out.push(r.checkOnly, '')
  for (const o of r.operations) out.push(...o.summary)
  out.push(...costLines(costs(r)))
  if (findings.length) {
    out.push('### Problems and fixes', '')
    for (const f of findings) {
      const entry = DIAGNOSES[f.id]
      out.push(`${SEVERITY_ICON[f.severity]} **${entry.title}** — ${inlineMarkdown(f.message)}`, '')
      entry.fix.forEach((step, i) => out.push(`${i + 1}. ${step}`))
      out.push('')
    }
  }
  return out.join('\n')
}

const SEVERITY_ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/** What the operations sent (or would send), and the verification's read of the account, which X bills once a UTC day. */
function costs(r: SummaryInput): CostItem[] {
  if (r.operations.length === 0) return []
  const verificationRead = r.calls.some((c) => c.endpoint === 'GET /2/users/me')
  return [
    ...r.operations.flatMap((o) => o.costs),
    ...(verificationRead ? [{ item: 'userRead' as const, count: 1, detail: '`GET /2/users/me`, the verification; billed once a UTC day' }] : [])
  ]
}

function accountLines(v: Verification, required?: string): string[] {
  const identity = v.identity
  if (!identity) return []
  const { user } = identity
  // The username and the id have X's form (x/answers.ts): they make a link; the display name is any text.
  const who = `[@${user.username}](https://x.com/${encodeURIComponent(user.username)}) (${escapeMarkdown(user.name)}, id ${codeSpan(user.id)})`
  const type = user.subscription_type && /^[A-Za-z]{1,20}$/.test(user.subscription_type) ? user.subscription_type : undefined
  // X says `None` for an account without one: "none", not a plan called None.
  const plan = type ? ` · **X subscription:** ${type === 'None' ? 'none' : codeSpan(type)}` : ''
  return [`**Account:** ${who} · **access level:** ${codeSpan(identity.accessLevel ?? 'unknown')}${required ? ` (required: \`${required}\`)` : ''}${plan}`, '']
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
