/** Small numeric helpers for the benchmark: every timing is reduced to a median. */

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of nothing')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits))

export const MiB = 1024 * 1024

export function formatBytes(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(2)} MiB`
  return `${(bytes / 1024).toFixed(1)} KiB`
}

type Samples<V extends Record<string, () => Promise<unknown>>> = { [K in keyof V]: Awaited<ReturnType<V[K]>>[] }

/** Runs every variant once per round, `rounds` times, interleaved so that drift in the machine's load hits all alike. */
export async function interleaved<V extends Record<string, () => Promise<unknown>>>(rounds: number, variants: V): Promise<Samples<V>> {
  const names = Object.keys(variants) as (keyof V & string)[]
  const results: Record<string, unknown[]> = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round: the first process after a pause tends to be slower.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]
      results[name].push(await variants[name]())
    }
  }
  return results as Samples<V>
}

/**
 * The median of `combine` over runs taken in the same round. Neighbours in
 * time share the machine's load, so a paired ratio or difference is steadier
 * than one of two medians.
 */
export function pairedMedian(a: number[], b: number[], combine: (a: number, b: number) => number): number {
  if (a.length !== b.length) throw new Error('paired samples differ in length')
  return median(a.map((value, i) => combine(value, b[i])))
}
