/**
 * The run, in the order it happens: read and mask the credentials, read the
 * settings, lint the credentials, prepare the operations offline, verify
 * (every auth method's requests at once), run the operations, publish the
 * report (a pull-request comment), report. Each phase writes its part of the
 * log when it ends.
 */
import { lintValue } from './auth/credentials.js'
import { readCredentials } from './auth/specs.js'
import type { CredentialSpec, Identity, RawCredentials, Settled } from './auth/method.js'
import { AUTH_METHODS, CREDENTIAL_SPECS, settleAll } from './auth/registry.js'
import { notChecked } from './checks/not-checked.js'
import { verify, type Verification } from './checks/verify.js'
import { Deadline } from './deadline.js'
import { errorsOf, explain, finding, titleOf, type Finding } from './diagnoses/finding.js'
import { InputError } from './diagnoses/input-error.js'
import { coreIO } from './io/core-io.js'
import type { ActionIO } from './io/action-io.js'
import { redacting, type RedactingIO } from './io/redacting-io.js'
import { Secret } from './io/secret.js'
import type { OperationContext, OperationResult, PreparedOperation } from './operations/operation.js'
import { OPERATIONS } from './operations/registry.js'
import { buildOutputs, checkOutputs } from './report/outputs.js'
import { RunLog } from './report/run-log.js'
import { allFindings, buildSummary } from './report/summary.js'
import { strictest, type Requirement } from './settings/access-level.js'
import { isForkPullRequest } from './settings/event.js'
import { readSettings, type Settings } from './settings/settings.js'
import { gitHubDoor, type GitHubDoor } from './github/api.js'
import { WorkspaceFiles } from './settings/workspace.js'
import { outsideText } from './io/outside.js'
import { XApi, preloadXApi, type CallRecord } from './x/api.js'
import type { Preconnected } from './x/preconnect.js'
import { DEFAULT_RETRY } from './x/retry.js'

/** Time for the offline part (inputs, files), when the caller gives no deadline. */
const OFFLINE_BUDGET_MS = 60_000

const IDLE_OUTPUTS: Record<string, string> = Object.assign({}, ...AUTH_METHODS.map((m) => m.idleOutputs), ...OPERATIONS.map((o) => o.idleOutputs))

/** Every secret the run may read: the auth methods', then the operations' own (one spec per input). */
const ALL_CREDENTIAL_SPECS: CredentialSpec[] = [...CREDENTIAL_SPECS, ...OPERATIONS.flatMap((o) => o.credentials ?? [])].filter(
  (spec, i, all) => all.findIndex((s) => s.input === spec.input) === i
)

/**
 * `io` defaults to @actions/core behind the redacting edge, so tools that
 * call `run()` (like @github/local-action) work too. `deadline` is counted
 * from the first line; the entry watches it. `preconnected`: the connections
 * the entry opened to X, for the requests to use first.
 */
