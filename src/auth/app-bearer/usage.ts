/** The Project's usage, as GET /2/usage/tweets reports it, for the job summary. */
import type { XUsage } from '../../x/api.js'
import { bar, number } from '../../report/markdown.js'

export interface Usage {
  cap?: number
  used?: number
  resetDay?: number
  projectId?: string
}

/** X sends the counts as strings (spec 2.167) or numbers (spec 2.164): both are read. */
export function readUsage(data: XUsage): Usage {
  const num = (v: unknown) => (v === undefined || v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v))
  return {
    cap: num(data.project_cap),
    used: num(data.project_usage),
    resetDay: num(data.cap_reset_day),
    projectId: typeof data.project_id === 'string' ? data.project_id : undefined
  }
}

export function usageLines(u: Usage): string[] {
  if (u.cap === undefined || u.used === undefined || u.cap <= 0) return []
  const share = u.used / u.cap
  const reset = u.resetDay ? ` · resets on day ${u.resetDay} of the month` : ''
  return [`**Project usage:** \`${bar(share)}\` ${number(u.used)} of ${number(u.cap)} posts this month (${(share * 100).toFixed(1)} %)${reset}`, '']
}
