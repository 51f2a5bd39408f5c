/**
 * Everything the run says or reads from its surroundings goes through this
 * interface: @actions/core in the action, the terminal in the CLI. The run
 * itself never touches either directly.
 */
export interface ActionIO {
  /** The input exactly as given (not trimmed); '' when unset. */
  getInput(name: string): string
  env: NodeJS.ProcessEnv
  /** Registers a value with the log masker. Called before anything is printed. */
  setSecret(value: string): void
  info(message: string): void
  warning(message: string, title: string): void
  /** An annotation that is neither an error nor a warning. */
  notice(message: string, title: string): void
  error(message: string, title: string): void
  setOutput(name: string, value: string): void
  writeSummary(markdown: string): Promise<void>
  setFailed(message: string): void
}
