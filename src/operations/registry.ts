/** The operations the action knows, in the order they run when several are asked for. */
import { deletion } from './delete/index.js'
import type { Operation } from './operation.js'
import { post } from './post/index.js'
import { preview } from './preview/index.js'

export const OPERATIONS: readonly Operation[] = [post, deletion, preview]
