/**
 * Loaded into the action's process (`node --import`) to stand for a library
 * that ignores the abort signal: every AbortController's abort() does
 * nothing, so the action's own time bound per request never fires. Only the
 * step's deadline and its watchdog can end a request that hangs then.
 */
AbortController.prototype.abort = function abort() {}
