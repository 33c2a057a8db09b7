import type { TestProject } from "vitest/node";
import {
  appRoleUrl,
  dropDatabase,
  recreateDatabase,
  startTestServer,
} from "@/scripts/lib/database-server";
import { prepareDatabase } from "@/scripts/db/prepare-database";

const TEMPLATE = `zhipei_test_template_${process.pid}`;

declare module "vitest" {
  export interface ProvidedContext {
    testServerUrl: string;
    templateDatabase: string;
  }
}

/** Starts (or finds) the test server and builds one migrated template every test database copies. */
export default async function setup(project: TestProject) {
  const server = await startTestServer(54330);
  const templateUrl = await recreateDatabase(server.url, TEMPLATE);
  // Copies keep the app role's grants: tests run the product as that role (tests/helpers/database.ts).
  await prepareDatabase(templateUrl, { appUrl: appRoleUrl(templateUrl) });
  project.provide("testServerUrl", server.url);
  project.provide("templateDatabase", TEMPLATE);
  // Scratch databases made by tests (e.g. the migration tests) find the server here.
  process.env.TEST_DATABASE_URL = server.url;
  return async () => {
    await dropDatabase(server.url, TEMPLATE);
    await server.stop();
  };
}
