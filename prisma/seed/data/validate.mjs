#!/usr/bin/env node
// Validates the demo data set: marketplace.json (the CLI import format, docs in
// shared/spec/cli-and-import.md) and demo-activity.json (demo-only users and workflow activity).
// Plain Node ESM, no dependencies. Usage: node prisma/seed/data/validate.mjs
// Exits 1 and lists every problem when a rule is broken; prints the counts when all pass.
// Field limits (lengths, ranges, how many tags and criteria) are not repeated here: they are the
// editor's, which the import applies (lib/domain/marketplace-import/import-file.schema.ts), and
// tests/integration/marketplace-import.test.ts imports marketplace.json with them. This script
// checks what the demo data set itself must look like.

import { readFileSync } from "node:fs";

const here = (p) => new URL(p, import.meta.url);
const readJson = (url) => JSON.parse(readFileSync(url, "utf8"));

const taxonomy = readJson(here("../../../lib/taxonomy/taxonomy.json"));
const market = readJson(here("./marketplace.json"));
const activity = readJson(here("./demo-activity.json"));

const CAPABILITIES = new Set(taxonomy.capabilities.map((t) => t.slug));
const INDUSTRIES = new Set(taxonomy.industries.map((t) => t.slug));
const REGIONS = new Set(taxonomy.regions);

// "Today" for the demo (DEMO_DATA_AS_OF in ../demo-dates.ts: the seed moves every date by the
// days since), and the deadline windows each requirement state must respect.
const TODAY = Date.parse("2026-12-01T00:00:00Z");
const PUBLISHED_FROM = Date.parse("2027-01-10T00:00:00Z");
const PUBLISHED_TO = Date.parse("2027-07-01T00:00:00Z"); // exclusive: up to 2027-06-30
const PAST_FROM = Date.parse("2026-06-01T00:00:00Z");
const PAST_TO = Date.parse("2026-11-21T00:00:00Z"); // exclusive: up to 2026-11-20

const REQUIREMENT_STATES = [
  "DRAFT",
  "PENDING_REVIEW",
  "PUBLISHED",
  "EVALUATING",
  "AWARDED",
  "CONTRACTED",
  "COMPLETED",
  "REJECTED",
  "REMOVED",
  "UNSUCCESSFUL",
  "CANCELLED",
];
const PROPOSAL_STATES = [
  "DRAFT",
  "SUBMITTED",
  "WITHDRAWN",
  "SHORTLISTED",
  "NOT_SELECTED",
  "AWARDED",
  "NOT_AWARDED",
];
const PAST_DEADLINE = new Set(["EVALUATING", "AWARDED", "CONTRACTED", "COMPLETED", "UNSUCCESSFUL"]);
const FUTURE_DEADLINE = new Set(["DRAFT", "PENDING_REVIEW", "REJECTED"]);
const DECIDED = new Set(["AWARDED", "CONTRACTED", "COMPLETED"]);
const SCORED = new Set(["EVALUATING", "AWARDED", "CONTRACTED", "COMPLETED"]);
// Proposal states allowed under each requirement state (undefined: no proposals at all).
const PROPOSALS_ALLOWED = {
  PUBLISHED: ["DRAFT", "SUBMITTED", "WITHDRAWN"],
  EVALUATING: ["SUBMITTED", "SHORTLISTED", "NOT_SELECTED"],
  AWARDED: ["AWARDED", "NOT_AWARDED"],
  CONTRACTED: ["AWARDED", "NOT_AWARDED"],
  COMPLETED: ["AWARDED", "NOT_AWARDED"],
  UNSUCCESSFUL: ["NOT_SELECTED", "NOT_AWARDED"],
  REMOVED: ["DRAFT", "SUBMITTED", "WITHDRAWN"],
  CANCELLED: ["DRAFT", "SUBMITTED", "WITHDRAWN", "NOT_SELECTED"],
};

const ORG_FIELDS = new Set([
  "key",
  "kind",
  "name",
  "nameEn",
  "creditCode",
  "region",
  "industries",
  "description",
  "verified",
  "capabilities",
  "cases",
  "certifications",
  "domesticStack",
]);
const VENDOR_ONLY_FIELDS = ["capabilities", "cases", "certifications", "domesticStack"];
const CASE_FIELDS = new Set(["title", "industry", "capabilities", "summary", "year"]);
const REQUIRED_REQUIREMENT_FIELDS = [
  "key",
  "org",
  "title",
  "summary",
  "description",
  "industry",
  "capabilities",
  "budgetMinCny",
  "budgetMaxCny",
  "region",
  "deadline",
  "visibility",
  "status",
  "criteria",
];
const OPTIONAL_REQUIREMENT_FIELDS = [
  "questionDeadline",
  "deploymentMode",
  "domesticStackRequired",
  "durationMonths",
  "qualifications",
  "contactName",
];
// Written by the CSG listing only: it shows every field of the requirement page.
const CSG_ONLY_FIELDS = [
  "background",
  "objectives",
  "deliverables",
  "dataAvailable",
  "expectedStartAt",
  "contactPhone",
  "contactEmail",
];
// The requirement's history: created, then submitted, then published (each when it happened).
const HISTORY_FIELDS = ["createdAt", "submittedAt", "publishedAt"];
const SUBMITTED = new Set(REQUIREMENT_STATES.filter((s) => s !== "DRAFT"));
const PUBLISHED_ONCE = new Set([...PAST_DEADLINE, "PUBLISHED", "REMOVED"]);
const REQUIREMENT_FIELDS = new Set([
  ...REQUIRED_REQUIREMENT_FIELDS,
  ...OPTIONAL_REQUIREMENT_FIELDS,
  ...CSG_ONLY_FIELDS,
  ...HISTORY_FIELDS,
]);
const DEPLOYMENT_MODES = new Set(["ON_PREMISES", "PRIVATE_CLOUD", "PUBLIC_CLOUD", "HYBRID"]);

