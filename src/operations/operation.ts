/**
 * The seam for "something the run does with verified credentials": post
 * today; delete and preview next. An operation reads its own inputs, prepares
 * everything offline (before any request, so a bad input costs nothing),
 * says what access it needs, runs with the verified identity, and reports
 * its part. Adding one is a folder and a line in registry.ts.
 */
import type { Identity } from '../auth/method.js'
import type { Finding } from '../diagnoses/finding.js'
import type { Requirement } from '../settings/access-level.js'
import type { InputReader } from '../settings/settings.js'
import type { WorkspaceFiles } from '../settings/workspace.js'
import type { CostItem } from './prices.js'

export interface Operation {
  id: string
  /** Reads its inputs; undefined when the run does not ask for it. Throws InputError. */
  read(inputs: InputReader): OperationPlan | undefined
  /** Its outputs when it did not run, so every output in action.yml is always set. */
  idleOutputs: Record<string, string>
  /** Why the run did not ask for it, in a few words for the log and the summary, e.g. "nothing to post (`tweet` … are empty)". */
  notAsked: string
}

export interface OperationPlan {
  operation: Operation
  /** Offline: validates everything and loads what run() needs. Throws InputError carrying its diagnosis. */
  prepare(ctx: PrepareContext): Promise<PreparedOperation>
}

export interface PrepareContext {
  workspace: string
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
  run(ctx: OperationContext): Promise<OperationResult>
}

export interface OperationContext {
  /** The verified account it acts as. */
  identity: Identity
  /** Go through every step but the requests that change something. */
  dryRun: boolean
  /** A line for the log, as the work goes on. */
  progress(message: string): void
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
