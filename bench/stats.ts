// Small helpers for benchmarks: time a loop, report p50/p95/max in milliseconds, print JSON.
import { performance } from 'node:perf_hooks';

export type Figures = { readonly name: string; readonly n: number; readonly p50Ms: number; readonly p95Ms: number; readonly maxMs: number; readonly opsPerSec: number };

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export async function measure(name: string, n: number, op: (i: number) => Promise<unknown>, warmup = Math.min(20, n)): Promise<Figures> {
  for (let i = 0; i < warmup; i++) await op(i);
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await op(i);
    samples.push(performance.now() - t);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  return { name, n, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), maxMs: round(samples[samples.length - 1] ?? 0), opsPerSec: Math.round((n / total) * 1000) };
}

export function report(bench: string, figures: readonly Figures[], extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ bench, node: process.version, ...extra, figures }));
}
