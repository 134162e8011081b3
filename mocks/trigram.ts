// pg_trgm's similarity() in TypeScript, so the mock's duplicate suggestions rank as the server's
// do: lower-case, split into words of letters and digits, pad each word with two spaces in front
// and one behind, take the set of 3-grams, and divide the shared 3-grams by all distinct ones.

/** The distinct trigrams of a text, as pg_trgm's show_trgm() lists them (unordered). */
export function trigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    // Spread by code point, so a letter outside the BMP counts as one character as in PostgreSQL.
    const padded = [" ", " ", ...word, " "];
    for (let i = 0; i + 3 <= padded.length; i += 1) {
      grams.add(padded.slice(i, i + 3).join(""));
    }
  }
  return grams;
}

/**
 * |A ∩ B| / |A ∪ B|, rounded to a 4-byte float as pg_trgm computes it, so a pair that sits exactly
 * on the 0.3 threshold falls on the same side as in PostgreSQL.
 */
export function trigramSimilarity(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared += 1;
  return Math.fround(shared / (a.size + b.size - shared));
}

export function textSimilarity(a: string, b: string): number {
  return trigramSimilarity(trigrams(a), trigrams(b));
}
