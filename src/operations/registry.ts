/** The operations the action knows, in the order they run when several are asked for. */
import type { Operation } from './operation.js'
import { post } from './post/index.js'

export const OPERATIONS: readonly Operation[] = [post]
