// Resource pages load on first visit, so the sign-in page and the app shell stay small
// (DESIGN.md §6: initial JavaScript ≤ 350 kB gzip). react-admin's Layout supplies the Suspense.
import { lazy, type ComponentType } from "react";

export function lazyPage<
  M extends Record<K, ComponentType>,
  K extends keyof M & string,
>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
