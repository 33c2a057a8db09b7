import { readFileSync } from "node:fs";

/** The demo data set's import file (prisma/seed/data/marketplace.json), as the seed imports it. */
export const demoMarketplace = (): unknown =>
  JSON.parse(readFileSync("prisma/seed/data/marketplace.json", "utf8"));

/** A small import file as shared/spec/cli-and-import.md describes it: an enterprise with one
 * published requirement and a vendor with a case study. */
export function sampleFile() {
  return {
    organizations: [
      {
        key: "csg-digital-grid",
        kind: "ENTERPRISE",
        name: "南方电网数字电网集团",
        nameEn: "China Southern Power Grid Digital Grid Group",
        region: "广东",
        industries: ["power-grid"],
        verified: true,
      },
      {
        key: "damo-decision",
        kind: "VENDOR",
        name: "达摩院决策智能实验室",
        region: "浙江",
        industries: ["power-grid"],
        capabilities: ["optimization", "weather-forecasting"],
        cases: [
          {
            title: "新能源功率预测",
            industry: "power-grid",
            capabilities: ["weather-forecasting"],
            summary: "……",
            year: 2023,
          },
        ],
        certifications: ["ISO 27001"],
      },
    ],
    requirements: [
      {
        key: "csg-energy-data-ai",
        org: "csg-digital-grid",
        title: "人工智能驱动的电能量数据创新应用技术研究",
        summary: "计量装置故障预警",
        industry: "power-grid",
        capabilities: ["multimodal-llm", "anomaly-detection"],
        budgetMinCny: 3_000_000,
        budgetMaxCny: 8_000_000,
        deadline: "2027-03-31T16:00:00Z",
        status: "PUBLISHED",
        criteria: [
          { name: "技术方案", weight: 60 },
          { name: "报价", weight: 30 },
          { name: "资质与案例", weight: 10 },
        ],
      },
    ],
  };
}