export async function run(
  io: RedactingIO = redacting(coreIO),
  deadline: Deadline = Deadline.in(OFFLINE_BUDGET_MS),
  preconnected?: Preconnected
): Promise<void> {
  const log = new RunLog(io)
  const getInput = (name: string) => io.getInput(name)

  // Before anything else: read every credential and mask every non-empty one.
  const raw = readCredentials(ALL_CREDENTIAL_SPECS, getInput, io.env)
  for (const { value } of Object.values(raw)) if (value) io.mask(value)

  const around = { getInput, env: io.env }
  let settled = settleAll(raw, false, around)
  const fork = settled.some((s) => s.findings.some((f) => f.id === 'missing-credential')) && (await isForkPullRequest(io.env))
  if (fork) settled = settleAll(raw, true, around)
  for (const s of settled) {
    s.derived.forEach((value) => io.mask(value))
    io.maskForms(s.carried ?? [])
  }
  const { settings, errors } = readSettings(
    getInput,
    io.env,
    OPERATIONS.map((o) => (inputs) => o.read(inputs))
  )
  const preview = !!settings?.plans.some((p) => p.preview)
  // A preview on a fork's pull request, which GitHub gives no secrets: it goes on without them, offline.
  const withheld = fork && preview && nothingGiven(raw)
  const fromSettle = settled.flatMap((s) => [...s.findings, ...s.errors.map((e) => e.toFinding())])
  const offline: Finding[] = [...fromSettle.filter((f) => !(withheld && f.id === 'missing-credential')), ...errors.map((e) => e.toFinding())]
  const files = new WorkspaceFiles(settings?.workspace ?? process.cwd())
  const report: Report = { offline, operations: [], calls: [], fingerprints: settled.flatMap((s) => s.secrets) }
  const prepared: PreparedOperation[] = []
  const github = gitHubDoor({ timeoutMs: settings?.timeoutMs ?? 30_000, deadline, log: log.line, scrub: io.scrub })
  try {
    if (settings) {
      if (!errorsOf(offline).length) preloadXApi()
      const secret = (input: string) => secretOf(raw, input)
      for (const plan of settings.plans) {
        try {
          const operation = await plan.prepare({ workspace: settings.workspace, env: io.env, secret, files })
          prepared.push(operation)
          offline.push(...operation.findings, ...secretsIn(operation, io))
        } catch (error) {
          if (!(error instanceof InputError)) throw error
          offline.push(error.toFinding())
        }
      }
    }
    log.findings(offline)

    // An empty input cannot be told from one not given (the runner passes every input), so a run with nothing to do says so plainly.
    if (settings && settings.plans.length === 0) report.checkOnly = checkOnlyLine()
    if (settings && !errorsOf(offline).length) {
      await work({ io, log, settings, settled, prepared, report, deadline, preconnected, github, dryRun: settings.dryRun || preview, withheld })
    }
  } finally {
    await files.close()
  }

  // Last, whatever failed before: the operations that publish the run's report elsewhere.
  for (const operation of prepared) {
    if (!operation.publish) continue
    const shared = io.scrub(buildSummary({ ...report, requiredLevel: report.requirement?.level }, 'shared'))
    const result = await operation.publish({ report: shared, failed: errorsOf(allFindings(report)).length > 0, github, progress: log.line })
    log.findings(result.findings)
    report.operations.push(result)
  }
  await finish(io, report)
}

/** GitHub withheld every credential: none was given, by input or environment (a value with a default, the GitHub token, does not count). */
function nothingGiven(raw: RawCredentials): boolean {
  return Object.values(raw).every((c) => !c.source || c.spec.selects === 'never')
}

/** An operation's own credential, trimmed and unquoted; a value no credential could have is refused offline. */
function secretOf(raw: RawCredentials, input: string): Secret | undefined {
  const given = raw[input]
  if (!given?.source) return undefined
  const linted = lintValue(given)
  if (linted.error) throw linted.error
  return linted.value === undefined ? undefined : new Secret(input, linted.value)
}

interface Work {
  io: RedactingIO
  log: RunLog
  settings: Settings
  settled: Settled[]
  prepared: PreparedOperation[]
  report: Report
  deadline: Deadline
  preconnected: Preconnected | undefined
  github: GitHubDoor
  /** Nothing that changes something is sent: a dry run, or a preview. */
  dryRun: boolean
  /** GitHub gave the run no secrets (a fork's pull request): no checks, only the offline work of a dry run. */
  withheld: boolean
}

/** The requests: the checks, every auth method's at once, then the operations as the verified account. */
async function work(w: Work): Promise<void> {
  const { io, log, settings, settled, prepared, report, deadline } = w
  const perRequest = requestBudgetMs(settings)
  const checkRequests = Math.max(1, ...settled.map((s) => (s.start ? (s.requestsInSequence ?? 1) : 0)))
  // The offline part is over: from now on the step has exactly the time its requests may take.
  deadline.setRemaining(perRequest * checkRequests + prepared.reduce((sum, p) => sum + p.budgetMs(perRequest), 0))
  const runOperations = async (identity: Identity | undefined) => {
    for (const operation of prepared) {
      if (!operation.run) continue
      if (!identity && !w.dryRun) {
        log.line(operation.notRun)
        continue
      }
      const ctx: OperationContext = w.dryRun ? { dryRun: true, identity, progress: log.line } : { dryRun: false, identity: identity!, progress: log.line }
      const result = await operation.run(ctx)
      log.findings(result.findings)
      report.operations.push(result)
    }
  }
  if (w.withheld) {
    report.verification = notChecked('secrets are not available to pull requests from forks')
    log.rows(report.verification.rows)
    return runOperations(undefined)
  }
  const requirement = strictest([{ level: settings.permission, because: `\`permission\` is \`${settings.permission}\`` }, ...prepared.map((p) => p.needs)])
  report.requirement = requirement
  const x = await XApi.create({
    baseUrl: settings.apiBaseUrl,
    timeoutMs: settings.timeoutMs,
    rateLimitWaitSeconds: settings.rateLimitWaitSeconds,
    deadline,
    log: log.line,
    preconnected: w.preconnected,
    scrub: io.scrub
  })
  try {
    const verification = await verify(x, settled, {
      requirement,
      expectUsername: settings.expectUsername,
      onSecret: (value) => io.mask(value),
      github: w.github
    })
    report.verification = verification
    log.rows(verification.rows)
    log.findings(verification.findings)
    if (report.checkOnly) log.line(report.checkOnly)
    await runOperations(verification.verified ? verification.identity : undefined)
  } finally {
    report.calls = x.calls
    x.close()
  }
}

