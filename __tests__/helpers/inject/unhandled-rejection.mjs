/**
 * Loaded into the action's process (`node --import`): once the action has
 * printed its first mask (its last-resort handlers are in place by then), a
 * promise rejects with nobody to catch it, as a bug in a dependency would.
 */
const write = process.stdout.write.bind(process.stdout)
let fired = false
process.stdout.write = (chunk, ...rest) => {
  if (!fired && String(chunk).startsWith('::add-mask::')) {
    fired = true
    setImmediate(() => void Promise.reject(new Error('injected: a promise nobody awaited rejected')))
  }
  return write(chunk, ...rest)
}
