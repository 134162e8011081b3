// Duplicate suggestions as server/routes/reportLinksRepository.ts finds them: the same port within
// 7 days, or a summary at least 0.3 similar by pg_trgm's measure; most similar first, then
// nearest in time; at most 10, each with why it was suggested.
import type { Report, SimilarReport } from "../../src/domain";
import type { MockDb } from "../mockDb";
import { trigramSimilarity, trigrams } from "../trigram";

const samePortWindowDays = 7;
/** pg_trgm's default similarity_threshold, the line its `%` operator draws. */
const wordingThreshold = 0.3;
const msPerDay = 86_400_000;

/** Summaries rarely change, so their trigrams are worked out once per text. */
const trigramCache = new Map<string, Set<string>>();

function trigramsOf(text: string): Set<string> {
  let grams = trigramCache.get(text);
  if (!grams) {
    grams = trigrams(text);
    trigramCache.set(text, grams);
  }
  return grams;
}

interface Candidate {
  report: Report;
  similarity: number;
  distanceMs: number;
}

export function findSimilarReports(
  db: MockDb,
  report: Report,
  limit = 10,
): SimilarReport[] {
  const receivedMs = Date.parse(report.receivedAt);
  const windowMs = samePortWindowDays * msPerDay;
  const own = trigramsOf(report.summary);
  const candidates: Candidate[] = [];
  for (const other of db.reports) {
    if (other.id === report.id) continue;
    const similarity = trigramSimilarity(own, trigramsOf(other.summary));
    const distanceMs = Math.abs(Date.parse(other.receivedAt) - receivedMs);
    const samePortNearby =
      other.portId === report.portId && distanceMs <= windowMs;
    if (similarity >= wordingThreshold || samePortNearby) {
      candidates.push({ report: other, similarity, distanceMs });
    }
  }
  // PostgreSQL leaves full ties in no particular order; the id makes the mock's stable.
  candidates.sort(
    (a, b) =>
      b.similarity - a.similarity ||
      a.distanceMs - b.distanceMs ||
      (a.report.id < b.report.id ? -1 : 1),
  );
  return candidates
    .slice(0, limit)
    .map((candidate) => toSimilarReport(db, report, candidate));
}

function toSimilarReport(
  db: MockDb,
  report: Report,
  { report: other, similarity, distanceMs }: Candidate,
): SimilarReport {
  const days = distanceMs / msPerDay;
  const reasons: string[] = [];
  if (other.portId === report.portId && days <= samePortWindowDays) {
    reasons.push(
      `same port, ${days < 1 ? "same day" : Math.round(days) === 1 ? "1 day apart" : `${Math.round(days)} days apart`}`,
    );
  }
  if (similarity >= wordingThreshold) {
    reasons.push(`similar wording (${Math.round(similarity * 100)}%)`);
  }
  return {
    id: other.id,
    reference: other.reference,
    receivedAt: other.receivedAt,
    portId: other.portId,
    category: other.category,
    status: other.status,
    summary: other.summary,
    similarity: Math.round(similarity * 1000) / 1000,
    reasons,
    linkKind: linkBetween(db, report.id, other.id)?.kind ?? null,
  };
}

/** The link between two reports, whichever way round it was made. */
export function linkBetween(db: MockDb, a: string, b: string) {
  return db.links.find(
    (link) =>
      (link.reportId === a && link.linkedReportId === b) ||
      (link.reportId === b && link.linkedReportId === a),
  );
}
