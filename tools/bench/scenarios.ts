/**
 * The action run against the simulator with an added latency (per request,
 * and over HTTPS per TCP connect and per TLS handshake too): wall time, and
 * from the simulator's logs the requests sent, the round trips on the
 * critical path, and the connections and TLS handshakes the run needed.
 */
import { png } from '../../__tests__/helpers/media-files.js'
import { runAction } from '../runner.js'
import { SAMPLE, seedDefault, XSimulator, type RequestLogEntry, type RouteName, type SimulatorOptions } from '../simulator/index.js'
import { interleaved } from './stats.js'

export const CREDENTIAL_INPUTS: Record<string, string> = {
  'api-key': SAMPLE.apiKey,
  'api-secret': SAMPLE.apiSecret,
  'access-token': SAMPLE.accessToken,
  'access-secret': SAMPLE.accessSecret,
  'bearer-token': SAMPLE.bearerToken
}

export const IMAGE_COUNT = 4

export type ScenarioName = 'verify' | 'verifySerial' | 'post' | 'thread' | 'images'

interface Scenario {
  /** Extra inputs for run `i` (post texts differ per run: X refuses duplicates). */
  inputs(i: number): Record<string, string>
  files?: Record<string, Buffer>
  /** The simulator answers one request at a time. */
  serialize?: boolean
}

/** Posts are release announcements, so they carry a link: X counts it as 23 characters, and twitter-text must find it. */
const release = (i: number) => ({ version: `v1.${i}.0`, url: `https://github.com/octo-org/release-notes/releases/tag/v1.${i}.0` })

const IMAGES = Object.fromEntries(Array.from({ length: IMAGE_COUNT }, (_, i) => [`img/shot-${i + 1}.png`, png(32 + i, 24, i + 1)]))

const SCENARIOS: Record<ScenarioName, Scenario> = {
  verify: { inputs: () => ({}) },
  verifySerial: { inputs: () => ({}), serialize: true },
  post: { inputs: (i) => ({ tweet: `Release ${release(i).version} is out: ${release(i).url}` }) },
  thread: {
    inputs: (i) => ({
      tweet: `Release ${release(i).version} is out: ${release(i).url}\n---\nWhat changed in ${release(i).version}\n---\nThanks to everyone who helped!`
    })
  },
  images: {
    inputs: (i) => ({
      tweet: `Screenshots of ${release(i).version}: ${release(i).url}`,
      media: Object.keys(IMAGES).join('\n'),
      'media-alt-text': Object.keys(IMAGES)
        .map((_, n) => `Screenshot ${n + 1}`)
        .join('\n')
    }),
    files: IMAGES
  }
}

export interface ScenarioRun {
  wallMs: number
  requests: number
  byRoute: Partial<Record<RouteName | 'unknown', number>>
  /** Longest chain of requests each sent after the previous one was answered. */
  rounds: number
  /** TCP connections the simulator accepted during the run. */
  connections: number
  /** TLS handshakes that ended (0 over plain HTTP). */
  handshakes: number
}

/** Where the simulator stands: plain HTTP with a latency per request, or HTTPS charging the TCP and TLS handshakes as well. */
export interface Network {
  /** One round trip, ms. */
  rttMs: number
  /** HTTPS, with one round trip charged per TCP connect and one per TLS handshake, as the internet does. */
  tls: boolean
}

function simulatorOptions(network: Network): SimulatorOptions {
  const rtt = network.rttMs
  return network.tls ? { tls: true, latencyMs: rtt, connectLatencyMs: rtt, tlsHandshakeLatencyMs: rtt } : { latencyMs: rtt }
}

export interface LatencyResults<N extends ScenarioName = ScenarioName> {
  network: Network
  scenarios: Record<N, ScenarioRun[]>
  /** The action's offline cold start, timed in the same rounds so that load drift hits both alike. */
  coldStartMs: number[]
}

/** Distinct values seen, ascending: "3" when every run agreed, "3 / 4" when not. */
export const distinct = (values: number[]) => [...new Set(values)].sort((a, b) => a - b)

/**
 * The `names` scenarios `runs` times each against one simulator on
 * `network`, interleaved with `coldStart` (the action's offline run), which
 * gets the environment the scenarios add: over HTTPS, NODE_EXTRA_CA_CERTS,
 * whose file Node reads at start-up, before the action's first line.
 * Counter values keep post texts distinct across calls (X refuses duplicates).
 */
export async function runLatencyScenarios<N extends ScenarioName>(
  network: Network,
  names: readonly N[],
  runs: number,
  coldStart: (env: Record<string, string>) => Promise<number>
): Promise<LatencyResults<N>> {
  const sim = await XSimulator.start(simulatorOptions(network))
  seedDefault(sim)
  // Over HTTPS the action trusts the simulator's test CA as a runner trusts a proxy's: NODE_EXTRA_CA_CERTS.
  const env: Record<string, string> = sim.caFile ? { NODE_EXTRA_CA_CERTS: sim.caFile } : {}
  const runOne = (name: ScenarioName) => async (): Promise<ScenarioRun> => {
    const scenario = SCENARIOS[name]
    sim.reset()
    sim.setSerialize(!!scenario.serialize)
    const run = await runAction({
      inputs: { ...CREDENTIAL_INPUTS, 'api-base-url': sim.url, ...scenario.inputs(counter++) },
      env,
      files: scenario.files
    })
    if (run.exitCode !== 0) throw new Error(`The ${name} scenario failed (exit ${run.exitCode}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`)
    return {
      wallMs: run.durationMs,
      requests: sim.requests.length,
      byRoute: countRoutes(sim.requests),
      rounds: criticalPath(sim.requests),
      connections: sim.connections.length,
      handshakes: sim.connections.filter((c) => c.secureAt !== null).length
    }
  }
  try {
    // One unmeasured run loads the lazy chunks into the file cache.
    await runOne('images')()
    const variants: Record<string, () => Promise<ScenarioRun | number>> = { coldStart: () => coldStart(env) }
    for (const name of names) variants[name] = runOne(name)
    const { coldStart: coldStartMs, ...scenarios } = await interleaved(runs, variants)
    return { network, scenarios: scenarios as Record<N, ScenarioRun[]>, coldStartMs: coldStartMs as number[] }
  } finally {
    await sim.close()
  }
}

let counter = 0

function countRoutes(log: RequestLogEntry[]): ScenarioRun['byRoute'] {
  const counts: ScenarioRun['byRoute'] = {}
  for (const entry of log) counts[entry.route] = (counts[entry.route] ?? 0) + 1
  return counts
}

export function criticalPath(log: RequestLogEntry[]): number {
  const answered = log.filter((e) => e.endedAt !== null).sort((a, b) => a.startedAt - b.startedAt)
  const depth: number[] = []
  for (const [i, entry] of answered.entries()) {
    let before = 0
    for (let j = 0; j < i; j++) if (answered[j].endedAt! <= entry.startedAt) before = Math.max(before, depth[j])
    depth.push(before + 1)
  }
  return Math.max(0, ...depth)
}
