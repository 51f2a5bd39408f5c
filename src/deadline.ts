/**
 * The step's overall time budget, counted from the first line of the run.
 * Nothing may wait or retry past it. The budget grows once the run knows its
 * work (a video needs more time than a credentials check); the entry arms a
 * watchdog on it, because a timer is the only thing that can end a run whose
 * awaited promise never settles.
 */
export class Deadline {
  #at: number
  #watchdog?: { timer: NodeJS.Timeout; graceMs: number; onExpire: () => void }

  constructor(at: number) {
    this.#at = at
  }

  static in(ms: number): Deadline {
    return new Deadline(Date.now() + ms)
  }

  get at(): number {
    return this.#at
  }

  remaining(): number {
    return this.#at - Date.now()
  }

  /** Moves the deadline to `ms` after `from` (default: now); never earlier than it is. */
  extendTo(ms: number, from = Date.now()): void {
    this.#at = Math.max(this.#at, from + ms)
    if (this.#watchdog) this.watch(this.#watchdog.graceMs, this.#watchdog.onExpire)
  }

  /**
   * Calls `onExpire` `graceMs` after the deadline unless `stop()` comes
   * first. The timer does not keep the process alive.
   */
  watch(graceMs: number, onExpire: () => void): void {
    if (this.#watchdog) clearTimeout(this.#watchdog.timer)
    const timer = setTimeout(onExpire, Math.max(0, this.remaining() + graceMs))
    timer.unref()
    this.#watchdog = { timer, graceMs, onExpire }
  }

  stop(): void {
    if (this.#watchdog) clearTimeout(this.#watchdog.timer)
    this.#watchdog = undefined
  }
}
