/**
 * The action over HTTPS, as against api.x.com: dist/index.js trusts the
 * simulator's test CA through NODE_EXTRA_CA_CERTS only (never a switch that
 * turns verification off), opens its connections at start-up, and sends its
 * requests on them; a run that fails offline closes them having sent nothing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { SAMPLE, XSimulator } from '../../tools/simulator/index.js'
import { act, credentialInputs, errorIds, startSimulator } from '../helpers/e2e.js'
import { png } from '../helpers/media-files.js'

const creds = credentialInputs(SAMPLE)
const unique = (label: string) => `${label} ${Date.now()}-${Math.random().toString(36).slice(2, 8)}`

/** The simulator reads a held connection (and so sees it close) only once its round trips are charged. */
async function allClosed(sim: XSimulator, withinMs = 10_000): Promise<boolean> {
  const until = Date.now() + withinMs
  while (sim.connections.some((c) => c.closedAt === null) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20))
  return sim.connections.every((c) => c.closedAt !== null)
}

describe('over HTTPS, one round trip charged per TCP connect, per TLS handshake and per request', () => {
  let sim: XSimulator
  beforeAll(async () => {
    sim = await startSimulator({ tls: true, latencyMs: 50, connectLatencyMs: 50, tlsHandshakeLatencyMs: 50 })
  })
  afterAll(() => sim.close())
  beforeEach(() => sim.reset())

  test('the whole verification: every row passes, each request on a connection opened at start-up', async () => {
    const run = await act(sim, creds)
    expect(run.exitCode).toBe(0)
    expect(run.outputs).toMatchObject({
      verified: 'true',
      username: 'release_bot',
      'access-level': 'read-write',
      'bearer-valid': 'true',
      'app-consistent': 'true'
    })
    expect(errorIds(run)).toEqual([])
    expect(sim.requests.map((r) => r.route).sort()).toEqual(['oauth2/token', 'usage/tweets', 'users/me'])
    // Three connections are opened at start-up in every run with these credentials (see the offline run below).
    // Had the requests not used them, the agent would have opened three more.
    expect(sim.connections).toHaveLength(3)
    expect(sim.connections.map((c) => [c.tlsProtocol, c.requests])).toEqual([
      ['TLSv1.3', 1],
      ['TLSv1.3', 1],
      ['TLSv1.3', 1]
    ])
    expect(new Set(sim.requests.map((r) => r.connection)).size).toBe(3)
  })

  test('a post with 4 images: one request per image and one per alt text, the connections of the checks reused', async () => {
    const files = Object.fromEntries([1, 2, 3, 4].map((i) => [`img/${i}.png`, png(20 + i, 12, i)]))
    const run = await act(
      sim,
      { ...creds, tweet: unique('Screenshots'), media: Object.keys(files).join('\n'), 'media-alt-text': 'One\nTwo\nThree\nFour' },
      { files }
    )
    expect(run.exitCode).toBe(0)
    const routes = sim.requests.map((r) => r.route)
    expect(routes).toHaveLength(3 + 4 + 4 + 1)
    expect(routes.filter((r) => r === 'media/upload')).toHaveLength(4)
    expect(routes.filter((r) => r === 'media/metadata')).toHaveLength(4)
    // Four uploads at once need a fourth connection; everything else rides on the three opened at start-up.
    expect(sim.connections).toHaveLength(4)
    expect(sim.connections.every((c) => c.secureAt !== null && c.requests > 0)).toBe(true)
  })
})

describe('connections opened at start-up and never used', () => {
  test('an input error over HTTPS: three connections opened, no request sent, and the run ends without waiting for the handshakes', async () => {
    const slow = await startSimulator({ tls: true, tlsHandshakeLatencyMs: 5000 })
    try {
      const run = await act(slow, { ...creds, 'timeout-seconds': 'soon' })
      expect(run.exitCode).toBe(1)
      expect(errorIds(run)).toEqual(['invalid-input'])
      expect(run.durationMs).toBeLessThan(4000)
      expect(slow.requests).toHaveLength(0)
      expect(slow.connections).toHaveLength(3)
      expect(await allClosed(slow)).toBe(true)
      // The client had gone before the server could answer its hello: no handshake ended, no request came.
      expect(slow.connections.map((c) => [c.secureAt, c.requests])).toEqual([
        [null, 0],
        [null, 0],
        [null, 0]
      ])
    } finally {
      await slow.close()
    }
  })

  test('an input error over plain HTTP: the connections are closed with not one byte sent on them', async () => {
    const sim = await startSimulator()
    try {
      const run = await act(sim, { ...creds, 'timeout-seconds': 'soon' })
      expect(run.exitCode).toBe(1)
      expect(await allClosed(sim)).toBe(true)
      expect(sim.connections.map((c) => [c.requests, c.bytesReceived])).toEqual([
        [0, 0],
        [0, 0],
        [0, 0]
      ])
    } finally {
      await sim.close()
    }
  })

  test('only the checks’ requests count: the OAuth 1.0a values alone open two connections, no credential none', async () => {
    const sim = await startSimulator()
    try {
      const oauth1 = { ...creds }
      delete oauth1['bearer-token']
      await act(sim, { ...oauth1, 'timeout-seconds': 'soon' })
      expect(await allClosed(sim)).toBe(true)
      expect(sim.connections).toHaveLength(2)
      sim.reset()
      await act(sim, { 'timeout-seconds': 'soon' })
      expect(sim.connections).toHaveLength(0)
    } finally {
      await sim.close()
    }
  })

  test('an api-base-url the settings refuse opens no connection at all', async () => {
    const sim = await startSimulator()
    try {
      const run = await act(sim, { ...creds, 'api-base-url': `${sim.url}/?debug=1` })
      expect(errorIds(run)).toEqual(['invalid-input'])
      await new Promise((resolve) => setTimeout(resolve, 100))
      expect(sim.connections).toHaveLength(0)
    } finally {
      await sim.close()
    }
  })
})

test('without the CA in NODE_EXTRA_CA_CERTS the certificate is refused, once per request (another attempt cannot help): no request reaches the server', async () => {
  const sim = await startSimulator({ tls: true })
  try {
    const run = await act(sim, creds, { trustSimulatorCa: false })
    expect(run.exitCode).toBe(1)
    expect(errorIds(run)).toEqual(['tls-certificate', 'tls-certificate', 'tls-certificate'])
    expect(run.errors.join('\n')).toContain("the server's TLS certificate was refused (SELF_SIGNED_CERT_IN_CHAIN); nothing was sent")
    expect(run.errors.join('\n')).not.toMatch(/after \d attempts/)
    expect(run.stdout).not.toMatch(/retrying in/)
    // The three connections opened at start-up and one per request: none retried.
    expect(sim.connections).toHaveLength(6)
    expect(sim.requests).toHaveLength(0)
  } finally {
    await sim.close()
  }
})
