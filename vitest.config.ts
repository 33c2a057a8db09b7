import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests load server modules outside React Server Components, as the server does.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", ".data/**"],
    globalSetup: ["tests/setup/global-setup.ts"],
    // Vitest's default is one worker per core but one, which on 2 cores runs the files one at a
    // time; each file has its own database and ports, and most of a test's time is spent
    // waiting for PostgreSQL, so two files at once (measured: 1,125 s → 704 s) is safe and faster.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