/** A credential, or a piece of one, in a text the operation would send: refused before any request, naming where, never what. */
function secretsIn(operation: PreparedOperation, io: RedactingIO): Finding[] {
  return operation.outgoing
    .filter((t) => io.holdsSecret(t.text))
    .map((t) =>
      finding(
        'secret-in-post',
        `\`${t.input}\`: ${t.where} holds a credential given to this run, or a piece of one (12 characters or more); nothing was sent.`,
        t.input
      )
    )
}

/** "Nothing to post (`tweet`, `tweet-file` and `media` are empty): credentials checked only." */
function checkOnlyLine(): string {
  const reasons = OPERATIONS.flatMap((o) => o.notAsked || []).join('; ')
  return `${reasons.charAt(0).toUpperCase()}${reasons.slice(1)}: credentials checked only.`
}

/** What a request may take beyond its attempts and waits: reading the answer, the event loop, the clock's grain. */
const REQUEST_SLACK_MS = 1000

/** The most one request may take: every attempt, the longest backoffs between them, and two rate-limit waits. */
export function requestBudgetMs(settings: Pick<Settings, 'timeoutMs' | 'rateLimitWaitSeconds'>): number {
  const { attempts, baseDelayMs, maxDelayMs } = DEFAULT_RETRY
  let backoffs = 0
  for (let retry = 1; retry < attempts; retry++) backoffs += Math.min(maxDelayMs, baseDelayMs * 2 ** (retry - 1))
  return settings.timeoutMs * attempts + backoffs + 2 * settings.rateLimitWaitSeconds * 1000 + REQUEST_SLACK_MS
}

interface Report {
  offline: Finding[]
  verification?: Verification
  operations: OperationResult[]
  calls: CallRecord[]
  fingerprints: { input: string; fingerprint: string }[]
  requirement?: Requirement
  /** Said when the run was asked to do nothing but the checks. */
  checkOnly?: string
}

/** Outputs, the job summary, and the verdict: the last lines of the log. */
async function finish(io: ActionIO, r: Report): Promise<void> {
  const { outputs, refused } = checkOutputs(buildOutputs({ verification: r.verification, idle: IDLE_OUTPUTS, operations: r.operations.map((o) => o.outputs) }))
  for (const name of refused) {
    const withheld = finding(
      'internal-error',
      `The output \`${name}\` was left empty: its value is not of the form action.yml promises, so later steps do not get it.`
    )
    r.offline.push(withheld)
    io.error(explain(withheld), titleOf(withheld))
  }
  for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value)
  await io.writeSummary(buildSummary({ ...r, requiredLevel: r.requirement?.level }))
  const errors = errorsOf(allFindings(r))
  if (errors.length) {
    const titles = [...new Set(errors.map(titleOf))].join('; ')
    io.setFailed(`X credentials action failed: ${titles}. See the errors above for the fix.`)
  } else if (r.verification?.identity) {
    io.info(`Verified: @${r.verification.identity.user.username} with \`${r.verification.identity.accessLevel}\` access.`)
  }
}

/** The last resort: a short message, never a stack trace or an object dump; scrubbed whole before it is cut. */
export function failUnexpected(error: unknown, io: RedactingIO): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : typeof error
  io.setFailed(explain(finding('internal-error', `Unexpected error (${outsideText(what, io.scrub, 300)}).`)))
}
