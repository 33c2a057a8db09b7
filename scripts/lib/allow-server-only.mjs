// Loaded with `--import` before a script, so that its server-only modules load (see the hooks).
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
