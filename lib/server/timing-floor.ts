// A floor under the answer time of an endpoint whose work differs with a secret (is this address
// known?): each answer waits until the recent p90 of all answers, so fast and slow paths answer alike.

export type TimingFloor = {
  /** Records how long this request's work took and says how many ms more it should wait. */
  waitFor(tookMs: number): number;
};

export function createTimingFloor({ window = 256, percentile = 0.9, maxMs = 300, minSamples = 16 } = {}): TimingFloor {
  const samples: number[] = [];
  let next = 0;
  return {
    waitFor(tookMs: number): number {
      if (!Number.isFinite(tookMs) || tookMs < 0) return 0;
      if (samples.length < window) samples.push(tookMs);
      else samples[next] = tookMs;
      next = (next + 1) % window;
      if (samples.length < minSamples) return 0;
      const sorted = [...samples].sort((a, b) => a - b);
      const floor = Math.min(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * percentile))]!, maxMs);
      return tookMs < floor ? floor - tookMs : 0;
    },
  };
}
