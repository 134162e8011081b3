// Timing helpers for the benchmark: percentiles over repeated calls, measured in-process
// (server time, as DESIGN.md §6 budgets it) through fastify.inject.
import { performance } from "node:perf_hooks";

export interface Timing {
  name: string;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  budgetMs?: number;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.ceil((p / 100) * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)]!;
}

export const defaultWarmup = 5;

/**
 * Runs `call` `warmup` times unmeasured, then `n` times measured, one after another; `call` gets
 * the run's number (0 to warmup + n - 1), so each run can use its own input.
 */
export async function measure(
  name: string,
  n: number,
  call: (i: number) => Promise<unknown>,
  budgetMs?: number,
  warmup = defaultWarmup,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await call(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await call(i + warmup);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    name,
    n,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    budgetMs,
  };
}

export function verdict(t: Timing): string {
  if (t.budgetMs === undefined) return "none in DESIGN.md §6";
  return t.p95 <= t.budgetMs
    ? `within ${t.budgetMs} ms`
    : `OVER ${t.budgetMs} ms`;
}

export function markdownTable(rows: Timing[]): string {
  const lines = [
    "| measurement | n | p50 ms | p95 ms | p99 ms | budget (p95) |",
    "| --- | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const t of rows) {
    lines.push(
      `| ${t.name} | ${t.n} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} | ${t.p99.toFixed(1)} | ${verdict(t)} |`,
    );
  }
  return lines.join("\n");
}
