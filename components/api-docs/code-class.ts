export const codeClass =
  "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.8125rem] text-slate-800";
