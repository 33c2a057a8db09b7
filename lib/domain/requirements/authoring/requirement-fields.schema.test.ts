import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { requirementFieldsSchema } from "./requirement-fields.schema";
import { updateRequirementDraftSchema } from "./update-requirement-draft.schema";

/** What the editor's form posts: every value is text, criteria as `criteria[i].field`. */
function formData(overrides: Record<string, string | string[]> = {}, omit: string[] = []) {
  const fields: Record<string, string | string[]> = {
    title: "  配电网故障预警  ",
    summary: "基于多模态大模型的计量装置故障预警",
    description: "",
    industry: "power-grid",
    capabilities: ["multimodal-llm", "anomaly-detection", "multimodal-llm"],
    budgetMinCny: "3000000",
    budgetMaxCny: "8000000",
    region: "广东",
    deadline: "2027-04-01T00:00",
    questionDeadline: "2027-03-20T18:00",
    expectedStartAt: "2027-05-01",
    durationMonths: "12",
    deploymentMode: "PRIVATE_CLOUD",
    domesticStackRequired: "on",
    visibility: "INVITED",
    contactEmail: " Zhang.San@CSG.cn ",
    "criteria[0].name": "技术方案",
    "criteria[0].weight": "60",
    "criteria[1].name": "报价",
    "criteria[1].weight": "30",
    "criteria[2].name": "资质与案例",
    "criteria[2].weight": "10",
    ...overrides,
  };
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (omit.includes(name)) continue;
    for (const item of [value].flat()) data.append(name, item);
  }
  return data;
}

const parseForm = (data: FormData) => parseWithZod(data, { schema: requirementFieldsSchema });

function fieldErrors(data: FormData) {
  const submission = parseForm(data);
  expect(submission.status).toBe("error");
  return submission.reply().error ?? {};
}

describe("the requirement form", () => {
  it("turns the posted text into typed values, times in Shanghai stored as UTC", () => {
    const submission = parseForm(formData());
    expect(submission.status).toBe("success");
    const value = submission.status === "success" ? submission.value : null;
    expect(value).toMatchObject({
      title: "配电网故障预警",
      description: undefined,
      capabilities: ["multimodal-llm", "anomaly-detection"],
      budgetMinCny: 3_000_000,
      durationMonths: 12,
      domesticStackRequired: true,
      visibility: "INVITED",
      contactEmail: "zhang.san@csg.cn",
      criteria: [
        { name: "技术方案", weight: 60 },
        { name: "报价", weight: 30 },
        { name: "资质与案例", weight: 10 },
      ],
    });
    expect(value?.deadline?.toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(value?.questionDeadline?.toISOString()).toBe("2027-03-20T10:00:00.000Z");
    expect(value?.expectedStartAt?.toISOString()).toBe("2027-05-01T00:00:00.000Z");
  });

  it("accepts its own output again (the use case re-parses what the action parsed)", () => {
    const first = parseForm(formData());
    if (first.status !== "success") throw new Error("form did not parse");
    expect(requirementFieldsSchema.parse(first.value)).toEqual(first.value);
  });

  it("defaults an unticked checkbox and a missing visibility", () => {
    const submission = parseForm(formData({}, ["domesticStackRequired", "visibility"]));
    expect(submission.status === "success" && submission.value).toMatchObject({
      domesticStackRequired: false,
      visibility: "PUBLIC",
    });
  });

  it("refuses weights that do not add up to 100, naming the sum", () => {
    expect(fieldErrors(formData({ "criteria[2].weight": "5" }))).toEqual({
      criteria: ["weightsMustSum?sum=95"],
    });
  });

  it.each([
    [{ "criteria[1].name": "技术方案" }, { "criteria[1].name": ["duplicateName"] }],
    [{ "criteria[0].weight": "60.5" }, { "criteria[0].weight": ["wholeNumber"] }],
    [
      { "criteria[0].weight": "0", "criteria[1].weight": "90" },
      { "criteria[0].weight": ["numberRange?min=1&max=100"] },
    ],
    [{ budgetMinCny: "9000000" }, { budgetMaxCny: ["budgetOrder"] }],
    [{ budgetMinCny: "abc" }, { budgetMinCny: ["wholeNumber"] }],
    // Cross-field rules still speak when an unrelated field is wrong too.
    [
      { title: "", budgetMinCny: "9000000" },
      { title: ["required"], budgetMaxCny: ["budgetOrder"] },
    ],
    [{ questionDeadline: "2027-04-01T00:01" }, { questionDeadline: ["questionAfterDeadline"] }],
    [{ deadline: "2027-02-30T10:00" }, { deadline: ["dateTime"] }],
    [{ expectedStartAt: "2027-13-01" }, { expectedStartAt: ["date"] }],
    [{ capabilities: [] }, { capabilities: ["chooseBetween?min=1&max=8"] }],
    [{ region: "火星" }, { region: ["choose"] }],
    [{ deploymentMode: "ON_THE_MOON" }, { deploymentMode: ["choose"] }],
    [{ title: "x".repeat(121) }, { title: ["tooLong?max=120"] }],
    [{ contactPhone: "call me" }, { contactPhone: ["phone"] }],
  ])("refuses %j", (overrides, errors) => {
    expect(fieldErrors(formData(overrides as Record<string, string>))).toEqual(errors);
  });

  it("requires 1 to 10 criteria", () => {
    const withCriteria = (weights: number[]) => {
      const data = formData();
      for (const name of [...data.keys()]) if (name.startsWith("criteria")) data.delete(name);
      weights.forEach((weight, i) => {
        data.set(`criteria[${i}].name`, `评审项${i}`);
        data.set(`criteria[${i}].weight`, String(weight));
      });
      return data;
    };
    const countError = { criteria: ["criteriaCount?min=1&max=10"] };
    expect(fieldErrors(withCriteria([]))).toEqual(countError);
    expect(fieldErrors(withCriteria([90, ...Array<number>(10).fill(1)]))).toEqual(countError);
    expect(parseForm(withCriteria([91, ...Array<number>(9).fill(1)])).status).toBe("success");
    expect(parseForm(withCriteria([100])).status).toBe("success");
  });

  it("accepts common Chinese phone formats", () => {
    for (const phone of ["020-85121234", "+86 138 0013 8000", "400-800-1234 转 123"]) {
      expect(parseForm(formData({ contactPhone: phone })).status, phone).toBe("success");
    }
  });
});

describe("the API", () => {
  it("takes instants with their offset and typed values", () => {
    const input = {
      title: "t",
      summary: "s",
      industry: "power-grid",
      capabilities: ["llm"],
      deadline: "2027-03-31T16:00:00Z",
      questionDeadline: "2027-03-31T08:00:00+08:00",
      criteria: [{ name: "技术方案", weight: 100 }],
      requirementId: "r1",
      version: 3,
    };
    const value = updateRequirementDraftSchema.parse(input);
    expect(value.deadline?.toISOString()).toBe("2027-03-31T16:00:00.000Z");
    expect(value.questionDeadline?.toISOString()).toBe("2027-03-31T00:00:00.000Z");
    expect(value).toMatchObject({ version: 3, domesticStackRequired: false, visibility: "PUBLIC" });
  });
});
