// The same searches written by hand in SQL, independently of lib/search: one query per page
// (the card's columns joined in), the keyset written out per order. Only the parsing of the
// input (URL parameters, jieba) is shared: it decides what is searched for, not how.
import type pg from "pg";
import { searchRequirementsSchema } from "@/lib/domain/requirements/search/search-requirements.schema";
import { searchVendorsSchema } from "@/lib/domain/organizations/search/search-vendors.schema";
import { parseSearchQuery } from "@/lib/search/search-query";
import {
  projectNumberSearched,
  requirementSearchQuery,
} from "@/lib/domain/requirements/search/project-number-search";

export type Keyset = unknown[] | null;
export interface HandPage {
  ids: string[];
  /** The last row's sort values, for the next page; null on the last page. */
  next: Keyset;
}

class Params {
  values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const RANK = (alias: string, p: Params, rankQuery: string) =>
  `(ts_rank('{0.4,0.2,0.6,1.0}'::float4[], ${alias}."searchVector", to_tsquery('simple', ${p.add(rankQuery)}))::float8 + 0.0001)`;

function textConditions(alias: string, q: string | undefined, p: Params): string[] {
  const projectNumber = alias === "r" ? projectNumberSearched(q) : null;
  if (projectNumber) return [`r."projectNumber" = ${p.add(projectNumber)}`];
  const query = parseSearchQuery(q);
  return [
    ...(query.wordQuery
      ? [`${alias}."searchVector" @@ to_tsquery('simple', ${p.add(query.wordQuery)})`]
      : []),
    ...(query.bigramQuery
      ? [`${alias}."searchBigrams" @@ to_tsquery('simple', ${p.add(query.bigramQuery)})`]
      : []),
  ];
}

const shanghaiDay = (p: Params, day: string, plusDays = 0) =>
  `((${p.add(day)}::date + ${plusDays})::timestamp AT TIME ZONE 'Asia/Shanghai')`;

/** Each order: its key expression(s) and the keyset condition after a row's values. */
interface Order {
  select: string[];
  orderBy: string;
  after(values: unknown[], p: Params): string;
}

/** The relevance order's two group keys (in the title; in the title and tags), or none. */
type Groups = [string, string] | null;

/**
 * Relevance: rows with the whole search in their title (weight A) first, then rows with it in
 * their title and tags (weights A and D), then by score.
 */
function relevanceOrder(groups: Groups, score: string, alias: string): Order {
  if (!groups) {
    return {
      select: [score, `${alias}.id`],
      orderBy: "k0 DESC, id DESC",
      after: ([k0, id], p) => `(k0, id) < (${p.add(k0)}::float8, ${p.add(id)})`,
    };
  }
  return {
    select: [...groups, score, `${alias}.id`],
    orderBy: "k0 DESC, k1 DESC, k2 DESC, id DESC",
    after: ([inTitle, inTags, k2, id], p) =>
      `(k0, k1, k2, id) < (${p.add(inTitle)}::bool, ${p.add(inTags)}::bool, ${p.add(k2)}::float8, ${p.add(id)})`,
  };
}

function requirementOrder(sort: string, rank: () => string, groups: () => Groups): Order {
  switch (sort) {
    case "relevance":
      return relevanceOrder(
        groups(),
        `${rank()} * power(2::float8, (date_part('epoch', coalesce(r."publishedAt", r."createdAt")) - 1767225600) / 15552000)`,
        "r",
      );
    case "deadline":
      return {
        select: ['r."deadline"', "r.id"],
        orderBy: "k0 ASC NULLS LAST, id ASC",
        after: ([deadline, id], p) =>
          deadline === null
            ? `(k0 IS NULL AND id > ${p.add(id)})`
            : `(k0 > ${p.add(deadline)}::timestamptz OR (k0 = ${p.add(deadline)}::timestamptz AND id > ${p.add(id)}) OR k0 IS NULL)`,
      };
    case "budget":
      return {
        select: ['coalesce(r."budgetMaxCny", r."budgetMinCny")', "r.id"],
        orderBy: "k0 DESC NULLS LAST, id DESC",
        after: ([budget, id], p) =>
          budget === null
            ? `(k0 IS NULL AND id < ${p.add(id)})`
            : `(k0 < ${p.add(budget)}::int OR (k0 = ${p.add(budget)}::int AND id < ${p.add(id)}) OR k0 IS NULL)`,
      };
    default:
      // Listed requirements all have publishedAt.
      return {
        select: ['r."publishedAt"', "r.id"],
        orderBy: "k0 DESC, id DESC",
        after: ([publishedAt, id], p) =>
          `(k0, id) < (${p.add(publishedAt)}::timestamptz, ${p.add(id)})`,
      };
  }
}

/** Each key as k0, k1, …, the last (the id) as id. */
const keyColumns = (order: Order) =>
  order.select.map((sql, i) => `${sql} AS ${i === order.select.length - 1 ? "id" : `k${i}`}`);

/** A row's key values as the next page's keyset. */
const keysetOf = (order: Order, row: Record<string, unknown>) => [
  ...order.select.slice(0, -1).map((_, i) => {
    const value = row[`k${i}`];
    return value instanceof Date ? value.toISOString() : value;
  }),
  row.id,
];

const GROUPS = (alias: string, p: Params, q: ReturnType<typeof parseSearchQuery>): Groups =>
  q.titleQuery && q.titleOrTagQuery
    ? [
        `(${alias}."searchVector" @@ to_tsquery('simple', ${p.add(q.titleQuery)}))`,
        `(${alias}."searchVector" @@ to_tsquery('simple', ${p.add(q.titleOrTagQuery)}))`,
      ]
    : null;

const LISTED = `('PUBLISHED','EVALUATING','AWARDED','CONTRACTED','COMPLETED','UNSUCCESSFUL')`;
const STATE_SQL: Record<string, (now: () => string) => string> = {
  open: (now) => `r.status = 'PUBLISHED' AND (r.deadline IS NULL OR r.deadline > ${now()})`,
  evaluating: (now) =>
    `(r.status = 'EVALUATING' OR (r.status = 'PUBLISHED' AND r.deadline <= ${now()}))`,
  awarded: () => `r.status IN ('AWARDED','CONTRACTED','COMPLETED')`,
  all: () => `r.status IN ${LISTED}`,
};

export async function handSearchRequirements(
  pool: pg.Pool,
  viewerOrgId: string | null,
  input: Record<string, string>,
  after: Keyset,
): Promise<HandPage> {
  const s = searchRequirementsSchema.parse(input);
  const query = requirementSearchQuery(s.q);
  // The application's defined order, not a choice of plan: relevance is newest first for a
  // search with no words or only one-character words (`broad`, decision 44).
  const sort =
    s.sort === "relevance" && (query.terms.length === 0 || query.broad) ? "newest" : s.sort;
  const p = new Params();
  // The database's clock, as the application's search decides with it.
  const where = [STATE_SQL[s.state]!(() => "now()"), ...textConditions("r", s.q, p)];
  where.push(
    viewerOrgId
      ? `(r.visibility = 'PUBLIC' OR r."orgId" = ${p.add(viewerOrgId)} OR EXISTS (SELECT 1 FROM "BidInvitation" b WHERE b."requirementId" = r.id AND b."vendorOrgId" = ${p.add(viewerOrgId)}))`
      : `r.visibility = 'PUBLIC'`,
  );
  if (s.industry.length) where.push(`r.industry = ANY(${p.add(s.industry)}::text[])`);
  if (s.capability.length) where.push(`r.capabilities && ${p.add(s.capability)}::text[]`);
  if (s.region.length) where.push(`r.region = ANY(${p.add(s.region)}::text[])`);
  if (s.budgetMin !== undefined || s.budgetMax !== undefined) {
    where.push(`(r."budgetMinCny" IS NOT NULL OR r."budgetMaxCny" IS NOT NULL)`);
    if (s.budgetMin !== undefined)
      where.push(`(r."budgetMaxCny" IS NULL OR r."budgetMaxCny" >= ${p.add(s.budgetMin)})`);
    if (s.budgetMax !== undefined)
      where.push(`(r."budgetMinCny" IS NULL OR r."budgetMinCny" <= ${p.add(s.budgetMax)})`);
  }
  if (s.deadlineFrom) where.push(`r.deadline >= ${shanghaiDay(p, s.deadlineFrom)}`);
  if (s.deadlineTo) where.push(`r.deadline < ${shanghaiDay(p, s.deadlineTo, 1)}`);
  if (s.verified) where.push(`r."orgVerified"`);
  const order = requirementOrder(
    sort,
    () => (query.rankQuery ? RANK("r", p, query.rankQuery) : "0.0001::float8"),
    () => GROUPS("r", p, query),
  );
  // The page's keys first; the card's columns (and the organization) for its rows only.
  const sql = `
    SELECT page.*, r.title, r.summary, r.industry, r.capabilities,
           r."budgetMinCny", r."budgetMaxCny", r.region, r.deadline, r.status, r.visibility,
           r."publishedAt", o.id AS "orgId", o.name AS "orgName", o."nameEn" AS "orgNameEn",
           o."verificationStatus" AS "orgVerification"
    FROM (
      SELECT * FROM (
        SELECT ${keyColumns(order).join(", ")} FROM "Requirement" r WHERE ${where.join(" AND ")}
      ) AS keyed
      ${after ? `WHERE ${order.after(after, p)}` : ""}
      ORDER BY ${order.orderBy}
      LIMIT ${s.limit + 1}
    ) AS page
    JOIN "Requirement" r ON r.id = page.id JOIN "Organization" o ON o.id = r."orgId"
    ORDER BY ${order.orderBy.replace(/\b(k\d|id)\b/g, "page.$1")}`;
  const { rows } = await pool.query<Record<string, unknown> & { id: string }>(sql, p.values);
  const page = rows.slice(0, s.limit);
  const last = page[page.length - 1];
  return {
    ids: page.map((row) => row.id),
    next: rows.length > s.limit && last ? keysetOf(order, last) : null,
  };
}

function vendorOrder(sort: string, rank: () => string, groups: () => Groups): Order {
  switch (sort) {
    case "relevance":
      return relevanceOrder(groups(), rank(), "o");
    case "name":
      return {
        select: ["o.name", "o.id"],
        orderBy: "k0 ASC, id ASC",
        after: ([name, id], p) => `(k0, id) > (${p.add(name)}::text, ${p.add(id)})`,
      };
    default:
      return {
        select: [`(o."verificationStatus" = 'VERIFIED')`, "o.name", "o.id"],
        orderBy: "k0 DESC, k1 ASC, id ASC",
        after: ([verified, name, id], p) =>
          `(k0 < ${p.add(verified)}::bool OR (k0 = ${p.add(verified)}::bool AND (k1, id) > (${p.add(name)}::text, ${p.add(id)})))`,
      };
  }
}

export async function handSearchVendors(
  pool: pg.Pool,
  input: Record<string, string>,
  after: Keyset,
): Promise<HandPage> {
  const s = searchVendorsSchema.parse(input);
  const query = parseSearchQuery(s.q);
  const sort =
    s.sort === "relevance" && (query.terms.length === 0 || query.broad) ? "verified" : s.sort;
  const p = new Params();
  const where = [`o.kind = 'VENDOR'`, ...textConditions("o", s.q, p)];
  if (s.capability.length) where.push(`o.capabilities && ${p.add(s.capability)}::text[]`);
  if (s.industry.length) where.push(`o.industries && ${p.add(s.industry)}::text[]`);
  if (s.region.length) where.push(`o.region = ANY(${p.add(s.region)}::text[])`);
  if (s.verified) where.push(`o."verificationStatus" = 'VERIFIED'`);
  const order = vendorOrder(
    sort,
    () => (query.rankQuery ? RANK("o", p, query.rankQuery) : "0.0001::float8"),
    () => GROUPS("o", p, query),
  );
  const keys = keyColumns(order);
  const pageSql = `
    SELECT page.*, (SELECT count(*) FROM "CaseStudy" c WHERE c."orgId" = page.id) AS "caseStudies"
    FROM (
      SELECT ${keys.join(", ")}, o.name AS "cardName", o."nameEn", o.region, o.description,
             o.capabilities, o.industries, o."logoFileId", o."verificationStatus"
      FROM "Organization" o WHERE ${where.join(" AND ")}
    ) AS page
    ${after ? `WHERE ${order.after(after, p)}` : ""}
    ORDER BY ${order.orderBy}
    LIMIT ${s.limit + 1}`;
  const pageRows = await pool.query<Record<string, unknown> & { id: string }>(pageSql, p.values);
  const page = pageRows.rows.slice(0, s.limit);
  if (query.terms.length && page.length) {
    await pool.query(
      `SELECT id, "orgId", title, summary FROM "CaseStudy" WHERE "orgId" = ANY($1::text[]) ORDER BY year DESC, id ASC`,
      [page.map((row) => row.id)],
    );
  }
  const last = page[page.length - 1];
  return {
    ids: page.map((row) => row.id),
    next: pageRows.rows.length > s.limit && last ? keysetOf(order, last) : null,
  };
}
