// Cross-port pattern detection (issue 5): the contract, the detector and its building blocks.
export * from "./pattern";
export * from "./facts";
export * from "./thresholds";
export { detectPatterns, type DetectPatternsInput } from "./detectPatterns";
export {
  extractEntities,
  entityKey,
  entityKind,
  type EntityKind,
} from "./entities";
export { patternIdPattern, stableHash } from "./patternId";
export { logPoissonTail, poissonSurprise } from "./poisson";
export { distanceKm } from "./geo";
