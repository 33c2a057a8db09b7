import { z } from "zod";
import { RequirementStatus } from "@/lib/generated/prisma/enums";
import {
  lenientParam,
  markerParam,
  optionalChoiceParam,
  pageParam,
  urlSearchObject,
  type UrlValue,
} from "@/lib/http/url-params";

const STATUSES = Object.values(RequirementStatus) as [RequirementStatus, ...RequirementStatus[]];

/** The dashboard's query string, read leniently: anything unknown means "no filter", page 1. */
const dashboardQuerySchema = urlSearchObject({
  status: lenientParam(optionalChoiceParam(STATUSES)),
  page: lenientParam(pageParam()),
  submitted: lenientParam(markerParam()),
});

export function dashboardQuery(params: Record<string, UrlValue>) {
  return dashboardQuerySchema.parse(params);
}

export type DashboardQuery = z.output<typeof dashboardQuerySchema>;
