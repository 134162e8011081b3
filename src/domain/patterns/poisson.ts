// Poisson tail probabilities in log space: the detectors ask "how surprising is k reports when
// e were expected?", and the answers of interest are far smaller than a double can hold as 1 - CDF.

/** ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to ~15 digits, enough for any report count. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028,
    771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5)
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = c[0]!;
  for (let i = 1; i < 9; i++) sum += c[i]! / (z + i);
  const t = z + 7.5;
  return (
    0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum)
  );
}

function logPmf(k: number, mean: number): number {
  return -mean + k * Math.log(mean) - logGamma(k + 1);
}

/** ln P(X ≥ k) for X ~ Poisson(mean). */
export function logPoissonTail(k: number, mean: number): number {
  if (k <= 0) return 0;
  if (mean <= 0) return -Infinity;
  if (k > mean) {
    // Terms fall from the first one on, so summing upward from k converges quickly.
    const first = logPmf(k, mean);
    let sum = 1;
    let term = 1;
    for (let i = k + 1; i < k + 10_000; i++) {
      term *= mean / i;
      sum += term;
      if (term < sum * 1e-15) break;
    }
    return first + Math.log(sum);
  }
  // At or below the mean the tail is large (≥ ~0.4): sum the head by the recurrence instead.
  let term = Math.exp(-mean);
  let below = term;
  for (let i = 1; i < k; i++) {
    term *= mean / i;
    below += term;
  }
  return Math.log(Math.max(1 - below, Number.MIN_VALUE));
}

/**
 * True when P(X ≥ k) ≤ maxProbability. Counts at or below the mean never are (the tail is then
 * at least about 0.4), which spares the busy ports the exact sum.
 */
export function isSurprising(
  k: number,
  mean: number,
  maxProbability: number,
): boolean {
  return k > mean && logPoissonTail(k, mean) <= Math.log(maxProbability);
}

/** −log10 P(X ≥ k): the "surprise" every pattern's score is expressed in. */
export function poissonSurprise(k: number, mean: number): number {
  return -logPoissonTail(k, mean) / Math.LN10;
}
