/**
 * Connections to X opened at the very start of a run, so that resolving
 * X's host and the TCP and TLS handshakes overlap the time the rest of the
 * program takes to load and read its inputs, instead of being paid after it.
 * The HTTP agent of XApi (api.ts) takes them before opening any of its own.
 * The entry imports this module first: it loads nothing but net and tls.
 *
 * No credential is involved: a connection carries nothing of the run's until
 * a request is sent on it. If no request comes (an input error ends the run
 * offline), they are closed without anything having been sent on them.
 */
import net from 'node:net'
import tls from 'node:tls'

/** http.Agent's default delay for TCP keep-alive probes, which its own sockets get too. */
const KEEP_ALIVE_DELAY_MS = 1000

export class Preconnected {
  /** Each waiting connection, with the listener that drops it should it fail or close first. */
  readonly #idle = new Map<net.Socket, () => void>()

  private constructor(
    /** As URL.hostname has it (IPv6 in brackets), which is what requests name. */
    readonly host: string,
    readonly port: string,
    readonly secure: boolean
  ) {}

  /**
   * Starts `count` connections to the host of `baseUrl` (http: or https:
   * only) without waiting for them. Undefined when there is nothing to open.
   */
  static open(baseUrl: string, count: number): Preconnected | undefined {
    if (count < 1) return undefined
    let url: URL
    try {
      url = new URL(baseUrl)
    } catch {
      return undefined
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    const secure = url.protocol === 'https:'
    const pool = new Preconnected(url.hostname, url.port || (secure ? '443' : '80'), secure)
    for (let i = 0; i < count; i++) pool.#connect()
    return pool
  }

  /** Connections still waiting for a request (open or opening). */
  get idle(): number {
    return this.#idle.size
  }

  /** A live connection to `host:port` for a request, if one is left; it is the caller's from now on. */
  take(host: string | null | undefined, port: string | number | null | undefined): net.Socket | undefined {
    if (host !== this.host || String(port ?? '') !== this.port) return undefined
    for (const [socket, drop] of this.#idle) {
      this.#idle.delete(socket)
      socket.off('error', drop)
      socket.off('close', drop)
      if (socket.destroyed) continue
      socket.ref()
      return socket
    }
    return undefined
  }

  /** Ends every connection no request took, without sending anything on it. */
  close(): void {
    for (const socket of this.#idle.keys()) socket.destroy()
    this.#idle.clear()
  }

  #connect(): void {
    const host = this.host.replace(/^\[(.*)\]$/, '$1')
    const port = Number(this.port)
    // The same checks as the agent's own connections: the system's CAs (and NODE_EXTRA_CA_CERTS), the host name; SNI only for a name.
    const socket = this.secure ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host }) : net.connect({ host, port })
    socket.setKeepAlive(true, KEEP_ALIVE_DELAY_MS)
    // While no request has it, it must not keep the process alive.
    socket.unref()
    const drop = () => {
      this.#idle.delete(socket)
      socket.destroy()
    }
    // A failed connection is dropped quietly: a request then opens its own and reports what happens to it.
    socket.on('error', drop)
    socket.on('close', drop)
    this.#idle.set(socket, drop)
  }
}
