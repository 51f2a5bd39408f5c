import * as core from '@actions/core'
import type { ActionIO } from './action-io.js'

/** The action's edge: inputs, masks, annotations, outputs and summary through @actions/core. */
export const coreIO: ActionIO = {
  getInput: (name) => core.getInput(name, { trimWhitespace: false }),
  env: process.env,
  setSecret: (value) => core.setSecret(value),
  info: (message) => core.info(message),
  warning: (message, title) => core.warning(message, { title }),
  notice: (message, title) => core.notice(message, { title }),
  error: (message, title) => core.error(message, { title }),
  setOutput: (name, value) => core.setOutput(name, value),
  writeSummary: async (markdown) => {
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(markdown, true).write()
  },
  setFailed: (message) => core.setFailed(message)
}
