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

/** Runs `task` for each round and each variant, variants interleaved within a round so drift hits all alike. */
export async function interleaved<K extends string, T>(rounds: number, variants: Record<K, () => Promise<T>>): Promise<Record<K, T[]>> {
  const names = Object.keys(variants) as K[]
  const results = Object.fromEntries(names.map((name) => [name, [] as T[]])) as Record<K, T[]>
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round: the first process after a pause tends to be slower.
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round) % names.length]
      results[name].push(await variants[name]())
    }
  }
  return results
}
