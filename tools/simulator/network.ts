/**
 * The simulator's side of the wire: it accepts TCP connections, charges the
 * round trips a real network costs before the first byte can be answered
 * (one for the TCP handshake, one more for TLS), then hands each connection
 * to the HTTP or HTTPS server. Every connection is logged: when it opened,
 * when its TLS handshake ended, how many requests it carried and how many
 * bytes the client sent on it, so a test can tell a reused connection from
 * a new one and a connection that carried nothing from one that did.
 */
import type http from 'node:http'
import net from 'node:net'
import type tls from 'node:tls'

export interface ConnectionLogEntry {
  /** 1, 2, … in the order the connections were accepted. */
  id: number
  /** Simulator clock, ms. */
  openedAt: number
  /** When the TLS handshake ended (HTTPS only); null when it never did. */
  secureAt: number | null
  /** e.g. `TLSv1.3`. */
  tlsProtocol?: string
  closedAt: number | null
  /** Requests that arrived on it. */
  requests: number
  /** Bytes the client sent on it, TLS records included; set when it closes. */
  bytesReceived: number | null
}

export interface NetworkOptions {
  /** Charged once per TCP connection before anything sent on it is read. Default 0. */
  connectLatencyMs?: number
  /** Charged once per TLS handshake, on top of the connect. Default 0. */
  tlsHandshakeLatencyMs?: number
  now: () => number
}

export class Network {
  connections: ConnectionLogEntry[] = []

  private readonly front: net.Server
  private readonly sockets = new Set<net.Socket>()
  private readonly timers = new Set<NodeJS.Timeout>()
  /** Live connections by the client's address and port, which the TLS socket shares with the TCP one. */
  private readonly byPeer = new Map<string, ConnectionLogEntry>()
  private nextId = 1

  constructor(
    private readonly server: http.Server,
    private readonly secure: boolean,
    private readonly options: NetworkOptions
  ) {
    // Paused: nothing the client sends is read until its connection's round trips are charged.
    this.front = net.createServer({ pauseOnConnect: true }, (socket) => this.accept(socket))
    if (secure) {
      ;(server as unknown as tls.Server).on('secureConnection', (socket: tls.TLSSocket) => {
        const entry = this.byPeer.get(peerOf(socket))
        if (!entry) return
        entry.secureAt = this.options.now()
        entry.tlsProtocol = socket.getProtocol() ?? undefined
      })
      // A client that refuses the certificate ends the handshake; that is its right, not the simulator's error.
      server.on('tlsClientError', () => undefined)
    }
  }

  listen(host: string, port: number): Promise<net.AddressInfo> {
    return new Promise((resolve, reject) => {
      this.front.once('error', reject)
      this.front.listen(port, host, () => {
        const address = this.front.address()
        if (!address || typeof address === 'string') return reject(new Error('no TCP address'))
        resolve(address)
      })
    })
  }

  /** The connection a request arrived on. */
  connectionOf(socket: net.Socket): ConnectionLogEntry | undefined {
    return this.byPeer.get(peerOf(socket))
  }

  clearLog(): void {
    this.connections = []
  }

  /** Stops accepting and ends every connection, including those still being charged for. */
  close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
    const stopped = new Promise<void>((resolve) => this.front.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    this.server.close()
    return stopped
  }

  private accept(socket: net.Socket): void {
    const entry: ConnectionLogEntry = { id: this.nextId++, openedAt: this.options.now(), secureAt: null, closedAt: null, requests: 0, bytesReceived: null }
    const peer = peerOf(socket)
    this.connections.push(entry)
    this.byPeer.set(peer, entry)
    this.sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => {
      this.sockets.delete(socket)
      if (this.byPeer.get(peer) === entry) this.byPeer.delete(peer)
      entry.closedAt = this.options.now()
      entry.bytesReceived = socket.bytesRead
    })
    // Both charges count from the accept: faithful for a client that sends its ClientHello as soon as TCP connects (Node does, unless its
    // event loop is busy then); one that sends it more than a round trip later gets its TLS round trip partly for free.
    const charge = (this.options.connectLatencyMs ?? 0) + (this.secure ? (this.options.tlsHandshakeLatencyMs ?? 0) : 0)
    const handOver = () => {
      if (socket.destroyed) return
      this.server.emit('connection', socket)
      socket.resume()
    }
    if (charge <= 0) return handOver()
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      handOver()
    }, charge)
    this.timers.add(timer)
  }
}

function peerOf(socket: net.Socket): string {
  return `${socket.remoteAddress}|${socket.remotePort}`
}
