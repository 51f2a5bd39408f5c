/**
 * Connecting early: how many connections a run opens at start-up, and the
 * pool that hands them to the HTTP agent, over real loopback sockets.
 */
import https from 'node:https'
import http from 'node:http'
import net from 'node:net'
import { AUTH_METHODS } from '../../src/auth/registry.js'
import { connectionsNeeded, METHOD_SHAPES } from '../../src/auth/specs.js'
import { keepAliveAgent } from '../../src/x/api.js'
import { Preconnected } from '../../src/x/preconnect.js'
import { SAMPLE, seedDefault, XSimulator } from '../../tools/simulator/index.js'

const waitFor = async (condition: () => boolean, withinMs = 3000) => {
  const until = Date.now() + withinMs
  while (!condition() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 10))
  return condition()
}

describe('connectionsNeeded: one per request the checks send at once, from which credentials are given', () => {
  const inputs = (given: Record<string, string>) => (name: string) => given[name] ?? ''
  const oauth1 = { 'api-key': SAMPLE.apiKey, 'api-secret': SAMPLE.apiSecret, 'access-token': SAMPLE.accessToken, 'access-secret': SAMPLE.accessSecret }

  it.each([
    ['all five credentials', { ...oauth1, 'bearer-token': SAMPLE.bearerToken }, {}, 3],
    ['the four OAuth 1.0a values (token and users/me)', oauth1, {}, 2],
    ['the bearer token alone (usage)', { 'bearer-token': SAMPLE.bearerToken }, {}, 1],
    ['three of the four OAuth 1.0a values: the checks cannot run', { ...oauth1, 'access-secret': '  ' }, {}, 0],
    ['nothing at all', {}, {}, 0],
    ['the values through the environment fallbacks', {}, { X_API_KEY: 'a', X_API_SECRET: 'b', X_ACCESS_TOKEN: 'c', X_ACCESS_SECRET: 'd' }, 2],
    ['OAuth 2.0, a public client (no secret): the refresh', { 'client-id': 'c', 'refresh-token': 'r', 'github-token': 'g' }, {}, 1],
    [
      'OAuth 2.0 with its GitHub token from GITHUB_TOKEN, and the bearer',
      { 'client-id': 'c', 'refresh-token': 'r', 'bearer-token': 'b' },
      { GITHUB_TOKEN: 'g' },
      2
    ],
    ['OAuth 2.0 without a refresh token: the checks cannot run', { 'client-id': 'c', 'client-secret': 's', 'github-token': 'g' }, {}, 0]
  ])('%s', (_, given, env, expected) => {
    expect(connectionsNeeded(inputs(given), env)).toBe(expected)
  })

  test("the entry's list of methods is the registry's, in order, with the same values and requests", () => {
    expect(METHOD_SHAPES.map((s) => [s.id, s.context, s.credentials, s.requests])).toEqual(
      AUTH_METHODS.map((m) => [m.id, m.context, m.credentials, m.requests])
    )
  })
})

describe('Preconnected', () => {
  let server: net.Server
  let port: number
  const accepted: net.Socket[] = []
  const received: number[] = []

  beforeAll(async () => {
    server = net.createServer((socket) => {
      accepted.push(socket)
      socket.on('close', () => received.push(socket.bytesRead))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(async () => {
    for (const socket of accepted) socket.destroy()
    await new Promise((resolve) => server.close(resolve))
  })
  beforeEach(() => {
    accepted.length = 0
    received.length = 0
  })

  it.each([
    ['no connection needed', 'https://api.x.com', 0],
    ['not a URL', 'api.x.com', 3],
    ['another scheme', 'ftp://127.0.0.1/', 3]
  ])('opens nothing for %s', (_, url, count) => {
    expect(Preconnected.open(url, count)).toBeUndefined()
  })

  it('opens the connections at once, hands each out once to a request for the same host and port, and closes the rest without sending a byte', async () => {
    const pool = Preconnected.open(`http://127.0.0.1:${port}`, 3)!
    expect(await waitFor(() => accepted.length === 3)).toBe(true)
    expect(pool.take('localhost', port)).toBeUndefined()
    expect(pool.take('127.0.0.1', port + 1)).toBeUndefined()
    const taken = [pool.take('127.0.0.1', port), pool.take('127.0.0.1', String(port))]
    expect(taken.every((s) => s instanceof net.Socket)).toBe(true)
    expect(new Set(taken).size).toBe(2)
    expect(pool.idle).toBe(1)
    pool.close()
    expect(pool.idle).toBe(0)
    expect(pool.take('127.0.0.1', port)).toBeUndefined()
    for (const socket of taken) socket!.destroy()
    expect(await waitFor(() => received.length === 3)).toBe(true)
    expect(received).toEqual([0, 0, 0])
  })

  it('drops a connection that fails quietly: the request opens its own and reports what happens to it', async () => {
    const closed = net.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const deadPort = (closed.address() as net.AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const pool = Preconnected.open(`https://127.0.0.1:${deadPort}`, 2)!
    expect(await waitFor(() => pool.idle === 0)).toBe(true)
    expect(pool.take('127.0.0.1', deadPort)).toBeUndefined()
  })
})

describe('keepAliveAgent', () => {
  let sim: XSimulator
  beforeAll(async () => {
    sim = await XSimulator.start({ connectLatencyMs: 100 })
    seedDefault(sim)
  })
  afterAll(() => sim.close())

  const get = (agent: http.Agent, path: string) =>
    new Promise<number>((resolve, reject) => {
      http
        .get(sim.url + path, { agent }, (res) => {
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        })
        .on('error', reject)
    })

  it('sends the requests on the preconnected connections first, then opens its own', async () => {
    sim.reset()
    const pool = Preconnected.open(sim.url, 2)!
    expect(await waitFor(() => sim.connections.length === 2)).toBe(true)
    const agent = keepAliveAgent(sim.url, pool)
    try {
      const statuses = await Promise.all([get(agent, '/2/users/me'), get(agent, '/2/users/me'), get(agent, '/2/users/me')])
      expect(statuses).toEqual([401, 401, 401])
      expect(sim.connections.map((c) => c.requests)).toEqual([1, 1, 1])
      expect(sim.requests.map((r) => r.connection).sort()).toEqual([1, 2, 3])
      expect(pool.idle).toBe(0)
    } finally {
      agent.destroy()
      pool.close()
    }
  })

  it('does not use connections of another scheme', async () => {
    const pool = Preconnected.open(sim.url, 1)!
    try {
      const url = sim.url.replace('http:', 'https:')
      const agent = keepAliveAgent(url, pool)
      // An https request to the plain-HTTP server fails its handshake on a connection of its own: the plain one waits on.
      await new Promise<void>((resolve) => https.get(`${url}/2/users/me`, { agent }, () => resolve()).on('error', () => resolve()))
      expect(pool.idle).toBe(1)
      agent.destroy()
    } finally {
      pool.close()
    }
  })
})