const KEY_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const EMAIL_RE = /^[a-z0-9]+([.-][a-z0-9]+)*@zhipei\.demo$/;
const ISO_UTC_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const HAN_RE = /[\u4e00-\u9fff]/;

const errors = [];
const fail = (where, message) => errors.push(`${where}: ${message}`);
const check = (ok, where, message) => {
  if (!ok) fail(where, message);
  return ok;
};

const isHan = (s) => typeof s === "string" && HAN_RE.test(s);
const isInt = (n) => Number.isInteger(n);
const sentences = (s) => (s.match(/[。！？]/g) ?? []).length;
const isoTime = (s) => (typeof s === "string" && ISO_UTC_RE.test(s) ? Date.parse(s) : NaN);

// Created < submitted < published < question deadline < deadline, all but the deadlines before
// today; the states decide which of them a requirement has.
function historyInOrder(r, where) {
  check(SUBMITTED.has(r.status) === (r.submittedAt !== undefined), where, "submittedAt vs status");
  check(
    PUBLISHED_ONCE.has(r.status) === (r.publishedAt !== undefined),
    where,
    "publishedAt vs status",
  );
  const steps = [...HISTORY_FIELDS, "questionDeadline", "deadline"].filter(
    (f) => r[f] !== undefined,
  );
  for (const [k, f] of steps.entries()) {
    const at = isoTime(r[f]);
    if (!check(!Number.isNaN(at), where, `${f} ${r[f]} is not ISO UTC`)) continue;
    if (HISTORY_FIELDS.includes(f)) check(at < TODAY, where, `${f} must be before today`);
    if (k > 0) check(isoTime(r[steps[k - 1]]) < at, where, `${f} must come after ${steps[k - 1]}`);
  }
}

function exactKeys(obj, allowed, where) {
  for (const k of Object.keys(obj)) check(allowed.has(k), where, `unknown field "${k}"`);
}

function slugList(list, valid, where, label, { min = 1, max = Infinity } = {}) {
  if (!check(Array.isArray(list), where, `${label} must be an array`)) return [];
  check(
    list.length >= min && list.length <= max,
    where,
    `${label}: ${list.length} items, want ${min}–${max}`,
  );
  check(new Set(list).size === list.length, where, `${label} has duplicates`);
  for (const s of list) check(valid.has(s), where, `${label}: unknown slug "${s}"`);
  return list;
}

