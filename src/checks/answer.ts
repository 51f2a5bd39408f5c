import type { XResponse } from '../x/api.js'
import { XApiError } from '../x/errors.js'

/** What one request of the checks came back with: X's answer, or its error. Checks read both alike. */
export type Answer<T> = { ok: true; value: XResponse<T> } | { ok: false; error: XApiError }

/** Waits for a request and keeps its error as a value, so concurrent checks never reject each other. */
export async function answerOf<T>(promise: Promise<XResponse<T>>): Promise<Answer<T>> {
  try {
    return { ok: true, value: await promise }
  } catch (error) {
    if (error instanceof XApiError) return { ok: false, error }
    throw error
  }
}
