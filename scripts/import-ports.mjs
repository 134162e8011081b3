// Regenerates src/domain/reference/ukPorts.json from the curated CSV in public/geo/
// (sources and licences in public/geo/SOURCES.md). Run: node scripts/import-ports.mjs
import { readFileSync, writeFileSync } from "node:fs";

/** Splits one CSV line, honouring double-quoted fields that contain commas or "" escapes. */
function parseCsvLine(line) {
  const fields = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

const [header, ...lines] = readFileSync("public/geo/uk-ports.csv", "utf8")
  .trim()
  .split("\n");
const columns = parseCsvLine(header);
const ports = lines.map((line) => {
  const row = Object.fromEntries(
    parseCsvLine(line).map((v, i) => [columns[i], v]),
  );
  return {
    id: row.port_id,
    name: row.name,
    nation: row.nation,
    crownDependency: row.crown_dependency === "yes",
    lat: Number(row.lat),
    lon: Number(row.lon),
    unlocode: row.unlocode,
    tier: Number(row.tier),
    role: row.role,
    territorialPoliceCode: row.territorial_police_code || null,
    territorialPoliceForce: row.territorial_police_force,
    portPoliceForce: row.port_police_force || null,
  };
});
writeFileSync(
  "src/domain/reference/ukPorts.json",
  JSON.stringify(ports, null, 1) + "\n",
);
console.log(`wrote ${ports.length} ports`);
