/**
 * The step's overall time budget, counted from the first line of the run.
 * Nothing may wait or retry past it. The offline part (inputs, files) has a
 * budget of its own; once it is over, the deadline becomes exactly the time
 * the run's requests may take (a video needs more than a credentials check).
 * The entry arms a watchdog on it, because a timer is the only thing that can
 * end a run whose awaited promise never settles.
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

  /** Moves the deadline to `ms` from now, earlier or later than it was; the watchdog follows. */
  setRemaining(ms: number): void {
    this.#at = Date.now() + ms
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
