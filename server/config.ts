// The server's settings, read from the environment once and validated, so a typo fails at
// start-up with a clear message instead of misbehaving later. Nothing else reads process.env.
import { z } from "zod";
import { tileUrlProblem } from "../src/domain";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"], { error: "use 1 or 0" })
  .transform((v) => ["1", "true", "yes"].includes(v));

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default("127.0.0.1"),
  /** Embedded PGlite data directory, used unless DATABASE_URL is set. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** A PostgreSQL connection string; when set, PGlite is not used. */
  DATABASE_URL: z
    .string()
    .url("DATABASE_URL must be a postgres:// URL")
    .optional(),
  /** Demo mode seeds demo data and demo users into an empty database. */
  PORTSAFE_DEMO: flag.default(true),
  /** Where the built app lives; served as static files when present. */
  STATIC_DIR: z.string().default("./dist"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default("info"),
  /** Comma-separated keys the Crimestoppers feed may use on POST /api/intake/reports. */
  INTAKE_API_KEYS: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((k) => k.trim())
        .filter(Boolean),
    )
    .refine(
      (keys) => keys.every((k) => k.length >= 16),
      "each intake key must be at least 16 characters",
    ),
  /** Sign-in attempts allowed per client address per minute (per-account limits are separate). */
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** Minutes without activity before a session ends (the app warns before). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  /** Set when a TLS-terminating proxy sits in front, so X-Forwarded-Proto is believed. */
  TRUST_PROXY: flag.default(false),
  /**
   * An optional raster tile layer for the map, as a Leaflet URL template; its origin is added to
   * the CSP's img-src. Unset: the map uses only its bundled offline layers.
   */
  MAP_TILE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .superRefine((url, context) => {
      const problem = url === undefined ? null : tileUrlProblem(url);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  /** The tile provider's credit, shown on the map with the bundled layers' attributions. */
  MAP_TILE_ATTRIBUTION: z.string().trim().default(""),
});

export type Config = z.infer<typeof ConfigSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  ${i.path.join(".")}: ${i.message}`,
    );
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

/** Settings for tests and tools: defaults plus overrides, never the ambient environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...ConfigSchema.parse({}), LOG_LEVEL: "silent", ...overrides };
}
