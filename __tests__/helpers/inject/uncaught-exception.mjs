/**
 * Loaded into the action's process (`node --import`): once the action has
 * printed its first mask (its last-resort handlers are in place by then), a
 * callback throws with nobody to catch it, as a bug in a dependency would.
 */
const write = process.stdout.write.bind(process.stdout)
let fired = false
process.stdout.write = (chunk, ...rest) => {
  if (!fired && String(chunk).startsWith('::add-mask::')) {
    fired = true
    setImmediate(() => {
      throw new TypeError('injected: a callback threw')
    })
  }
  return write(chunk, ...rest)
}
