/**
 * Real answers of the X API, recorded in public sources (the request, the
 * part of the answer each source shows, what it means, where and when it was
 * seen), kept in `__tests__/data/x-recorded-answers.json`; and the one way
 * both corpus tests hold an answer against a record: everything the record
 * shows must be there, values that belong to a moment (a date, a reset time,
 * a new id) compared by their form.
 */
import fs from 'node:fs'

export interface RecordedEntry {
  id: string
  situation: string
  request: { method: string; path: string; auth: string; body_shape?: string }
  response: {
    status?: number
    headers?: Record<string, string>
    headers_absent?: string[]
    headers_present?: string[]
    body?: unknown
    body_text?: string
    body_keys?: string[]
  }
  meaning: string
  note?: string
  source: string
  seen: string
}

export const RECORDED: RecordedEntry[] = JSON.parse(fs.readFileSync(new URL('../data/x-recorded-answers.json', import.meta.url), 'utf8')).entries

/** An answer as a client saw it: header names lower-case, the body parsed when it is JSON. */
export interface Observed {
  status: number
  headers: Record<string, string>
  text: string
  body: unknown
}

/** A value's form: a pattern for strings, or a test for anything. */
export type Form = RegExp | ((value: unknown) => boolean)

export interface HoldOptions {
  /** Forms of body values that belong to the moment or the account, by path (`data.id`). */
  forms?: Record<string, Form>
  /** The record shows only part of the body: extra fields in the answer are allowed. */
  partialBody?: boolean
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Headers whose values are the moment's (or the transport's), compared by the form of the recorded value. */
const MOMENT_HEADERS: Record<string, (recorded: string) => RegExp> = {
  date: (recorded) => new RegExp(`^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} ${escape(recorded.slice(-3))}$`),
  'x-rate-limit-reset': () => /^\d{10}$/,
  'x-response-time': () => /^\d+$/,
  'content-length': () => /^\d+$/,
  location: (recorded) => new RegExp(`^${escape(recorded.replace(/\d+$/, ''))}\\d{1,19}$`)
}

/** A recorded value the source elided (`...`) or redacted (`<redacted>`): any non-empty string. */
const PLACEHOLDER = /^(\.\.\.|<[^>]+>)$/

const show = (v: unknown) => JSON.stringify(v) ?? String(v)

function formHolds(form: Form, value: unknown): boolean {
  return form instanceof RegExp ? typeof value === 'string' && form.test(value) : form(value)
}

function compare(path: string, recorded: unknown, actual: unknown, o: HoldOptions): string[] {
  const form = o.forms?.[path]
  if (form) return formHolds(form, actual) ? [] : [`${path}: ${show(actual)} does not have the form of ${show(recorded)} (${String(form)})`]
  if (typeof recorded === 'string' && PLACEHOLDER.test(recorded)) {
    return typeof actual === 'string' && actual !== '' ? [] : [`${path}: ${show(actual)}, recorded as a placeholder for a string`]
  }
  if (Array.isArray(recorded)) {
    if (!Array.isArray(actual)) return [`${path}: ${show(actual)}, recorded an array`]
    const length = !o.partialBody && actual.length !== recorded.length ? [`${path}: ${actual.length} items, recorded ${recorded.length}`] : []
    return [...length, ...recorded.flatMap((item, i) => compare(`${path}[${i}]`, item, actual[i], o))]
  }
  if (recorded && typeof recorded === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: ${show(actual)}, recorded an object`]
    const record = recorded as Record<string, unknown>
    const answer = actual as Record<string, unknown>
    const extra = o.partialBody ? [] : Object.keys(answer).filter((k) => !(k in record))
    return [
      ...extra.map((k) => `${path ? `${path}.` : ''}${k}: in the answer, not in the record`),
      ...Object.keys(record).flatMap((k) => compare(path ? `${path}.${k}` : k, record[k], answer[k], o))
    ]
  }
  return Object.is(recorded, actual) ? [] : [`${path || 'body'}: ${show(actual)}, recorded ${show(recorded)}`]
}

/** Every way `observed` departs from what `entry` shows; empty when it holds. */
export function departures(entry: RecordedEntry, observed: Observed, o: HoldOptions = {}): string[] {
  const r = entry.response
  const out: string[] = []
  if (r.status !== undefined && observed.status !== r.status) out.push(`status ${observed.status}, recorded ${r.status}`)
  for (const [name, value] of Object.entries(r.headers ?? {})) {
    const got = observed.headers[name]
    const moment = MOMENT_HEADERS[name]
    if (got === undefined) out.push(`header ${name}: missing, recorded ${show(value)}`)
    else if (moment ? !moment(value).test(got) : got !== value) out.push(`header ${name}: ${show(got)}, recorded ${show(value)}`)
  }
  for (const name of r.headers_present ?? []) if (observed.headers[name] === undefined) out.push(`header ${name}: missing, recorded as present`)
  for (const name of r.headers_absent ?? []) if (observed.headers[name] !== undefined) out.push(`header ${name}: present, recorded as absent`)
  if (r.body_keys) {
    const keys = observed.body && typeof observed.body === 'object' ? Object.keys(observed.body).sort() : []
    if (show(keys) !== show([...r.body_keys].sort())) out.push(`body keys ${show(keys)}, recorded ${show([...r.body_keys].sort())}`)
  }
  if (r.body !== undefined) out.push(...compare('', r.body, observed.body, { ...o, partialBody: o.partialBody || !!r.body_keys }))
  if (r.body_text !== undefined && !observed.text.includes(r.body_text)) out.push(`body does not contain ${show(r.body_text)}`)
  return out
}
