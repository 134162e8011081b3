// The measured requests: the desk's queue, search, claim, update, and the analysts' aggregates.
import { sql } from "drizzle-orm";
import { buildApp } from "../../server/app";
import type { Config } from "../../server/config";
import type { DatabaseHandle } from "../../server/db/connect";
import { queryRows } from "../../server/db/rawQuery";
import { measure, type Timing } from "./measure";

const iterations = 200;

export async function measureScenarios(
  handle: DatabaseHandle,
  config: Config,
  budgets: { queueMs: number; aggregateMs: number },
): Promise<Timing[]> {
  const app = await buildApp({
    config,
    db: handle.db,
    databaseKind: handle.kind,
    listen: handle.listen,
  });
  await app.ready();
  try {
    const login = await app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username: "desk", password: "portsafe-demo" },
    });
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const get = async (url: string) => {
      const response = await app.inject({
        method: "GET",
        url,
        headers: { cookie },
      });
      if (response.statusCode !== 200)
        throw new Error(
          `${url} answered ${response.statusCode}: ${response.body.slice(0, 200)}`,
        );
      return response;
    };
    const words = [
      "vessel",
      "trailer",
      "cocaine",
      "gate",
      "drone",
      "seal",
      "crew",
      "cash",
    ];
    const [window] = await queryRows<{ from: Date; to: Date }>(
      handle.db,
      sql`select min(received_at) as "from", max(received_at) as "to" from reports`,
    );
    const from = new Date(
      window!.to.getTime() - 365 * 86_400_000,
    ).toISOString();
    const to = new Date(window!.to.getTime() + 1000).toISOString();
    const candidates = await queryRows<{ id: string }>(
      handle.db,
      sql`select id from reports where status = 'triage' limit ${iterations + 10}`,
    );

    const timings: Timing[] = [];
    timings.push(
      await measure(
        "queue page: all open, newest first",
        iterations,
        () =>
          get("/api/reports?view=open&sort=receivedAt&order=desc&perPage=25"),
        budgets.queueMs,
      ),
    );
    timings.push(
      await measure(
        "queue page: unassessed, page 3, filtered by category",
        iterations,
        () => get("/api/reports?view=unassessed&category=drugs&page=3"),
        budgets.queueMs,
      ),
    );
    timings.push(
      await measure("queue counts (menu)", iterations, () =>
        get("/api/reports/queues"),
      ),
    );
    timings.push(
      await measure("text search (trigram index)", iterations, (i) =>
        get(`/api/reports?q=${words[i % words.length]}`),
      ),
    );
    timings.push(
      await measure("claim next", iterations, async () => {
        const response = await app.inject({
          method: "POST",
          url: "/api/reports/claim",
          headers: { cookie },
        });
        if (response.statusCode !== 200 && response.statusCode !== 204)
          throw new Error(`claim answered ${response.statusCode}`);
      }),
    );
    timings.push(
      await measure(
        "report update (PATCH with If-Match)",
        iterations,
        async (i) => {
          const id = candidates[i % candidates.length]!.id;
          const current = (await get(`/api/reports/${id}`)).json() as {
            version: number;
          };
          const response = await app.inject({
            method: "PATCH",
            url: `/api/reports/${id}`,
            headers: { cookie, "if-match": `"${current.version}"` },
            payload: { risk: i % 2 ? "high" : "medium" },
          });
          if (response.statusCode !== 200)
            throw new Error(`update answered ${response.statusCode}`);
        },
      ),
    );
    timings.push(
      await measure(
        "map aggregate: per-port counts, 12 months",
        iterations,
        () => get(`/api/stats/ports?from=${from}&to=${to}`),
        budgets.aggregateMs,
      ),
    );
    timings.push(
      await measure(
        "trend aggregate: weekly by category, 12 months",
        iterations,
        () =>
          get(
            `/api/stats/timeseries?interval=week&groupBy=category&from=${from}&to=${to}`,
          ),
        budgets.aggregateMs,
      ),
    );
    return timings;
  } finally {
    await app.close();
  }
}
