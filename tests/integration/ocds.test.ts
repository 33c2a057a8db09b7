import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildReleasePackage } from "@/lib/domain/ocds/build-release-package";
import { recordContractSigning } from "@/lib/domain/contracts/record-contract-signing";
import { recordCompletion } from "@/lib/domain/contracts/record-completion";
import { GET as listReleases } from "@/app/api/v1/ocds/releases/route";
import { runCli } from "@/scripts/cli/run-cli";
import { call, expectProblem } from "@/tests/helpers/api-call";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { setUpTestDatabase } from "@/tests/helpers/database";
import { setUpStorage } from "@/tests/helpers/storage";
import { createBiddingScene, submittedProposal } from "@/tests/helpers/proposals";
import { completionInput, createAwardedCast, signingInput } from "@/tests/helpers/contracts";
import { releasePackageValidator } from "@/tests/helpers/ocds-schemas";

setUpTestDatabase();
setUpStorage();

const validate = releasePackageValidator();
function expectValid(pkg: unknown) {
  const valid = validate(pkg);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

describe("the OCDS release package", () => {
  it("describes an award, its contract and its completion, valid against OCDS 1.1.5", async () => {
    const { actors, requirement, vendor } = await createAwardedCast();
    await recordContractSigning(actors.enterpriseOwner, signingInput(requirement.id));
    await recordCompletion(actors.enterpriseOwner, completionInput(requirement.id));
    const pkg = await buildReleasePackage();
    expectValid(pkg);
    const release = pkg.releases.find((r) => r.ocid === `ocds-zhipei-${requirement.id}`)!;
    expect(release.awards[0]).toMatchObject({
      value: { amount: 1_000_000, currency: "CNY" },
      suppliers: [{ id: vendor.org.id }],
    });
    expect(release.contracts[0]).toMatchObject({
      status: "terminated",
      value: { amount: 980_000, currency: "CNY" },
    });
    expect(release.parties.map((p) => p.roles[0])).toEqual(["buyer", "supplier"]);
  });

  it("says nothing of the proposals of a requirement before its deadline", async () => {
    const {
      requirement,
      vendor: { org: vendor },
    } = await createBiddingScene();
    await submittedProposal(requirement.id, vendor.id);
    const pkg = await buildReleasePackage();
    const release = pkg.releases.find((r) => r.ocid.endsWith(requirement.id))!;
    expect(release.tender).not.toHaveProperty("tenderers");
    expect(JSON.stringify(release)).not.toContain(vendor.id);
  });

  it("validates for the demo data, with nothing sealed before a deadline", async () => {
    await seedDemo();
    const pkg = await buildReleasePackage();
    expectValid(pkg);
    expect(pkg.releases.length).toBeGreaterThan(10);
    const now = Date.now();
    const open = pkg.releases.filter(
      (r) => !r.tender.tenderPeriod.endDate || Date.parse(r.tender.tenderPeriod.endDate) > now,
    );
    expect(open.length).toBeGreaterThan(0);
    for (const release of open) {
      expect(release.awards).toEqual([]);
      expect(release.parties).toHaveLength(1);
      expect(release.tender).not.toHaveProperty("tenderers");
    }
    expect(pkg.releases.some((r) => r.contracts.length > 0)).toBe(true);
  });
});

describe("the OCDS exports", () => {
  it("npm run cli -- export-ocds writes the package to --out, and the API pages it by date", async () => {
    const { requirement } = await createAwardedCast();
    const out = path.join(tmpdir(), `zhipei-ocds-${process.pid}.json`);
    let stderr = "";
    const code = await runCli(["export-ocds", "--out", out], {
      out: () => undefined,
      err: (text) => void (stderr += text),
    });
    expect(code).toBe(0);
    expect(stderr).toContain(out);
    const written = JSON.parse(await readFile(out, "utf8"));
    expectValid(written);
    expect(written.releases.map((r: { ocid: string }) => r.ocid)).toContain(
      `ocds-zhipei-${requirement.id}`,
    );

    const page = await call(listReleases, "/api/v1/ocds/releases?pageSize=1&page=1");
    const body = await page.json();
    expectValid(body);
    expect(body.releases).toHaveLength(1);
    const future = await call(listReleases, "/api/v1/ocds/releases?from=2999-01-01T00:00:00Z");
    expect((await future.json()).releases).toEqual([]);
    await expectProblem(
      await call(listReleases, "/api/v1/ocds/releases?from=yesterday"),
      400,
      "BAD_REQUEST",
    );
  });
});
