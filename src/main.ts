/**
 * The action's edges: read and mask the inputs, run the middle (lint →
 * checks → post), then write outputs, summary and annotations. Everything
 * between the edges takes and returns plain values.
 */
import { verify, type Verification } from './checks.js'
import { CREDENTIALS, readRawCredentials, settleCredentials } from './credentials.js'
import { DIAGNOSES, explain, finding, type Finding } from './diagnoses.js'
import { InputError } from './errors.js'
import { levelRank, readSettings, type AccessLevel, type Settings } from './inputs.js'
import type { PreparedPost } from './post/prepare.js'
import type { Publication } from './post/publish.js'
import { buildOutputs, buildSummary, failed, rowLine } from './report.js'
import { coreIO } from './core-io.js'
import type { ActionIO } from './io.js'
import { redacting } from './redacting-io.js'
import { XApi, preloadXApi } from './x/api.js'
import { Deadline } from './x/retry.js'

/**
 * `io` defaults to @actions/core, so tools that call `run()` (like
 * @github/local-action) work too. Everything written goes through the
 * redacting wrapper; pass one in to share it with an outer error handler.
 */
export async function run(outer: ActionIO = coreIO): Promise<void> {
  const io = redacting(outer)
  const mask = (value: string) => io.mask(value)
  const rawInput = (name: string) => io.getInput(name)
  // Before anything else: read the five credentials and mask every non-empty one.
  const raw = readRawCredentials(rawInput, io.env)
  for (const { value } of Object.values(raw)) if (value) mask(value)

  const findings: Finding[] = []
  const missing = CREDENTIALS.some((spec) => spec.required && !raw[spec.key].source)
  const settled = settleCredentials(raw, { forkPullRequest: missing && (await isForkPullRequest(io.env)) })
  settled.derived.forEach(mask)
  findings.push(...settled.findings)

  const { settings, errors } = readSettings(rawInput, io.env)
  for (const e of [...settled.errors, ...errors]) findings.push(finding('invalid-input', e.message, e.input))

  if (settled.credentials && settings && !failed(findings).length) preloadXApi()

  let prepared: PreparedPost | undefined
  if (settings?.post && !failed(findings).length) {
    try {
      const { preparePost } = await import('./post/prepare.js')
      prepared = await preparePost(settings.post, settings.workspace)
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      findings.push(finding(/as X counts them/.test(error.message) ? 'text-too-long' : 'invalid-input', error.message, error.input))
    }
  }

  let verification: Verification | undefined
  let publication: Publication | undefined
  let api: XApi | undefined
  const credentials = settled.credentials
  if (settings && credentials && !failed(findings).length) {
    const budget = stepBudgetMs(settings, prepared)
    const watchdog = setTimeout(() => {
      io.setFailed(explain(finding('deadline-exceeded', `The step did not finish within its overall deadline of ${Math.round(budget / 1000)} s.`)))
      process.exit(1)
    }, budget + 5000)
    watchdog.unref()
    api = await XApi.create({
      baseUrl: settings.apiBaseUrl,
      timeoutMs: settings.timeoutMs,
      rateLimitWaitSeconds: settings.rateLimitWaitSeconds,
      deadline: Deadline.in(budget),
      log: (m) => io.info(m)
    })
    try {
      const { level, because } = requiredLevel(settings, !!prepared)
      verification = await verify(api, {
        credentials,
        requiredLevel: level,
        requiredBecause: because,
        expectUsername: settings.expectUsername,
        hints: settled.hints,
        onSecret: mask
      })
      findings.push(...verification.findings)
      if (prepared && verification.verified && verification.user) {
        const { publish } = await import('./post/publish.js')
        publication = await publish(api, credentials, prepared, {
          username: verification.user.username,
          onDuplicate: settings.onDuplicate,
          dryRun: settings.dryRun,
          log: (m) => io.info(m)
        })
        findings.push(...publication.findings)
      }
    } finally {
      api.close()
      clearTimeout(watchdog)
    }
  }

  await report(io, { verification, publication, findings, settled, api, settings, prepared })
}

function requiredLevel(settings: Settings, posting: boolean): { level: AccessLevel; because: string } {
  if (posting && levelRank(settings.permission) < levelRank('read-write')) return { level: 'read-write', because: 'posting needs `read-write`' }
  return { level: settings.permission, because: `\`permission\` is \`${settings.permission}\`` }
}

/**
 * The whole step's time budget: the per-request timeout for each attempt of
 * each round, rate-limit waits, and upload and video processing time.
 */
export function stepBudgetMs(settings: Settings, prepared?: PreparedPost): number {
  const perRequest = settings.timeoutMs * 3 + 15_000
  const rounds = 1 + (prepared ? prepared.parts.length + 4 : 0)
  const media =
    prepared?.media.reduce((sum, m) => sum + Math.ceil(m.size / (4 * 1024 * 1024)) * perRequest + (m.category === 'tweet_image' ? 0 : 10 * 60_000), 0) ?? 0
  return rounds * perRequest + 2 * settings.rateLimitWaitSeconds * 1000 * rounds + media
}

async function isForkPullRequest(env: NodeJS.ProcessEnv): Promise<boolean> {
  if (!env.GITHUB_EVENT_PATH) return false
  try {
    const { context } = await import('@actions/github')
    const pr = context.payload.pull_request as { head?: { repo?: { full_name?: string; fork?: boolean } } } | undefined
    if (!pr || !context.eventName.startsWith('pull_request')) return false
    return !!pr.head?.repo?.fork || (!!pr.head?.repo?.full_name && pr.head.repo.full_name !== context.payload.repository?.full_name)
  } catch {
    return false
  }
}

interface Outcome {
  verification?: Verification
  publication?: Publication
  findings: Finding[]
  settled: ReturnType<typeof settleCredentials>
  api?: XApi
  settings?: Settings
  prepared?: PreparedPost
}

async function report(io: ActionIO, o: Outcome): Promise<void> {
  const fingerprints = o.settled.credentials
    ? Object.values(o.settled.credentials)
        .filter((s) => s !== undefined)
        .map((s) => ({ input: s.input, fingerprint: s.fingerprint }))
    : []
  const input = {
    verification: o.verification,
    publication: o.publication,
    findings: o.findings,
    fingerprints,
    calls: o.api?.calls ?? [],
    requiredLevel: o.settings ? requiredLevel(o.settings, !!o.prepared).level : undefined
  }
  for (const row of o.verification?.rows ?? []) io.info(rowLine(row))
  if (o.prepared && o.verification && !o.verification.verified) io.info('Nothing was uploaded or posted: the credentials check failed.')
  for (const f of o.findings) {
    const title = DIAGNOSES[f.id].title
    if (f.severity === 'error') io.error(explain(f), title)
    else io.warning(explain(f), title)
  }
  for (const [name, value] of Object.entries(buildOutputs(input))) io.setOutput(name, value)
  await io.writeSummary(buildSummary(input))
  const errors = failed(o.findings)
  if (errors.length) {
    const titles = [...new Set(errors.map((f) => DIAGNOSES[f.id].title))].join('; ')
    io.setFailed(`X credentials action failed: ${titles}. See the errors above for the fix.`)
  } else if (o.verification?.user) {
    io.info(`Verified: @${o.verification.user.username} with \`${o.verification.accessLevel}\` access.`)
  }
}

/** The last resort: a short message, never a stack trace or an object dump. */
export function failUnexpected(error: unknown, io: ActionIO): void {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : typeof error
  const short = what.replace(/\s+/g, ' ').slice(0, 300)
  io.setFailed(explain(finding('internal-error', `Unexpected error (${short}).`)))
}
