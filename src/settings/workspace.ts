import { constants as fsConstants } from 'node:fs'
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

// O_NONBLOCK: opening a named pipe for reading returns at once instead of waiting for a writer. O_NOFOLLOW: the last
// component is not a link swapped in since it was resolved. Neither exists on Windows, where neither risk does either.
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOFOLLOW ?? 0)

/** A file of the workspace, opened once: everything read from it is read through `handle`. */
export interface WorkspaceFile {
  /** The path as the user wrote it. */
  given: string
  /** Absolute, symbolic links resolved. */
  path: string
  /** Its size when it was opened. */
  size: number
  handle: fs.FileHandle
}

/**
 * The one way the run opens a file named by an input: inside the workspace
 * (links resolved), never under a `.git` folder (the repository's own files:
 * its configuration may hold a token), a regular file (a pipe would block, a
 * device never end), opened once, and read through that descriptor only.
 * Every file it opened is closed by `close()`, at the end of the run.
 */
export class WorkspaceFiles {
  readonly #open = new Set<fs.FileHandle>()

  constructor(readonly root: string) {}

  /** `notAFile` ends the refusal of a directory: what the input wants instead. */
  async open(input: string, given: string, notAFile = ', not a file'): Promise<WorkspaceFile> {
    const real = await resolveInWorkspace(input, given, this.root)
    const root = await fs.realpath(this.root).catch(() => path.resolve(this.root))
    if (underGit(path.relative(path.resolve(this.root), path.resolve(this.root, given))) || underGit(path.relative(root, real)))
      throw new InputError(
        input,
        `\`${input}\`: '${given}' is inside a \`.git\` folder: the repository's own files (its configuration may hold a token) are never read or posted.`
      )
    let handle: fs.FileHandle
    try {
      handle = await fs.open(real, OPEN_FLAGS)
    } catch (error) {
      throw fileAccessError(input, given, error)
    }
    this.#open.add(handle)
    const stats = await handle.stat()
    if (stats.isDirectory()) throw await this.#refuse(handle, new InputError(input, `\`${input}\`: '${given}' is a directory${notAFile}.`))
    if (!stats.isFile())
      throw await this.#refuse(handle, new InputError(input, `\`${input}\`: '${given}' is not a regular file (a pipe, socket or device), so it is not read.`))
    return { given, path: real, size: stats.size, handle }
  }

  /** Closes every file still open. */
  async close(): Promise<void> {
    const handles = [...this.#open]
    this.#open.clear()
    await Promise.all(handles.map((h) => h.close().catch(() => undefined)))
  }

  async #refuse(handle: fs.FileHandle, error: InputError): Promise<InputError> {
    this.#open.delete(handle)
    await handle.close().catch(() => undefined)
    return error
  }
}

const underGit = (relative: string) => relative.split(/[\\/]/).some((segment) => segment.toLowerCase() === '.git')

/**
 * The whole file, read through its descriptor up to `max` bytes and one more:
 * undefined when it holds more than `max`, whatever its size said when opened.
 */
export async function readAtMost(file: WorkspaceFile, max: number): Promise<Buffer | undefined> {
  const buffer = Buffer.allocUnsafe(Math.min(max, file.size) + 1)
  let filled = 0
  while (filled < buffer.length) {
    const { bytesRead } = await file.handle.read(buffer, filled, buffer.length - filled, filled)
    if (bytesRead === 0) break
    filled += bytesRead
  }
  if (filled > max) return undefined
  // It grew since it was opened: read it again, as far as the limit allows.
  if (filled === buffer.length) return readAtMost({ ...file, size: max }, max)
  return buffer.subarray(0, filled)
}
