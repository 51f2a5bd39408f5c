import * as fs from 'node:fs/promises'
import * as path from 'node:path'
import { InputError } from '../diagnoses/input-error.js'

/**
 * Where a file named by an input really is, refusing anything that leaves the
 * workspace, lexically (`../x`) or through a symbolic link. `tweet-file` and
 * `media` both go through here, so they agree on what "inside" means.
 */
export async function resolveInWorkspace(input: string, given: string, workspace: string): Promise<string> {
  const root = await fs.realpath(workspace).catch(() => path.resolve(workspace))
  const lexical = path.resolve(workspace, given)
  let real: string
  try {
    real = await fs.realpath(lexical)
  } catch (error) {
    throw fileAccessError(input, given, error)
  }
  if (!isInside(root, real)) {
    const how = isInside(path.resolve(workspace), lexical) ? ' through a symbolic link' : ''
    throw new InputError(input, `\`${input}\`: '${given}' leads outside the workspace${how}; only files inside the workspace can be used.`)
  }
  return real
}

/** True when `target` is strictly below `directory` (a file named `..notes.txt` is inside). */
export function isInside(directory: string, target: string): boolean {
  const relative = path.relative(directory, target)
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative)
}

/** The refusal for a file that cannot be opened, by its error code; never the OS message, which may hold paths of the machine. */
export function fileAccessError(input: string, given: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError(input, `\`${input}\`: '${given}' was not found (paths are relative to the workspace).`)
  if (code === 'EACCES' || code === 'EPERM') return new InputError(input, `\`${input}\`: '${given}' cannot be read (permission denied).`)
  return new InputError(input, `\`${input}\`: '${given}' cannot be read (${code ?? 'unknown error'}).`)
}
