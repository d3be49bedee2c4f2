// Timing helpers of the benches that race contenders on a shared machine: interleaved rounds in every order, and
// the spread of the times (min, quartiles, p90) or of per-round ratios.
export interface Stat {
  min: number;
  p25: number;
  median: number;
  p75: number;
  p90: number;
}

export function stat(samples: readonly number[]): Stat {
  const t = [...samples].sort((a, b) => a - b);
  const q = (p: number) => t[Math.min(t.length - 1, Math.floor(t.length * p))]!;
  return { min: t[0]!, p25: q(0.25), median: q(0.5), p75: q(0.75), p90: q(0.9) };
}

/** median and spread of `iterations` runs after `warmup` runs, in ms */
export async function measure(fn: () => Promise<unknown>, iterations: number, warmup = 5): Promise<Stat> {
  return (await interleaved({ fn }, iterations, warmup)).stats.fn;
}

/** Every order of `keys` (3 contenders: 6 orders). */
function permutations<K>(keys: readonly K[]): K[][] {
  if (keys.length <= 1) return [[...keys]];
  return keys.flatMap((k, i) => permutations([...keys.slice(0, i), ...keys.slice(i + 1)]).map((rest) => [k, ...rest]));
}

/**
 * Every contender runs once per round, the rounds cycling through every order of the contenders (each takes every
 * position, and follows every other, equally often), so load from other users of the shared machine, cold caches
 * after another's turn, and the collection of one contender's garbage during another's turn hit them alike;
 * `warmup` rounds are not counted. Per contender: the spread of its times; per round: its time, for ratios paired
 * within a round.
 */
export async function interleaved<K extends string>(
  fns: Record<K, () => Promise<unknown>>,
  rounds: number,
  warmup = 10,
): Promise<{ stats: Record<K, Stat>; times: Record<K, number[]> }> {
  const keys = Object.keys(fns) as K[];
  (globalThis as { gc?: () => void }).gc?.();
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  const orders = permutations(keys);
  for (let round = 0; round < warmup + rounds; round++) {
    const order = orders[round % orders.length]!;
    for (const k of order) {
      const s = process.hrtime.bigint();
      await fns[k]();
      if (round >= warmup) times[k].push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  return { stats: Object.fromEntries(keys.map((k) => [k, stat(times[k])])) as Record<K, Stat>, times };
}

/** a/b per round: its median and quartiles */
export function paired(a: readonly number[], b: readonly number[]): Stat {
  return stat(a.map((x, i) => x / b[i]!));
}
