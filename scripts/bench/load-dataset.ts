import pg from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { addSearchWordsOfSql, bigramVectorOf, wordVectorOf } from "@/lib/search/search-sql";
import {
  FULL_SIZE,
  GENERATOR_VERSION,
  generateOrganizations,
  generateRequirements,
  type DatasetSize,
} from "./generate-rows";

export const SEED = 20261201;
const BATCH = 1_000;
const MARKER = "bench_dataset";

interface Marker {
  version: number;
  seed: number;
  size: DatasetSize;
}

/** Whether the database holds the rows of `wanted` (jsonb equality ignores key order). */
async function holdsDataset(client: pg.Client, wanted: Marker): Promise<boolean> {
  await client.query(`CREATE TABLE IF NOT EXISTS ${MARKER} (
    marker jsonb NOT NULL, generated_at timestamptz NOT NULL DEFAULT now(), seconds float8)`);
  const { rows } = await client.query(`SELECT 1 FROM ${MARKER} WHERE marker = $1::jsonb`, [
    JSON.stringify(wanted),
  ]);
  return rows.length > 0;
}

const COLUMNS: Record<string, string[]> = {
  Organization: [
    "id",
    "kind",
    "name",
    "nameEn",
    "region",
    "industries",
    "capabilities",
    "description",
    "verificationStatus",
    "verifiedAt",
    "searchText",
    "createdAt",
    "updatedAt",
  ],
  CaseStudy: [
    "id",
    "orgId",
    "title",
    "industry",
    "capabilities",
    "summary",
    "year",
    "clientName",
    "createdAt",
    "updatedAt",
  ],
  Requirement: [
    "id",
    "orgId",
    "title",
    "summary",
    "description",
    "background",
    "objectives",
    "deliverables",
    "dataAvailable",
    "qualifications",
    "industry",
    "capabilities",
    "budgetMinCny",
    "budgetMaxCny",
    "region",
    "deadline",
    "visibility",
    "status",
    "version",
    "domesticStackRequired",
    "publishedAt",
    "submittedAt",
    "searchText",
    "createdAt",
    "updatedAt",
  ],
};

/**
 * One multi-row INSERT: the rows travel as one JSON parameter, typed by the table's row type;
 * the search vectors are built from searchText by the same SQL the application writes them with.
 */
async function insertRows(client: pg.Client, table: string, rows: object[]): Promise<void> {
  const columns = COLUMNS[table]!.map((c) => `"${c}"`).join(", ");
  const vectors = table === "CaseStudy" ? null : Prisma.raw('v."searchText"');
  const query = Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(columns)}${Prisma.raw(vectors ? ', "searchVector", "searchBigrams"' : "")})
    SELECT ${Prisma.raw(COLUMNS[table]!.map((c) => `v."${c}"`).join(", "))}${vectors ? Prisma.sql`, ${wordVectorOf(vectors)}, ${bigramVectorOf(vectors)}` : Prisma.empty}
    FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(rows)}::json) AS v`;
  await client.query(query.text, query.values);
}

async function insertInBatches(client: pg.Client, table: string, rows: object[]) {
  for (let i = 0; i < rows.length; i += BATCH)
    await insertRows(client, table, rows.slice(i, i + BATCH));
}

export interface LoadResult {
  generated: boolean;
  seconds: number;
  size: DatasetSize;
}

/**
 * Fills the database with the generated marketplace unless it already holds this generator
 * version's rows for this seed and size (a marker table says so).
 */
export async function loadDataset(
  url: string,
  log: (line: string) => void,
  size: DatasetSize = FULL_SIZE,
): Promise<LoadResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two benchmarks started together would truncate each other's half-written rows: the second
    // waits here for the first and then finds its marker. The lock ends with the connection.
    await client.query(`SELECT pg_advisory_lock(hashtext('zhipei bench dataset'))`);
    const wanted: Marker = { version: GENERATOR_VERSION, seed: SEED, size };
    if (await holdsDataset(client, wanted)) {
      const { rows } = await client.query<{ seconds: number }>(`SELECT seconds FROM ${MARKER}`);
      return { generated: false, seconds: rows[0]?.seconds ?? 0, size };
    }
    const started = performance.now();
    await client.query(`TRUNCATE "Organization", "Requirement", "CaseStudy", ${MARKER} CASCADE`);
    log(`generating ${size.enterprises} enterprises, ${size.vendors} vendors (seed ${SEED})…`);
    const orgs = generateOrganizations(SEED, size);
    await insertInBatches(client, "Organization", [...orgs.enterprises, ...orgs.vendors]);
    await insertInBatches(client, "CaseStudy", orgs.caseStudies);
    log(
      `  ${orgs.caseStudies.length} case studies; ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
    let done = 0;
    for (const batch of generateRequirements(SEED, size, orgs.enterprises, BATCH)) {
      await insertRows(client, "Requirement", batch);
      done += batch.length;
      if (done % 20_000 === 0)
        log(`  ${done} requirements; ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    for (const table of ["Organization", "Requirement"] as const) {
      const words = addSearchWordsOfSql(table);
      await client.query(words.text, words.values);
    }
    log("  VACUUM ANALYZE…");
    await client.query(`VACUUM ANALYZE "Organization", "CaseStudy", "Requirement", "SearchWord"`);
    const seconds = (performance.now() - started) / 1000;
    await client.query(`INSERT INTO ${MARKER} (marker, seconds) VALUES ($1, $2)`, [
      wanted,
      seconds,
    ]);
    return { generated: true, seconds, size };
  } finally {
    await client.end();
  }
}
