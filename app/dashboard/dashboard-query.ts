import { RequirementStatus } from "@/lib/generated/prisma/enums";

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) =>
  typeof value === "string" ? value : undefined;

function isStatus(value: string | undefined): value is RequirementStatus {
  return (Object.values(RequirementStatus) as string[]).includes(value ?? "");
}

/** The dashboard's query string, read leniently: anything unknown means "no filter", page 1. */
export function dashboardQuery(params: SearchParams) {
  const status = single(params.status);
  const page = Number(single(params.page));
  return {
    status: isStatus(status) ? status : undefined,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    submitted: single(params.submitted) === "1",
  };
}
