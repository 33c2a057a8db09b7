import { spawn } from "node:child_process";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { processTreeCpuMs } from "./process-cpu";

describe("processTreeCpuMs", () => {
  it("counts the CPU time of a process's children, as of the Node.js server under tsx", async () => {
    // A shell whose child spins for 400 ms of CPU, then waits to be read.
    const busy =
      "const end = Date.now() + 400; while (Date.now() < end); setTimeout(() => {}, 5000)";
    const parent = spawn("sh", ["-c", `node -e '${busy}'; true`]);
    try {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(processTreeCpuMs(parent.pid!)).toBeGreaterThanOrEqual(300);
    } finally {
      parent.kill("SIGKILL");
      await once(parent, "exit");
    }
  });
});
