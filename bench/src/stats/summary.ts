export interface Summary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Percentiles by linear interpolation between closest ranks; values in, values out (ms here). */
export function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    if (!sorted.length) return NaN;
    const rank = q * (sorted.length - 1);
    const low = Math.floor(rank);
    const high = Math.ceil(rank);
    return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
  };
  return {
    count: sorted.length,
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / (sorted.length || 1)),
    min: round(sorted[0] ?? NaN),
    max: round(sorted.at(-1) ?? NaN),
  };
}

export interface Histogram {
  /** Lower edge of each bin, in ms; the last bin also holds everything above `upper`. */
  edges: number[];
  binWidth: number;
  upper: number;
  counts: number[];
}

/** Bins shared by several series, so their histograms can be drawn on one axis. */
export function histogram(values: number[], upper: number, bins = 40): Histogram {
  const binWidth = upper / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const value of values) counts[Math.min(bins - 1, Math.max(0, Math.floor(value / binWidth)))]! += 1;
  return { edges: counts.map((_, index) => round(index * binWidth)), binWidth: round(binWidth), upper: round(upper), counts };
}

export const round = (value: number, digits = 3) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};