// GB 32100-2015 统一社会信用代码 check character.
function validCreditCode(code) {
  const chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  if (typeof code !== "string" || !/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(code[i]) * weights[i];
  return chars[(31 - (sum % 31)) % 31] === code[17];
}

// ─── marketplace.json ────────────────────────────────────────────────────────
exactKeys(market, new Set(["organizations", "requirements"]), "marketplace.json");
const orgs = market.organizations ?? [];
const reqs = market.requirements ?? [];
const orgByKey = new Map();

for (const [i, o] of orgs.entries()) {
  const where = `organizations[${i}] ${o.key ?? "?"}`;
  exactKeys(o, ORG_FIELDS, where);
  check(typeof o.key === "string" && KEY_RE.test(o.key), where, "key must be kebab-case ascii");
  check(!orgByKey.has(o.key), where, "duplicate organization key");
  orgByKey.set(o.key, o);
  check(o.kind === "ENTERPRISE" || o.kind === "VENDOR", where, `bad kind ${o.kind}`);
  check(isHan(o.name), where, "name must be Chinese");
  check(
    typeof o.nameEn === "string" && /^[\x20-\x7e]+$/.test(o.nameEn),
    where,
    "nameEn must be ascii",
  );
  check(REGIONS.has(o.region), where, `unknown region ${o.region}`);
  slugList(o.industries, INDUSTRIES, where, "industries");
  check(isHan(o.description), where, "description must be Chinese");
  if (typeof o.description === "string") {
    const n = sentences(o.description);
    check(n >= 2 && n <= 4, where, `description has ${n} sentences, want 2–4`);
  }
  check(typeof o.verified === "boolean", where, "verified must be boolean");
  if (o.domesticStack !== undefined)
    check(typeof o.domesticStack === "boolean", where, "domesticStack must be boolean");
  if (o.creditCode !== undefined)
    check(validCreditCode(o.creditCode), where, "creditCode fails GB 32100-2015");
  if (o.kind === "ENTERPRISE") {
    for (const f of VENDOR_ONLY_FIELDS)
      check(o[f] === undefined, where, `enterprise must not have ${f}`);
  } else if (o.kind === "VENDOR") {
    slugList(o.capabilities, CAPABILITIES, where, "capabilities", { min: 3, max: 6 });
    check(
      Array.isArray(o.cases) && o.cases.length >= 1 && o.cases.length <= 3,
      where,
      "cases: want 1–3",
    );
    for (const [j, c] of (o.cases ?? []).entries()) {
      const cw = `${where} cases[${j}]`;
      exactKeys(c, CASE_FIELDS, cw);
      check(isHan(c.title), cw, "title must be Chinese");
      check(INDUSTRIES.has(c.industry), cw, `unknown industry ${c.industry}`);
      slugList(c.capabilities, CAPABILITIES, cw, "capabilities");
      check(isHan(c.summary), cw, "summary must be Chinese");
      if (typeof c.summary === "string") {
        const n = sentences(c.summary);
        check(n >= 1 && n <= 2, cw, `summary has ${n} sentences, want 1–2`);
      }
      check(
        isInt(c.year) && c.year >= 2019 && c.year <= 2025,
        cw,
        `year ${c.year} outside 2019–2025`,
      );
    }
    check(
      Array.isArray(o.certifications) &&
        o.certifications.length > 0 &&
        o.certifications.every((s) => typeof s === "string" && s.trim() !== ""),
      where,
      "certifications must be a non-empty list of strings",
    );
  }
}

const enterprises = orgs.filter((o) => o.kind === "ENTERPRISE");
const vendors = orgs.filter((o) => o.kind === "VENDOR");
check(enterprises.length >= 12, "organizations", `${enterprises.length} enterprises, want ≥ 12`);
check(vendors.length >= 32, "organizations", `${vendors.length} vendors, want ≥ 32`);
const unverified = vendors.filter((v) => v.verified === false).length;
check(
  unverified >= 2 && unverified <= vendors.length / 4,
  "organizations",
  `${unverified} unverified vendors, want a few`,
);

const mustHaveOrg = (key, kind, name, extra = {}) => {
  const o = orgByKey.get(key);
  if (!check(o, "required organizations", `missing ${key}`)) return;
  check(o.kind === kind, key, `must be ${kind}`);
  check(o.name === name, key, `name must be ${name}`);
  for (const [f, v] of Object.entries(extra)) check(o[f] === v, key, `${f} must be ${v}`);
};
mustHaveOrg("csg-digital-grid", "ENTERPRISE", "南方电网数字电网集团", { region: "广东" });
mustHaveOrg("damo-decision", "VENDOR", "达摩院决策智能实验室");
for (const [name, kind] of [
  ["国家电网客服中心", "ENTERPRISE"],
  ["中国石化胜利油田", "ENTERPRISE"],
  ["中国移动研究院", "ENTERPRISE"],
  ["中电昱创", "ENTERPRISE"],
  ["百度智能云", "VENDOR"],
  ["创新奇智", "VENDOR"],
]) {
  check(
    orgs.some((o) => o.name === name && o.kind === kind),
    "required organizations",
    `missing ${kind} ${name}`,
  );
}
const damo = orgByKey.get("damo-decision");
if (damo) {
  for (const cap of ["optimization", "weather-forecasting"])
    check(damo.capabilities?.includes(cap), "damo-decision", `capabilities must include ${cap}`);
}

const reqByKey = new Map();
const statusCount = Object.fromEntries(REQUIREMENT_STATES.map((s) => [s, 0]));
let withOptional = 0;

for (const [i, r] of reqs.entries()) {
  const where = `requirements[${i}] ${r.key ?? "?"}`;
  exactKeys(r, REQUIREMENT_FIELDS, where);
  for (const f of REQUIRED_REQUIREMENT_FIELDS) check(r[f] !== undefined, where, `missing ${f}`);
  check(typeof r.key === "string" && KEY_RE.test(r.key), where, "key must be kebab-case ascii");
  check(!reqByKey.has(r.key), where, "duplicate requirement key");
  reqByKey.set(r.key, r);
  check(orgByKey.get(r.org)?.kind === "ENTERPRISE", where, `org ${r.org} is not an ENTERPRISE key`);
  check(isHan(r.title), where, "title must be Chinese");
  check(isHan(r.summary), where, "summary must be Chinese");
  if (typeof r.summary === "string") {
    const n = sentences(r.summary);
    check(n >= 1 && n <= 2, where, `summary has ${n} sentences, want 1–2`);
  }
  if (check(typeof r.description === "string", where, "description must be a string")) {
    const len = r.description.length;
    // With the background, objectives and deliverables in their own fields, the description is
    // only the scenario itself.
    const own = r.background !== undefined;
    const min = own ? 60 : 150;
    check(len >= min && len <= 400, where, `description is ${len} characters, want ${min}–400`);
    if (!own)
      for (const h of ["## 项目背景", "## 建设目标", "## 交付要求"])
        check(r.description.includes(h), where, `description lacks "${h}"`);
    check(/^- \S/m.test(r.description), where, "description lacks bullet lists");
  }
  if (i > 0)
    for (const f of CSG_ONLY_FIELDS)
      check(r[f] === undefined, where, `${f} is for the CSG listing`);
  historyInOrder(r, where);
  check(INDUSTRIES.has(r.industry), where, `unknown industry ${r.industry}`);
  slugList(r.capabilities, CAPABILITIES, where, "capabilities", { min: 2, max: 4 });
  check(
    isInt(r.budgetMinCny) &&
      isInt(r.budgetMaxCny) &&
      r.budgetMinCny >= 500000 &&
      r.budgetMinCny <= r.budgetMaxCny &&
      r.budgetMaxCny <= 30000000,
    where,
    "budget must be integers with 500,000 ≤ min ≤ max ≤ 30,000,000",
  );
  check(REGIONS.has(r.region), where, `unknown region ${r.region}`);
  const deadline = isoTime(r.deadline);
  check(!Number.isNaN(deadline), where, `deadline ${r.deadline} is not ISO UTC`);
  check(
    r.visibility === "PUBLIC" || r.visibility === "INVITED",
    where,
    `bad visibility ${r.visibility}`,
  );
  if (check(REQUIREMENT_STATES.includes(r.status), where, `bad status ${r.status}`))
    statusCount[r.status]++;
  if (r.status === "PUBLISHED")
    check(
      deadline >= PUBLISHED_FROM && deadline < PUBLISHED_TO,
      where,
      "PUBLISHED deadline outside 2027-01-10 … 2027-06-30",
    );
  if (PAST_DEADLINE.has(r.status))
    check(
      deadline >= PAST_FROM && deadline < PAST_TO,
      where,
      `${r.status} deadline outside 2026-06-01 … 2026-11-20`,
    );
  if (FUTURE_DEADLINE.has(r.status))
    check(deadline > TODAY, where, `${r.status} deadline must be in the future`);

  if (check(Array.isArray(r.criteria), where, "criteria must be an array")) {
    check(
      r.criteria.length >= 2 && r.criteria.length <= 4,
      where,
      `${r.criteria.length} criteria, want 2–4`,
    );
    let sum = 0;
    for (const c of r.criteria) {
      exactKeys(c, new Set(["name", "weight", "description"]), `${where} criterion`);
      check(isHan(c.name), where, `criterion name "${c.name}" must be Chinese`);
      check(
        isInt(c.weight) && c.weight > 0,
        where,
        `criterion ${c.name}: weight must be a positive integer`,
      );
      sum += c.weight;
    }
    check(sum === 100, where, `criteria weights sum to ${sum}, want 100`);
    check(
      new Set(r.criteria.map((c) => c.name)).size === r.criteria.length,
      where,
      "duplicate criterion names",
    );
  }

  const optional = OPTIONAL_REQUIREMENT_FIELDS.filter((f) => r[f] !== undefined);
  if (optional.length > 0 && i > 0) withOptional++;
  if (r.questionDeadline !== undefined) {
    const q = isoTime(r.questionDeadline);
    check(
      !Number.isNaN(q) && q < deadline,
      where,
      "questionDeadline must be ISO UTC and before deadline",
    );
  }
  if (r.deploymentMode !== undefined)
    check(DEPLOYMENT_MODES.has(r.deploymentMode), where, `bad deploymentMode ${r.deploymentMode}`);
  if (r.domesticStackRequired !== undefined)
    check(
      typeof r.domesticStackRequired === "boolean",
      where,
      "domesticStackRequired must be boolean",
    );
  if (r.durationMonths !== undefined)
    check(
      isInt(r.durationMonths) && r.durationMonths > 0,
      where,
      "durationMonths must be a positive integer",
    );
  if (r.qualifications !== undefined)
    check(isHan(r.qualifications), where, "qualifications must be Chinese");
  if (r.contactName !== undefined)
    check(isHan(r.contactName), where, "contactName must be Chinese");
}

check(reqs.length >= 44, "requirements", `${reqs.length} requirements, want ≥ 44`);
for (const slug of INDUSTRIES)
  check(
    reqs.some((r) => r.industry === slug),
    "requirements",
    `no requirement in industry ${slug}`,
  );
for (const slug of CAPABILITIES)
  check(
    reqs.some((r) => r.capabilities?.includes(slug)),
    "requirements",
    `no requirement needs capability ${slug}`,
  );
for (const heavy of ["power-grid", "oil-gas", "telecom", "manufacturing"])
  check(
    reqs.filter((r) => r.industry === heavy).length >= 4,
    "requirements",
    `want ≥ 4 requirements in ${heavy}`,
  );
check(
  statusCount.PUBLISHED >= 18 && statusCount.PUBLISHED <= 24,
  "requirements",
  `${statusCount.PUBLISHED} PUBLISHED, want about 20`,
);
for (const s of REQUIREMENT_STATES)
  if (s !== "PUBLISHED")
    check(statusCount[s] >= 2, "requirements", `${statusCount[s]} ${s}, want ≥ 2`);
const invitedReqs = reqs.filter((r) => r.visibility === "INVITED");
check(
  invitedReqs.length >= 3 && invitedReqs.length <= 4,
  "requirements",
  `${invitedReqs.length} INVITED, want 3–4`,
);
const othersCount = Math.max(reqs.length - 1, 1);
check(
  withOptional / othersCount >= 0.35 && withOptional / othersCount <= 0.75,
  "requirements",
  `${withOptional}/${othersCount} non-CSG requirements use optional fields, want about half`,
);

// The founding listing: first, in the seed document's own words.
const csg = reqs[0];
if (check(csg?.key === "csg-energy-data-ai", "requirements[0]", "must be csg-energy-data-ai")) {
  const w = "csg-energy-data-ai";
  check(csg.org === "csg-digital-grid", w, "org must be csg-digital-grid");
  check(
    csg.title === "人工智能驱动的电能量数据创新应用技术研究",
    w,
    "title must be the seed title",
  );
  check(csg.industry === "power-grid", w, "industry must be power-grid");
  check(
    JSON.stringify(csg.capabilities) ===
      JSON.stringify([
        "multimodal-llm",
        "anomaly-detection",
        "time-series-forecasting",
        "data-governance",
      ]),
    w,
    "capabilities must be the spec example's",
  );
  check(
    csg.budgetMinCny === 3000000 && csg.budgetMaxCny === 8000000,
    w,
    "budget must be 3,000,000–8,000,000",
  );
  check(csg.region === "广东", w, "region must be 广东");
  check(csg.deadline === "2027-03-31T16:00:00Z", w, "deadline must be 2027-03-31T16:00:00Z");
  check(
    csg.visibility === "PUBLIC" && csg.status === "PUBLISHED",
    w,
    "must be PUBLIC and PUBLISHED",
  );
  check(
    JSON.stringify(csg.criteria.map(({ name, weight }) => ({ name, weight }))) ===
      JSON.stringify([
        { name: "技术方案", weight: 60 },
        { name: "报价", weight: 30 },
        { name: "资质与案例", weight: 10 },
      ]),
    w,
    "criteria must be 技术方案 60 / 报价 30 / 资质与案例 10",
  );
  const text = [csg.summary, csg.description, csg.background, csg.objectives].join("");
  for (const phrase of [
    "多模态大模型",
    "计量装置",
    "故障预警",
    "运维效率",
    "电能量数据质量",
    "灵活响应资源",
    "宏观经济",
    "负荷精细化管理",
  ])
    check(text.includes(phrase), w, `text lacks the seed phrase "${phrase}"`);
  check(
    [...OPTIONAL_REQUIREMENT_FIELDS, ...CSG_ONLY_FIELDS].every((f) => csg[f] !== undefined),
    w,
    "must use every optional field",
  );
  check(
    csg.criteria.every((c) => isHan(c.description)),
    w,
    "criteria must have Chinese descriptions",
  );
}

// ─── demo-activity.json ──────────────────────────────────────────────────────
const ACTIVITY_KEYS = [
  "users",
  "admins",
  "proposals",
  "questions",
  "addenda",
  "scores",
  "awards",
  "invitations",
  "bookmarks",
];
exactKeys(activity, new Set(ACTIVITY_KEYS), "demo-activity.json");
for (const k of ACTIVITY_KEYS)
  check(Array.isArray(activity[k]), "demo-activity.json", `${k} must be an array`);
const {
  users = [],
  admins = [],
  proposals = [],
  questions = [],
  addenda = [],
  scores = [],
  awards = [],
  invitations = [],
  bookmarks = [],
} = activity;

const userByEmail = new Map();
const ownerByOrg = new Map();
const membersByOrg = new Map();
for (const [i, u] of users.entries()) {
  const where = `users[${i}] ${u.email ?? "?"}`;
  exactKeys(u, new Set(["email", "name", "org", "role"]), where);
  check(
    typeof u.email === "string" && EMAIL_RE.test(u.email),
    where,
    "email must be lowercase ascii @zhipei.demo",
  );
  check(!userByEmail.has(u.email), where, "duplicate email");
  userByEmail.set(u.email, u);
  check(isHan(u.name), where, "name must be a Chinese personal name");
  check(orgByKey.has(u.org), where, `unknown org ${u.org}`);
  check(u.role === "OWNER" || u.role === "MEMBER", where, `bad role ${u.role}`);
  if (u.role === "OWNER") {
    check(!ownerByOrg.has(u.org), where, `second OWNER for ${u.org}`);
    ownerByOrg.set(u.org, u.email);
  } else membersByOrg.set(u.org, (membersByOrg.get(u.org) ?? 0) + 1);
}
for (const o of orgs) check(ownerByOrg.has(o.key), "users", `no OWNER for ${o.key}`);
check(
  membersByOrg.size >= 4 && membersByOrg.size <= 10,
  "users",
  `${membersByOrg.size} orgs with a MEMBER, want about 6`,
);
check(
  ownerByOrg.get("csg-digital-grid") === "csg@zhipei.demo",
  "users",
  "csg@zhipei.demo must own csg-digital-grid",
);
check(
  ownerByOrg.get("damo-decision") === "damo@zhipei.demo",
  "users",
  "damo@zhipei.demo must own damo-decision",
);

const adminEmails = new Set();
for (const [i, a] of admins.entries()) {
  const where = `admins[${i}] ${a.email ?? "?"}`;
  exactKeys(a, new Set(["email", "name"]), where);
  check(
    typeof a.email === "string" && EMAIL_RE.test(a.email),
    where,
    "email must be lowercase ascii @zhipei.demo",
  );
  check(
    !userByEmail.has(a.email) && !adminEmails.has(a.email),
    where,
    "admin email must be unique and not an org member",
  );
  check(isHan(a.name), where, "name must be Chinese");
  adminEmails.add(a.email);
}
check(adminEmails.has("admin@zhipei.demo"), "admins", "must contain admin@zhipei.demo");

const invitedBy = new Map(); // requirement key -> Set(vendor)
for (const [i, inv] of invitations.entries()) {
  const where = `invitations[${i}] ${inv.requirement}/${inv.vendor}`;
  exactKeys(inv, new Set(["requirement", "vendor"]), where);
  const r = reqByKey.get(inv.requirement);
  check(r?.visibility === "INVITED", where, "requirement must exist and be INVITED");
  check(orgByKey.get(inv.vendor)?.kind === "VENDOR", where, "vendor must be a VENDOR key");
  const set = invitedBy.get(inv.requirement) ?? new Set();
  check(!set.has(inv.vendor), where, "duplicate invitation");
  set.add(inv.vendor);
  invitedBy.set(inv.requirement, set);
}
for (const r of invitedReqs) {
  const n = invitedBy.get(r.key)?.size ?? 0;
  check(n >= 2 && n <= 4, r.key, `${n} invited vendors, want 2–4`);
}
const canSee = (vendor, r) => r.visibility === "PUBLIC" || invitedBy.get(r.key)?.has(vendor);

const proposalsByReq = new Map();
const proposalStatusCount = Object.fromEntries(PROPOSAL_STATES.map((s) => [s, 0]));
for (const [i, p] of proposals.entries()) {
  const where = `proposals[${i}] ${p.requirement}/${p.vendor}`;
  exactKeys(
    p,
    new Set([
      "requirement",
      "vendor",
      "status",
      "priceCny",
      "summary",
      "approach",
      "deliveryMonths",
    ]),
    where,
  );
  const r = reqByKey.get(p.requirement);
  const v = orgByKey.get(p.vendor);
  if (!check(r, where, "unknown requirement")) continue;
  if (!check(v?.kind === "VENDOR", where, "vendor must be a VENDOR key")) continue;
  if (check(PROPOSAL_STATES.includes(p.status), where, `bad status ${p.status}`))
    proposalStatusCount[p.status]++;
  const list = proposalsByReq.get(r.key) ?? [];
  check(
    !list.some((q) => q.vendor === p.vendor),
    where,
    "a vendor may have one proposal per requirement",
  );
  list.push(p);
  proposalsByReq.set(r.key, list);
  const allowed = PROPOSALS_ALLOWED[r.status];
  check(
    allowed?.includes(p.status),
    where,
    `${p.status} proposal not allowed on a ${r.status} requirement`,
  );
  check(canSee(p.vendor, r), where, "vendor was not invited to this INVITED requirement");
  const vendorCaps = new Set([
    ...(v.capabilities ?? []),
    ...(v.cases ?? []).flatMap((c) => c.capabilities),
  ]);
  check(
    r.capabilities.some((c) => vendorCaps.has(c)),
    where,
    "vendor has none of the requirement's capabilities",
  );
  check(
    isInt(p.priceCny) && p.priceCny >= r.budgetMinCny * 0.5 && p.priceCny <= r.budgetMaxCny * 1.2,
    where,
    `price ${p.priceCny} implausible for budget ${r.budgetMinCny}–${r.budgetMaxCny}`,
  );
  check(isHan(p.summary), where, "summary must be Chinese");
  if (typeof p.summary === "string") {
    const n = sentences(p.summary);
    check(n >= 1 && n <= 2, where, `summary has ${n} sentences, want 1–2`);
  }
  if (check(typeof p.approach === "string", where, "approach must be a string")) {
    const len = p.approach.length;
    check(len >= 100 && len <= 250, where, `approach is ${len} characters, want 100–250`);
    check(
      /^## /m.test(p.approach) && /^- /m.test(p.approach) && isHan(p.approach),
      where,
      "approach must be Chinese Markdown",
    );
  }
  check(
    isInt(p.deliveryMonths) && p.deliveryMonths > 0 && p.deliveryMonths <= 36,
    where,
    "deliveryMonths must be 1–36",
  );
}
check(proposals.length >= 40, "proposals", `${proposals.length} proposals, want ≥ 40`);
for (const r of reqs) {
  const list = proposalsByReq.get(r.key) ?? [];
  if (DECIDED.has(r.status)) {
    check(
      list.filter((p) => p.status === "AWARDED").length === 1,
      r.key,
      "needs exactly one AWARDED proposal",
    );
    check(list.length >= 2, r.key, "an awarded requirement should have competing proposals");
  }
  if (SCORED.has(r.status) || r.status === "UNSUCCESSFUL")
    check(list.length >= 2, r.key, `a ${r.status} requirement should have ≥ 2 proposals`);
}
const csgProposals = proposalsByReq.get("csg-energy-data-ai") ?? [];
check(
  csgProposals.filter((p) => p.status === "SUBMITTED").length === 3 &&
    csgProposals.some((p) => p.vendor === "damo-decision" && p.status === "SUBMITTED"),
  "csg-energy-data-ai",
  "needs 3 SUBMITTED proposals, damo-decision among them",
);
for (const s of [
  "DRAFT",
  "SUBMITTED",
  "WITHDRAWN",
  "SHORTLISTED",
  "NOT_SELECTED",
  "AWARDED",
  "NOT_AWARDED",
])
  check(proposalStatusCount[s] >= 1, "proposals", `no ${s} proposal in the demo`);

let answered = 0;
for (const [i, q] of questions.entries()) {
  const where = `questions[${i}] ${q.requirement}/${q.vendor}`;
  exactKeys(q, new Set(["requirement", "vendor", "question", "answer", "published"]), where);
  check(!q.published || q.answer !== null, where, "only an answered question can be published");
  const r = reqByKey.get(q.requirement);
  if (!check(r, where, "unknown requirement")) continue;
  check(
    r.status === "PUBLISHED" || r.status === "EVALUATING",
    where,
    `questions only on PUBLISHED/EVALUATING, not ${r.status}`,
  );
  check(orgByKey.get(q.vendor)?.kind === "VENDOR", where, "vendor must be a VENDOR key");
  check(canSee(q.vendor, r), where, "vendor was not invited to this INVITED requirement");
  check(isHan(q.question), where, "question must be Chinese");
  check(q.answer === null || isHan(q.answer), where, "answer must be Chinese or null");
  if (q.answer !== null) answered++;
}
for (const [i, a] of addenda.entries()) {
  const where = `addenda[${i}] ${a.requirement}`;
  exactKeys(a, new Set(["requirement", "text"]), where);
  const r = reqByKey.get(a.requirement);
  if (!check(r, where, "unknown requirement")) continue;
  check(r.status === "PUBLISHED", where, `addenda only on PUBLISHED, not ${r.status}`);
  check(isHan(a.text), where, "addendum must be Chinese");
}
check(
  questions.some((q) => q.requirement === "csg-energy-data-ai" && q.published) &&
    questions.some((q) => q.requirement === "csg-energy-data-ai" && q.answer === null),
  "questions",
  "want published clarifications and an open question on csg-energy-data-ai",
);
check(questions.length >= 15, "questions", `${questions.length} questions, want ≥ 15`);
check(
  questions.filter((q) => q.requirement === "csg-energy-data-ai").length >= 3,
  "questions",
  "want ≥ 3 questions on csg-energy-data-ai",
);
check(
  answered > questions.length / 2 && answered < questions.length,
  "questions",
  "most, not all, should be answered",
);

// Scores: the owner's, submitted, on every non-withdrawn proposal of every evaluated requirement;
// on an EVALUATING requirement a member may still be scoring (submitted: false, possibly partial).
const scoreFor = new Map(); // "req|vendor" -> weighted mean of the owner's submitted scores
const seen = new Set(); // "req|vendor|evaluator"
const submittedBy = new Map(); // "req|evaluator" -> submitted
for (const [i, s] of scores.entries()) {
  const where = `scores[${i}] ${s.requirement}/${s.vendor}/${s.evaluator}`;
  exactKeys(s, new Set(["requirement", "vendor", "evaluator", "scores", "submitted"]), where);
  const r = reqByKey.get(s.requirement);
  if (!check(r, where, "unknown requirement")) continue;
  check(SCORED.has(r.status), where, `no scores expected on a ${r.status} requirement`);
  const p = (proposalsByReq.get(r.key) ?? []).find((x) => x.vendor === s.vendor);
  check(
    p && p.status !== "WITHDRAWN" && p.status !== "DRAFT",
    where,
    "must score an existing, submitted proposal",
  );
  const submitted = s.submitted ?? true;
  check(s.submitted === undefined || s.submitted === false, where, "submitted is false or absent");
  check(submitted || r.status === "EVALUATING", where, "unsubmitted scores only while EVALUATING");
  const owner = ownerByOrg.get(r.org);
  check(
    submitted ? s.evaluator === owner : userByEmail.get(s.evaluator)?.org === r.org,
    where,
    submitted ? `evaluator must be ${owner}, the owner of ${r.org}` : `evaluator not of ${r.org}`,
  );
  const seat = `${r.key}|${s.evaluator}`;
  check(
    (submittedBy.get(seat) ?? submitted) === submitted,
    where,
    "an evaluator's scores on a requirement are all submitted or none",
  );
  submittedBy.set(seat, submitted);
  const id = `${r.key}|${s.vendor}`;
  check(!seen.has(`${id}|${s.evaluator}`), where, "duplicate score entry");
  seen.add(`${id}|${s.evaluator}`);
  const names = r.criteria.map((c) => c.name);
  const given = Object.keys(s.scores ?? {});
  check(
    given.every((n) => names.includes(n)) && (!submitted || given.length === names.length),
    where,
    `score keys ${given.join("/")} must be ${submitted ? "exactly" : "among"} ${names.join("/")}`,
  );
  let mean = 0;
  for (const c of r.criteria) {
    const val = s.scores?.[c.name];
    if (val === undefined && !submitted) continue;
    check(
      isInt(val) && val >= 0 && val <= 100,
      where,
      `score for ${c.name} must be an integer 0–100`,
    );
    mean += ((val ?? 0) * c.weight) / 100;
  }
  if (submitted) scoreFor.set(id, mean);
}
for (const r of reqs.filter((x) => SCORED.has(x.status)))
  for (const p of proposalsByReq.get(r.key) ?? [])
    if (p.status !== "WITHDRAWN" && p.status !== "DRAFT")
      check(scoreFor.has(`${r.key}|${p.vendor}`), r.key, `missing scores for ${p.vendor}`);
check(
  [...submittedBy].some(([, submitted]) => !submitted),
  "scores",
  "want an EVALUATING requirement with an evaluator still scoring (submitted: false)",
);

// The contract of a signed award: its number; acceptance and rating once COMPLETED.
const CONTRACT_FIELDS = new Set(["number", "acceptanceNotes", "rating", "ratingComment"]);
const COMPLETION_FIELDS = ["acceptanceNotes", "rating", "ratingComment"];
function checkContract(a, r, where) {
  const signed = r?.status === "CONTRACTED" || r?.status === "COMPLETED";
  if (!check(signed === (a.contract !== undefined), where, "contract iff CONTRACTED/COMPLETED"))
    return;
  if (!signed) return;
  const c = a.contract;
  exactKeys(c, CONTRACT_FIELDS, `${where} contract`);
  check(typeof c.number === "string" && c.number.length > 0, where, "contract needs its number");
  if (r.status === "COMPLETED") {
    check(isInt(c.rating) && c.rating >= 1 && c.rating <= 5, where, "rating must be 1–5");
    check(isHan(c.acceptanceNotes), where, "acceptanceNotes must be Chinese");
    check(c.ratingComment === undefined || isHan(c.ratingComment), where, "comment not Chinese");
  } else {
    for (const f of COMPLETION_FIELDS)
      check(c[f] === undefined, where, `${f} only on a COMPLETED requirement`);
  }
}

const awardByReq = new Map();
let notTop = 0;
for (const [i, a] of awards.entries()) {
  const where = `awards[${i}] ${a.requirement}/${a.vendor}`;
  exactKeys(a, new Set(["requirement", "vendor", "reason", "contract"]), where);
  const r = reqByKey.get(a.requirement);
  checkContract(a, r, where);
  if (
    !check(
      r && DECIDED.has(r.status),
      where,
      "requirement must be AWARDED, CONTRACTED or COMPLETED",
    )
  )
    continue;
  check(!awardByReq.has(r.key), where, "one award per requirement");
  awardByReq.set(r.key, a);
  const winner = (proposalsByReq.get(r.key) ?? []).find((p) => p.status === "AWARDED");
  check(winner?.vendor === a.vendor, where, "must match the AWARDED proposal");
  check(a.reason === null || isHan(a.reason), where, "reason must be Chinese or null");
  const ranked = (proposalsByReq.get(r.key) ?? [])
    .map((p) => [p.vendor, scoreFor.get(`${r.key}|${p.vendor}`) ?? -1])
    .sort((x, y) => y[1] - x[1]);
  if (ranked.length && ranked[0][0] !== a.vendor) {
    notTop++;
    check(
      isHan(a.reason),
      where,
      "an award that does not go to the top-ranked proposal needs a reason",
    );
  }
}
for (const r of reqs.filter((x) => DECIDED.has(x.status)))
  check(awardByReq.has(r.key), r.key, "missing award");
check(
  notTop === 1,
  "awards",
  `${notTop} awards go to a proposal that is not top-ranked, want exactly 1`,
);

const bookmarkUsers = new Map();
const bookmarkPairs = new Set();
for (const [i, b] of bookmarks.entries()) {
  const where = `bookmarks[${i}] ${b.user}/${b.requirement}`;
  exactKeys(b, new Set(["user", "requirement"]), where);
  const u = userByEmail.get(b.user);
  const r = reqByKey.get(b.requirement);
  check(u && orgByKey.get(u.org)?.kind === "VENDOR", where, "user must be a vendor user");
  check(r?.status === "PUBLISHED", where, "requirement must be PUBLISHED");
  if (u && r) check(canSee(u.org, r), where, "user's vendor cannot see this requirement");
  check(!bookmarkPairs.has(`${b.user}|${b.requirement}`), where, "duplicate bookmark");
  bookmarkPairs.add(`${b.user}|${b.requirement}`);
  bookmarkUsers.set(b.user, (bookmarkUsers.get(b.user) ?? 0) + 1);
}
check(bookmarkUsers.has("damo@zhipei.demo"), "bookmarks", "damo@zhipei.demo needs bookmarks");
check(bookmarkUsers.size >= 3, "bookmarks", "want bookmarks for damo and 2 other vendor users");

// ─── report ──────────────────────────────────────────────────────────────────
if (errors.length > 0) {
  console.error(`✗ ${errors.length} problem(s):`);
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
}
const fmt = (o) =>
  Object.entries(o)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
console.log("✓ demo data set is valid");
console.log(
  `  organizations: ${orgs.length} (${enterprises.length} enterprises, ${vendors.length} vendors, ${unverified} unverified)`,
);
console.log(`  requirements:  ${reqs.length} (${fmt(statusCount)}; ${invitedReqs.length} INVITED)`);
console.log(
  `  users:         ${users.length} (${ownerByOrg.size} owners, ${users.length - ownerByOrg.size} members), admins: ${admins.length}`,
);
console.log(`  proposals:     ${proposals.length} (${fmt(proposalStatusCount)})`);
console.log(`  questions:     ${questions.length} (${answered} answered)`);
console.log(
  `  scores:        ${scores.length}, awards: ${awards.length}, invitations: ${invitations.length}, bookmarks: ${bookmarks.length}`,
);
