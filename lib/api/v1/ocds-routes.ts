import { z } from "zod";
import { buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { defineRoute } from "../define-route";
import { described, instant } from "./fields";

const d = (key: string) => described(`fields.ocds.${key}`);

const releasesQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1).meta(d("page")),
  pageSize: z.coerce.number().int().min(1).max(100).default(50).meta(d("pageSize")),
  from: instant().optional().meta(d("from")),
  to: instant().optional().meta(d("to")),
});

/** The OCDS 1.1 release package as lib/ocds/schema describes it; releases are passed through. */
const releasePackageSchema = z
  .object({
    uri: z.string().meta(d("uri")),
    version: z.literal("1.1"),
    publishedDate: instant(),
    publisher: z.object({ name: z.string() }),
    license: z.string(),
    releases: z.array(z.looseObject({ ocid: z.string() })).meta(d("releases")),
  })
  .meta({ id: "OcdsReleasePackage" });

export const listOcdsReleasesRoute = defineRoute({
  method: "get",
  path: "/api/v1/ocds/releases",
  operationId: "listOcdsReleases",
  tag: "ocds",
  summary: "@apiDocs.operations.listOcdsReleases.summary",
  description: "@apiDocs.operations.listOcdsReleases.description",
  query: releasesQuery,
  response: releasePackageSchema,
  run: ({ query: { page, pageSize, from, to } }) =>
    buildReleasePackage({
      skip: (page - 1) * pageSize,
      take: pageSize,
      from: from ? new Date(from) : undefined,
      to: to ? new Date(to) : undefined,
    }),
});
