import { Random } from "./random";

export type Category =
  "zh word" | "zh 1–2 chars" | "en word" | "mixed" | "filters" | "sorts" | "paged" | "vendors";

/** The first-page target of a category (issue 15): p95 in ms through the application. */
export function firstPageTarget(category: Category): number {
  return category === "zh 1–2 chars" ? 100 : 50;
}

/** One search as a user makes it: URL parameters, and how many pages they follow. */
export interface BenchQuery {
  category: Category;
  target: "requirements" | "vendors";
  params: Record<string, string>;
  /** Pages fetched by following nextCursor (1 = the first page only). */
  pages: number;
  /** Signed in as a vendor's member (visibility includes invitations) rather than a visitor. */
  signedIn: boolean;
}

const ZH_WORDS = [
  "负荷预测",
  "大模型",
  "巡检",
  "无人机巡检",
  "知识图谱",
  "变电站",
  "光伏发电",
  "风电功率预测",
  "智能客服",
  "缺陷检测",
  "数据治理",
  "预测性维护",
  "票据识别",
  "调度",
  "数字孪生",
  "线损分析",
  "需求响应",
  "合规文档审查",
  "电能计量",
  "视觉质检",
];
const ZH_SHORT = [
  "电网",
  "计量",
  "巡检",
  "光伏",
  "风电",
  "票据",
  "客服",
  "质检",
  "调度",
  "储能",
  "线损",
  "电",
  "网",
  "光",
  "模型",
  "信创",
];
const EN_WORDS = [
  "LLM",
  "OCR",
  "forecasting",
  "forecast",
  "anomaly",
  "RAG",
  "copilot",
  "drone",
  "inspection",
  "SCADA",
  "MAPE",
  "REST",
  "vision",
  "maintenance",
  "optimization",
  "AI",
];
const MIXED = [
  "LLM 电网",
  "OCR 票据",
  "负荷 forecasting",
  "大模型 RAG",
  "drone 巡检",
  "AI 质检",
  "SCADA 计量",
  "LLM 智能客服",
  "OCR识别",
  "电网 anomaly",
];
const INDUSTRIES = [
  "power-grid",
  "power-generation",
  "finance",
  "manufacturing",
  "telecom",
  "healthcare",
  "water",
  "mining",
];
const CAPABILITIES = [
  "llm",
  "time-series-forecasting",
  "drone-inspection",
  "ocr-document",
  "computer-vision",
  "anomaly-detection",
  "digital-twin",
  "knowledge-graph",
];
const REGIONS = ["广东", "北京", "江苏", "浙江", "四川", "全国", "广西", "云南"];
const STATES = ["open", "evaluating", "awarded", "all"];
const SORTS = ["newest", "deadline", "budget"];

const requirementQuery = (
  category: Category,
  params: Record<string, string>,
  pages = 1,
  signedIn = false,
): BenchQuery => ({ category, target: "requirements", params, pages, signedIn });

/** A random filter or two, as the search form sets them. */
function filters(random: Random): Record<string, string> {
  const all: Record<string, string>[] = [
    { industry: random.pick(INDUSTRIES) },
    { capability: random.sample(CAPABILITIES, random.int(1, 2)).join(",") },
    { region: random.sample(REGIONS, random.int(1, 3)).join(",") },
    random.pick<Record<string, string>>([
      { budgetMin: "100000", budgetMax: "2000000" },
      { budgetMin: "500000", budgetMax: "5000000" },
      { budgetMin: "3000000" },
      { budgetMax: "300000" },
    ]),
    { state: random.pick(STATES) },
    { verified: "1" },
    { deadlineFrom: "2026-12-10", deadlineTo: random.pick(["2027-01-31", "2027-03-31"]) },
  ];
  return Object.assign({}, ...random.sample(all, random.int(1, 2))) as Record<string, string>;
}

/** 200 searches, the same every run. */
export function benchQueries(): BenchQuery[] {
  const random = new Random(7);
  const queries: BenchQuery[] = [];
  const add = (count: number, make: (i: number) => BenchQuery) => {
    for (let i = 0; i < count; i++) queries.push(make(i));
  };
  add(20, (i) => requirementQuery("zh word", { q: ZH_WORDS[i]! }, 1, i % 5 === 0));
  add(16, (i) => requirementQuery("zh 1–2 chars", { q: ZH_SHORT[i]! }));
  add(16, (i) => requirementQuery("en word", { q: EN_WORDS[i]! }, 1, i % 4 === 0));
  add(10, (i) => requirementQuery("mixed", { q: MIXED[i]! }));
  add(36, (i) => {
    const q: Record<string, string> =
      i % 3 === 0
        ? {}
        : {
            q: random.pick([
              ...ZH_SHORT.slice(0, 6),
              ...ZH_WORDS.slice(0, 6),
              ...EN_WORDS.slice(0, 4),
            ]),
          };
    return requirementQuery("filters", { ...q, ...filters(random) }, 1, i % 6 === 1);
  });
  add(30, (i) => {
    const sort = SORTS[i % 3]!;
    const q: Record<string, string> =
      i % 2 === 0 ? {} : { q: random.pick([...ZH_SHORT.slice(0, 6), ...EN_WORDS.slice(0, 4)]) };
    const state: Record<string, string> = i % 5 === 0 ? { state: random.pick(STATES) } : {};
    return requirementQuery("sorts", { ...q, ...state, sort });
  });
  add(24, (i) => {
    const sort = ["relevance", "newest", "deadline", "budget"][i % 4]!;
    const q: Record<string, string> =
      sort === "relevance" || i % 2 === 1
        ? { q: random.pick([...ZH_SHORT.slice(0, 4), "大模型", "负荷预测", "LLM", "OCR"]) }
        : {};
    const extra = i % 3 === 0 ? filters(random) : {};
    return requirementQuery("paged", { ...q, ...extra, sort }, random.int(5, 10));
  });
  add(48, (i) => {
    const params: Record<string, string> = {};
    if (i % 4 !== 3)
      params.q = random.pick([
        ...ZH_SHORT.slice(0, 8),
        ...ZH_WORDS.slice(0, 10),
        "LLM",
        "OCR",
        "forecasting",
        "vision",
        "智能",
        "科技",
      ]);
    if (i % 3 === 0) params.capability = random.pick(CAPABILITIES);
    if (i % 5 === 0) params.industry = random.pick(INDUSTRIES);
    if (i % 4 === 1) params.region = random.pick(REGIONS);
    if (i % 6 === 2) params.verified = "1";
    if (i % 7 === 3) params.sort = random.pick(["verified", "name"]);
    return {
      category: "vendors",
      target: "vendors",
      params,
      pages: i % 8 === 5 ? 4 : 1,
      signedIn: false,
    };
  });
  return queries;
}
