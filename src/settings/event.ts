/**
 * What the event payload (`GITHUB_EVENT_PATH`, `GITHUB_EVENT_NAME`) says about
 * where the run comes from: a pull request (from a fork or not), a
 * `workflow_run` of a pull request's workflow, or something else. Read
 * offline, from the file itself; only the fields used are kept, each checked
 * for its form, since a payload carries text written by whoever opened the
 * pull request.
 */
import { readFileSync, statSync } from 'node:fs'

/** A payload larger than this is not read (GitHub's are far smaller). */
const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024

export type RunEvent =
  /** `pull_request` or `pull_request_target`; `fork`: its head is in another repository. */
  | { kind: 'pull-request'; name: string; number?: number; fork: boolean; headSha?: string }
  /** A run started by another workflow's run for a pull request: which pull request is found from its head. */
  | { kind: 'workflow-run'; name: string; headSha: string; headOwner: string; headBranch: string; numbers: number[] }
  | { kind: 'other'; name: string }

type Payload = Record<string, unknown>

const isObject = (v: unknown): v is Payload => !!v && typeof v === 'object' && !Array.isArray(v)
const at = (v: unknown, ...path: string[]): unknown => path.reduce<unknown>((o, key) => (isObject(o) ? o[key] : undefined), v)
const str = (v: unknown, form: RegExp): string | undefined => (typeof v === 'string' && form.test(v) ? v : undefined)
const positive = (v: unknown): number | undefined => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined)

const SHA = /^[0-9a-f]{40}$/
const FULL_NAME = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/
const OWNER = /^[A-Za-z0-9-]{1,39}$/
/** Git's branch names exclude spaces, `:`, `~`, `^`, `?`, `*`, `[` and `\`; the rest is allowed. */
const BRANCH = /^[^\s:~^?*[\\]{1,255}$/

function readPayload(path: string | undefined): Payload | undefined {
  if (!path) return undefined
  try {
    if (statSync(path).size > MAX_PAYLOAD_BYTES) return undefined
    const value: unknown = JSON.parse(readFileSync(path, 'utf8'))
    return isObject(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function runEvent(env: NodeJS.ProcessEnv): RunEvent {
  const name = (env.GITHUB_EVENT_NAME ?? '').trim() || 'unknown'
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  if (!payload) return { kind: 'other', name }
  if (name === 'pull_request' || name === 'pull_request_target') {
    if (!isObject(payload.pull_request)) return { kind: 'other', name }
    const number = positive(at(payload, 'pull_request', 'number')) ?? positive(at(payload, 'number'))
    const head = str(at(payload, 'pull_request', 'head', 'repo', 'full_name'), FULL_NAME)
    const base = str(at(payload, 'repository', 'full_name'), FULL_NAME)
    const fork = at(payload, 'pull_request', 'head', 'repo', 'fork') === true || (!!head && !!base && head !== base)
    return { kind: 'pull-request', name, number, fork, headSha: str(at(payload, 'pull_request', 'head', 'sha'), SHA) }
  }
  if (name === 'workflow_run') {
    const run = at(payload, 'workflow_run')
    const triggered = at(run, 'event')
    if (triggered !== 'pull_request' && triggered !== 'pull_request_target') return { kind: 'other', name }
    const headSha = str(at(run, 'head_sha'), SHA)
    const headOwner = str(at(run, 'head_repository', 'owner', 'login'), OWNER)
    const headBranch = str(at(run, 'head_branch'), BRANCH)
    if (!headSha || !headOwner || !headBranch) return { kind: 'other', name }
    const listed = at(run, 'pull_requests')
    const numbers = (Array.isArray(listed) ? listed : []).flatMap((pr) => positive(at(pr, 'number')) ?? [])
    return { kind: 'workflow-run', name, headSha, headOwner, headBranch, numbers }
  }
  return { kind: 'other', name }
}

/** A pull request from a fork, run by `pull_request`: GitHub passes it no secrets and a read-only token. */
export async function isForkPullRequest(env: NodeJS.ProcessEnv): Promise<boolean> {
  const event = runEvent(env)
  return event.kind === 'pull-request' && event.name === 'pull_request' && event.fork
}
