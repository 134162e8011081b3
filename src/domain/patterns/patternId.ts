// A pattern's id is a hash of what it is made of, so the same evidence always gets the same id
// (a review sticks to it across requests) and new evidence makes a new id (it comes back for review).

/** FNV-1a, 32 bits, with a chosen offset basis. */
function fnv1a(text: string, basis: number): number {
  let hash = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const hex8 = (n: number) => n.toString(16).padStart(8, "0");

/** 16 hex digits from two independent 32-bit hashes: collisions are negligible at desk scale. */
export function stableHash(parts: readonly string[]): string {
  const text = parts.join("\u241f");
  return hex8(fnv1a(text, 0x811c9dc5)) + hex8(fnv1a(text, 0x050c5d1f));
}

export const patternIdPattern = /^[0-9a-f]{16}$/;
