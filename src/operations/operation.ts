/**
 * The seam for "something the run does beyond the checks": post, delete, and
 * the pull-request preview. An operation reads its own inputs, prepares
 * everything offline (before any request, so a bad input costs nothing),
 * says what access it needs, runs with the verified identity, and reports
 * its part. Adding one is a folder and a line in registry.ts.
 *
 * Beyond that, all optional: credentials of its own (a GitHub token), read
 * and masked first like the auth methods'; a plan that makes the whole run a
 * preview (a dry run that may go on when GitHub withholds the secrets, as on
 * a fork's pull request); and `publish()`, which runs last with the run's
 * whole report.
 */
import type { CredentialSpec, Identity } from '../auth/method.js'
import type { Finding } from '../diagnoses/finding.js'
import type { GitHubDoor } from '../github/api.js'
import type { Secret } from '../io/secret.js'
import type { Requirement } from '../settings/access-level.js'
import type { InputReader } from '../settings/settings.js'
import type { WorkspaceFiles } from '../settings/workspace.js'
import type { CostItem } from './prices.js'

export interface Operation {
  id: string
  /** Secrets it reads beside the auth methods' (a token for GitHub): read and masked before anything else, like theirs. */
  credentials?: readonly CredentialSpec[]
  /** Reads its inputs; undefined when the run does not ask for it. Throws InputError. */
  read(inputs: InputReader): OperationPlan | undefined
  /** Its outputs when it did not run, so every output in action.yml is always set. */
  idleOutputs: Record<string, string>
  /** Why the run did not ask for it, in a few words for the log and the summary, e.g. "nothing to post (`tweet` … are empty)". */
  notAsked: string
}

export interface OperationPlan {
  operation: Operation
  /**
   * The whole run becomes a preview: a dry run (nothing that changes X is sent, whatever else is asked) that also goes
   * on when GitHub withholds the secrets (a pull request from a fork gets none) and no credential was given: the
   * checks are then reported as not checked, the operations do their offline part (a dry run without an account),
   * and the missing credentials do not fail the step. Otherwise missing credentials fail it.
   */
  preview?: boolean
  /** Offline: validates everything and loads what run() needs. Throws InputError carrying its diagnosis. */
  prepare(ctx: PrepareContext): Promise<PreparedOperation>
}

export interface PrepareContext {
  workspace: string
  /** The runner's variables (the event payload's path, the repository), read offline. */
  env: NodeJS.ProcessEnv
  /** One of its `credentials`, trimmed, when it was given and could be a credential. */
  secret(input: string): Secret | undefined
  /** The one way to open a file an input names (inside the workspace, regular, opened once); closed at the end of the run. */
  files: WorkspaceFiles
}

/** A text the operation will send somewhere others can read it (a post, an alt text): checked for secrets before anything is sent. */
export interface OutgoingText {
  /** The input it comes from, e.g. `tweet-file`. */
  input: string
  /** Where in it, in a few words: `part 2 of 3`, `the alt text of 'a.png'`. */
  where: string
  text: string
}

export interface PreparedOperation {
  operation: Operation
  /** The least access it needs, and why. */
  needs: Requirement
  /** Warnings found offline (e.g. mentions in the text): reported with the input findings, before any request. */
  findings: Finding[]
  /** Every text it will send: none may hold a credential, or a piece of one (the run refuses before any request). */
  outgoing: OutgoingText[]
  /** How long it may take at most, beyond the checks, given the most one request may take (every attempt and wait). */
  budgetMs(requestMs: number): number
  /** Said in the log when the checks failed and it did not run. */
  notRun: string
  /** Its work, after the checks: with the verified identity; in a dry run, also without one (offline work only). */
  run?(ctx: OperationContext): Promise<OperationResult>
  /**
   * Runs last, after every other operation, with the run's report, whatever failed before it (an input, the checks,
   * another operation): for an operation that publishes the report elsewhere. It sends nothing to X.
   */
  publish?(ctx: PublishContext): Promise<OperationResult>
}

interface Progress {
  /** A line for the log, as the work goes on. */
  progress(message: string): void
}

/** A real run always acts as the verified account; a dry run may have none (its credentials could not be checked). */
export type OperationContext = Progress &
  (
    | { dryRun: false; identity: Identity }
    /** Go through every step but the requests that change something; without an identity, send nothing to X at all. */
    | { dryRun: true; identity?: Identity }
  )

export interface PublishContext extends Progress {
  /** The run's report as Markdown, secrets scrubbed: the verdict, the checks, each operation's part, the cost, every problem with its fix. */
  report: string
  /** The run has failed (an error anywhere before this). */
  failed: boolean
  /** The door to GitHub's REST API. */
  github: GitHubDoor
}

export interface OperationResult {
  /** Errors and warnings, in the order they happened. */
  findings: Finding[]
  outputs: Record<string, string>
  /** Its part of the job summary (Markdown lines). */
  summary: string[]
  /** A few words for the summary header, e.g. "post: ✅ posted"; empty when there is nothing to say. */
  headline: string
  /** The billable requests it sent, or in a dry run would send (see prices.ts). */
  costs: CostItem[]
}
