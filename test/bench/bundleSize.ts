// The app's initial JavaScript: the entry script and every chunk index.html preloads, gzipped.
// `npm run check:bundle` (after `npm run build`) fails when it passes the DESIGN.md §6 budget.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export const budgetKb = 350;

export function initialJavaScript(distDir = "dist"): {
  files: { file: string; gzipKb: number }[];
  totalKb: number;
} {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const pattern =
    /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/([^"]+\.js)"/g;
  const files = [...html.matchAll(pattern)].map((m) => m[1]!);
  const sizes = files.map((file) => ({
    file,
    gzipKb: gzipSync(readFileSync(join(distDir, file))).length / 1000,
  }));
  return { files: sizes, totalKb: sizes.reduce((sum, f) => sum + f.gzipKb, 0) };
}

if (process.argv[1]?.endsWith("bundleSize.ts")) {
  const { files, totalKb } = initialJavaScript();
  for (const f of files)
    console.log(`  ${f.file}: ${f.gzipKb.toFixed(1)} kB gzip`);
  console.log(
    `initial JavaScript: ${totalKb.toFixed(1)} kB gzip (budget ${budgetKb} kB)`,
  );
  if (files.length === 0) {
    console.error(
      "no scripts found in dist/index.html: run npm run build first",
    );
    process.exit(1);
  }
  if (totalKb > budgetKb) {
    console.error(
      `over budget by ${(totalKb - budgetKb).toFixed(1)} kB: lazy-load more of the app`,
    );
    process.exit(1);
  }
}
