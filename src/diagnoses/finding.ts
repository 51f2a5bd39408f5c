import { DIAGNOSES, type DiagnosisEntry, type DiagnosisId, type Severity } from './catalogue.js'

/** One diagnosis as it applies to this run: the catalogue entry plus this run's details. */
export interface Finding {
  id: DiagnosisId
  severity: Severity
  /** The one-line message for this run: which input, which request, which numbers. */
  message: string
  /** Where it applies, e.g. the input name or `users/me`. */
  subject?: string
}

export function finding(id: DiagnosisId, message: string, subject?: string, severity?: Severity): Finding {
  return { id, severity: severity ?? DIAGNOSES[id].severity, message, subject }
}

/** The findings that fail the step. */
export function errorsOf(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error')
}

export function titleOf(f: Finding): string {
  return DIAGNOSES[f.id].title
}

/** The full text for a log line or annotation: the message, then the fix. */
export function explain(f: Finding): string {
  const entry: DiagnosisEntry = DIAGNOSES[f.id]
  const steps = entry.fix.length === 1 ? `Fix: ${entry.fix[0]}` : `Fix: ${entry.fix.map((s, i) => `(${i + 1}) ${s}`).join(' ')}`
  return `${f.message} ${steps}`
}
