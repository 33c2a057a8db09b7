// Module hooks for the scripts (CLI, seed, worker, servers), which run outside Next's bundler:
// `server-only` is resolved as React Server Components resolve it (to its empty module), so
// the modules it marks load here too. Nothing else is resolved differently.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, {
    ...context,
    conditions: [...context.conditions, "react-server"],
  });
}
