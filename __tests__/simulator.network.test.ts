/**
 * The simulator's network: HTTPS with a certificate a client can verify
 * against the test CA (and only against it), round trips charged per TCP
 * connect, per TLS handshake and per request, and a log of every connection.
 */
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import { oauth1Header, SAMPLE, seedDefault, testCertificates, XSimulator } from '../tools/simulator/index.js'

const sims: XSimulator[] = []
afterAll(() => Promise.all(sims.map((s) => s.close())))

async function start(options: Parameters<typeof XSimulator.start>[0]): Promise<XSimulator> {
  const sim = await XSimulator.start(options)
  seedDefault(sim)
  sims.push(sim)
  return sim
}

interface Got {
  status: number
  body: string
  ms: number
}

/** GET `path`, signed with the sample OAuth 1.0a credentials for the URL as sent, through `agent`. */
function get(sim: XSimulator, path: string, agent: http.Agent, ca?: string): Promise<Got> {
  const url = sim.url + path
  const started = performance.now()
  const request = url.startsWith('https:') ? https.request : http.request
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, ca, headers: { authorization: oauth1Header('GET', url, SAMPLE) } } as https.RequestOptions, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - started }))
    })
    req.on('error', reject)
    req.end()
  })
}

/** Resolves once the simulator has seen every connection close (it reads a held connection only when its charge is paid). */
async function allClosed(sim: XSimulator, withinMs = 5000): Promise<void> {
  const until = Date.now() + withinMs
  while (sim.connections.some((c) => c.closedAt === null) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('HTTPS', () => {
  it('serves a certificate for 127.0.0.1 and localhost that verifies against the test CA, and signs answers for the https URL', async () => {
    const sim = await start({ tls: true })
    expect(sim.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
    const { caPem } = await testCertificates()
    const agent = new https.Agent({ keepAlive: true })
    try {
      const me = await get(sim, '/2/users/me', agent, caPem)
      // The OAuth 1.0a signature covers the scheme: signed for https://, verified as https://.
      expect([me.status, JSON.parse(me.body).data.username]).toEqual([200, 'release_bot'])
      expect(sim.connections).toEqual([expect.objectContaining({ id: 1, tlsProtocol: 'TLSv1.3', requests: 1, secureAt: expect.any(Number) })])
      expect(sim.requests[0].connection).toBe(1)
    } finally {
      agent.destroy()
    }
  })

  it('is refused by a client that does not trust the test CA: verification is never switched off', async () => {
    const sim = await start({ tls: true })
    const agent = new https.Agent()
    await expect(get(sim, '/2/users/me', agent)).rejects.toMatchObject({ code: 'SELF_SIGNED_CERT_IN_CHAIN' })
    expect(sim.requests).toHaveLength(0)
    await allClosed(sim)
    expect(sim.connections).toEqual([expect.objectContaining({ secureAt: null, requests: 0 })])
  })

  it('writes the CA to a PEM file for NODE_EXTRA_CA_CERTS, which a TLS client accepts for localhost too', async () => {
    const sim = await start({ tls: true })
    const { caPem, caFile } = await testCertificates()
    expect(sim.caFile).toBe(caFile)
    expect((await import('node:fs')).readFileSync(caFile, 'utf8')).toBe(caPem)
    const port = Number(new URL(sim.url).port)
    const socket = tls.connect({ host: 'localhost', port, servername: 'localhost', ca: caPem })
    await new Promise<void>((resolve, reject) => socket.once('secureConnect', resolve).once('error', reject))
    expect(socket.authorized).toBe(true)
    socket.destroy()
  })

  it('has a CA that OpenSSL itself accepts as one, where OpenSSL is installed', async () => {
    const { caFile } = await testCertificates()
    let openssl: string
    try {
      openssl = execFileSync('openssl', ['verify', '-CAfile', caFile, caFile], { encoding: 'utf8' })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    expect(openssl.trim()).toMatch(/: OK$/)
  })

  it('is plain HTTP by default, with no CA', async () => {
    const sim = await start({})
    expect(sim.url).toMatch(/^http:\/\//)
    expect(sim.caFile).toBeUndefined()
  })
})

describe('round trips charged as a network charges them', () => {
  const RTT = 150

  it('HTTPS: a new connection pays the TCP and the TLS handshake before its first answer; a reused one pays the request alone', async () => {
    const sim = await start({ tls: true, latencyMs: RTT, connectLatencyMs: RTT, tlsHandshakeLatencyMs: RTT })
    const { caPem } = await testCertificates()
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const first = await get(sim, '/2/users/me', agent, caPem)
      const second = await get(sim, '/2/users/me', agent, caPem)
      expect(first.ms).toBeGreaterThanOrEqual(3 * RTT - 5)
      expect(second.ms).toBeGreaterThanOrEqual(RTT - 5)
      expect(second.ms).toBeLessThan(first.ms - RTT)
      expect(sim.connections).toHaveLength(1)
      expect(sim.connections[0]).toMatchObject({ requests: 2 })
      expect(sim.connections[0].secureAt! - sim.connections[0].openedAt).toBeGreaterThanOrEqual(2 * RTT - 5)
      expect(sim.requests.map((r) => r.connection)).toEqual([1, 1])
    } finally {
      agent.destroy()
    }
  })

  it('plain HTTP: the TCP handshake only; the TLS charge does not apply', async () => {
    const sim = await start({ latencyMs: RTT, connectLatencyMs: RTT, tlsHandshakeLatencyMs: 10 * RTT })
    const agent = new http.Agent({ keepAlive: true })
    try {
      const first = await get(sim, '/2/users/me', agent)
      expect(first.ms).toBeGreaterThanOrEqual(2 * RTT - 5)
      expect(first.ms).toBeLessThan(10 * RTT)
    } finally {
      agent.destroy()
    }
  })

  it('logs a connection that carried nothing: no request, 0 bytes received', async () => {
    const sim = await start({})
    const socket = net.connect(Number(new URL(sim.url).port), '127.0.0.1')
    await new Promise((resolve) => socket.once('connect', resolve))
    socket.destroy()
    await allClosed(sim)
    expect(sim.connections).toEqual([expect.objectContaining({ requests: 0, bytesReceived: 0, secureAt: null, closedAt: expect.any(Number) })])
  })

  it('ends connections still being charged for on close()', async () => {
    const sim = await XSimulator.start({ tls: true, connectLatencyMs: 60_000 })
    const { caPem } = await testCertificates()
    const pending = get(sim, '/2/users/me', new https.Agent(), caPem)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sim.connections).toHaveLength(1)
    await sim.close()
    await expect(pending).rejects.toThrow()
  })

  it('reset() forgets the connection log with the request log', async () => {
    const sim = await start({})
    await get(sim, '/2/users/me', new http.Agent())
    expect(sim.connections.length).toBeGreaterThan(0)
    sim.reset()
    expect([sim.connections, sim.requests]).toEqual([[], []])
  })
})
