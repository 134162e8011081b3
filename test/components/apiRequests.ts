// Records the requests the app sends, as the API receives them, so a test can check exactly what
// was asked for (method, path, If-Match, body).
import { apiServer } from "./realApi";

export interface RecordedRequest {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

export function recordRequests(
  matches: (method: string, path: string) => boolean,
): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  apiServer.events.on("request:start", async ({ request }) => {
    const path = new URL(request.url).pathname;
    if (!matches(request.method, path)) return;
    const text = await request.clone().text();
    requests.push({
      method: request.method,
      path,
      ifMatch: request.headers.get("If-Match"),
      body: text ? JSON.parse(text) : null,
    });
  });
  return requests;
}

/** Every request that changes something (not GET, not the viewers heartbeat). */
export function recordCommands(): RecordedRequest[] {
  return recordRequests(
    (method, path) => method !== "GET" && !path.endsWith("/viewers"),
  );
}

/**
 * Puts text into a field as a paste: typing long text key by key re-renders the whole app per
 * character, which is slow in jsdom and not what these tests are about.
 */
export async function fillIn(
  user: {
    click: (element: Element) => Promise<void>;
    paste: (text: string) => Promise<void>;
  },
  field: HTMLElement,
  text: string,
): Promise<void> {
  await user.click(field);
  await user.paste(text);
}
