/**
 * A loopback HTTP server that answers like GitHub's REST API for the Actions
 * secrets the action reads and writes. Requests go through: fault script →
 * authentication and permission → route. It opens every sealed secret with
 * its own code and keeps the plaintext, so a test can read what was stored.
 */
import { randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { hostileErrorBody, type HostileOptions } from '../simulator/hostile.js'
import { authorizeGh } from './auth.js'
import { type GhReply, type GhRouteName, ghError, handleGhRoute, matchGhRoute, notFound } from './routes.js'
import { type GhComment, type GhPullRequest, type GhRepository, type GhSecret, type GhSecretWrite, type GhToken, GitHubState } from './state.js'

export interface GhRequestLogEntry {
  route: GhRouteName | 'unknown'
  method: string
  path: string
  /** null when dropped or hanging. */
  status: number | null
  startedAt: number
  fault?: string
  authFailure?: string
}

/** One step of misbehaviour for one request to a route; `{}` lets a request through untouched. */
export interface GhFaultStep {
  status?: number
  body?: unknown
  drop?: boolean
  hang?: boolean
  delayMs?: number
}

export interface GitHubSimulatorOptions {
  host?: string
  port?: number
  now?: () => number
}

export class GitHubSimulator {
  requests: GhRequestLogEntry[] = []
  private readonly state: GitHubState
  private readonly server: http.Server
  private readonly sockets = new Set<Socket>()
  private readonly faults = new Map<GhRouteName, GhFaultStep[]>()
  private readonly timers = new Set<NodeJS.Timeout>()
  private address = ''
  private closed = false
  private hostile?: HostileOptions

  static async start(options: GitHubSimulatorOptions = {}): Promise<GitHubSimulator> {
    const sim = new GitHubSimulator(options)
    await new Promise<void>((resolve, reject) => {
      sim.server.once('error', reject)
      sim.server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
        const address = sim.server.address()
        if (!address || typeof address === 'string') return reject(new Error('no TCP address'))
        sim.address = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
        resolve()
      })
    })
    return sim
  }

  private constructor(options: GitHubSimulatorOptions) {
    this.state = new GitHubState(options.now ?? Date.now)
    this.server = http.createServer((req, res) => void this.handle(req, res).catch(() => req.socket.destroy()))
    this.server.on('connection', (socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
  }

  /** The API's base URL, as `GITHUB_API_URL` holds it, e.g. `http://127.0.0.1:43211`. */
  get url(): string {
    return this.address
  }

  addRepository(fullName: string, environments: string[] = []): GhRepository {
    return this.state.addRepository(fullName, environments)
  }

  addToken(token: GhToken): void {
    this.state.addToken(token)
  }

  addPullRequest(fullName: string, pull: Parameters<GitHubState['addPullRequest']>[1]): GhPullRequest {
    return this.state.addPullRequest(fullName, pull)
  }

  /** A pull request's conversation comments, oldest first. */
  comments(fullName: string, number: number): GhComment[] {
    return this.state.repositories.get(fullName)?.pulls.get(number)?.comments ?? []
  }

  /** A comment written by someone else (a reviewer, or the preview of an earlier version of the action). */
  seedComment(fullName: string, number: number, body: string, login = 'a-reviewer'): GhComment {
    const pull = this.state.repositories.get(fullName)?.pulls.get(number)
    if (!pull) throw new Error(`no pull request #${number} in ${fullName}`)
    const comment = this.state.newComment(body, { value: '', kind: 'fine-grained', secrets: 'none', repositories: [], login })
    pull.comments.push(comment)
    return comment
  }

  seedSecret(fullName: string, name: string, value: string, environment?: string): void {
    this.state.seedSecret(fullName, name, value, environment)
  }

  /** A secret as stored (decrypted), or undefined. */
  secret(fullName: string, name: string, environment?: string): GhSecret | undefined {
    return this.state.scopeOf(fullName, environment)?.secrets.get(name)
  }

  /** Every secret write accepted, oldest first. */
  get writes(): GhSecretWrite[] {
    return this.state.writes
  }

  /** Steps are used one per request to `route`, in order; then behaviour is normal again. */
  fault(route: GhRouteName, steps: GhFaultStep[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...steps])
  }

  /** Error bodies echo the request (the Authorization header included), as the X simulator's hostile mode does (tools/simulator/hostile.ts); undefined ends it. */
  setHostile(options: HostileOptions | undefined): void {
    this.hostile = options
  }

  /** Forgets faults, the request log, the write log and the pull requests' comments; keeps repositories, pull requests, secrets and tokens. */
  reset(): void {
    this.faults.clear()
    this.requests = []
    this.state.writes = []
    for (const repo of this.state.repositories.values()) for (const pull of repo.pulls.values()) pull.comments = []
  }

  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    for (const timer of this.timers) clearTimeout(timer)
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await stopped
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://github.invalid')
    const matched = matchGhRoute(method, url.pathname)
    const entry: GhRequestLogEntry = { route: matched?.name ?? 'unknown', method, path: req.url ?? '/', status: null, startedAt: this.state.now() }
    this.requests.push(entry)
    const body = await readBody(req)
    if (this.closed) return
    const step = matched ? this.faults.get(matched.name)?.shift() : undefined
    if (step && Object.keys(step).length) entry.fault = JSON.stringify(step)
    if (step?.delayMs) await new Promise<void>((resolve) => this.timers.add(setTimeout(resolve, step.delayMs)))
    if (step?.hang || this.closed) return
    if (step?.drop) return void req.socket.destroy()
    let reply: GhReply
    if (step?.status !== undefined) {
      reply = { status: step.status, body: step.body ?? (step.status >= 500 ? { message: 'Server Error' } : undefined) }
    } else if (!matched) {
      reply = notFound()
    } else {
      const fullName = `${matched.params.owner}/${matched.params.repo}`
      const auth = authorizeGh(this.state, req.headers.authorization, matched.name, fullName)
      if (!auth.ok) entry.authFailure = auth.reason
      try {
        reply = auth.ok
          ? handleGhRoute(matched.name, { method, params: matched.params, query: url.searchParams, body, token: auth.token }, this.state)
          : auth.reply
      } catch {
        reply = ghError(500, 'Server Error')
      }
    }
    if (this.hostile && reply.status >= 400 && reply.body && typeof reply.body === 'object')
      reply = { ...reply, body: hostileErrorBody(this.hostile, { headers: req.headers, body }, reply.body as Record<string, unknown>) }
    this.send(res, entry, reply)
  }

  private send(res: ServerResponse, entry: GhRequestLogEntry, reply: GhReply): void {
    if (res.destroyed) return
    const text = reply.body === undefined ? '' : JSON.stringify(reply.body)
    const reset = Math.ceil(this.state.now() / 1000) + 3600
    res.writeHead(reply.status, {
      ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      date: new Date(this.state.now()).toUTCString(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomBytes(8).toString('hex').toUpperCase(),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
      'x-ratelimit-used': '1',
      'content-length': String(Buffer.byteLength(text)),
      ...reply.headers
    })
    res.end(text)
    entry.status = reply.status
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', () => resolve(Buffer.concat(chunks)))
    req.on('close', () => resolve(Buffer.concat(chunks)))
  })
}
