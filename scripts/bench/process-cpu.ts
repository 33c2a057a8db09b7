import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

// The CPU time a process and its descendants have used (Linux /proc). `npm start` is tsx, whose
// child is the Node.js process that serves: both are counted.

const TICKS_PER_SECOND = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());

function descendants(pid: number): number[] {
  const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
    readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" ").filter(Boolean),
  );
  return [pid, ...children.map(Number).flatMap(descendants)];
}

/** User and system CPU time, in ms, of the process tree under `pid`. */
export function processTreeCpuMs(pid: number): number {
  const ticks = descendants(pid).reduce((sum, id) => {
    // The command may hold spaces and parentheses: the fields are counted after its last ")".
    const fields = readFileSync(`/proc/${id}/stat`, "utf8").split(") ").at(-1)!.split(" ");
    return sum + Number(fields[11]) + Number(fields[12]); // utime and stime (fields 14, 15)
  }, 0);
  return (ticks * 1000) / TICKS_PER_SECOND;
}
