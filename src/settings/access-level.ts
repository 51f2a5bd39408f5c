/** X's access levels, as `x-access-level` names them, and what a run needs. */
export type AccessLevel = 'read' | 'read-write' | 'read-write-directmessages'
export const ACCESS_LEVELS: readonly AccessLevel[] = ['read', 'read-write', 'read-write-directmessages']

/** How much a level allows; unknown levels rank below `read`. */
export function levelRank(level: string | undefined): number {
  switch (level) {
    case 'read':
      return 0
    case 'read-write':
      return 1
    case 'read-write-directmessages':
    case 'read-write-privatemessages':
      return 2
    default:
      return -1
  }
}

/** The least access a run needs, and why, in the words the log uses. */
export interface Requirement {
  level: AccessLevel
  because: string
  /** OAuth 2.0 scopes needed beyond what the level implies (uploading media needs `media.write`). */
  scopes?: { scope: string; because: string }[]
}

/** The strictest of several requirements, with every extra scope any of them needs; the first wins a tie, so the `permission` input keeps its reason. */
export function strictest(requirements: readonly Requirement[]): Requirement {
  const top = requirements.reduce((a, b) => (levelRank(b.level) > levelRank(a.level) ? b : a))
  const scopes = requirements.flatMap((r) => r.scopes ?? [])
  return scopes.length ? { ...top, scopes } : top
}
