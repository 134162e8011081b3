-- Trigram matching backs the text search over reports (an index-backed ILIKE, not a scan).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
