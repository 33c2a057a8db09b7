import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

let wasmReady: Promise<void> | undefined;

// Before trapping on a Rust panic, the engine hands the panic message to this global. The trap
// then surfaces as an uncaught "RuntimeError: unreachable" and the pending call never settles,
// so print the message now or it is lost.
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: {
    set_message: (message: string) => console.error(`schema engine panicked: ${message}`),
  },
});

// The engine arms 10 s timeouts that it never clears; unref them so that they do not keep
// the process alive after the work is done (open database connections still do meanwhile).
function wasmImports(): WebAssembly.ModuleImports {
  const imports: Record<string, unknown> = { ...bg };
  for (const name of Object.keys(bg).filter((n) => n.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports as WebAssembly.ModuleImports;
}

async function instantiate(): Promise<void> {
  const bgFile = createRequire(import.meta.url).resolve(
    "@prisma/schema-engine-wasm/schema_engine_bg",
  );
  const bytes = await readFile(path.join(path.dirname(bgFile), "schema_engine_bg.wasm"));
  const compiled = await WebAssembly.compile(bytes);
  const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": wasmImports() });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

/**
 * Instantiates the engine's WebAssembly module once per process, then resolves to its
 * SchemaEngine class. The package's ESM entry imports the .wasm file directly, which Node cannot
 * do.
 */
export async function loadWasm(): Promise<typeof bg.SchemaEngine> {
  wasmReady ??= instantiate();
  await wasmReady;
  return bg.SchemaEngine;
}
