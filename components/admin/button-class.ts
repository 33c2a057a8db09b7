const tones = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  danger: "bg-rose-600 text-white hover:bg-rose-700",
  quiet: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
} as const;

/** The admin console's buttons (and summary elements styled as buttons). */
export const buttonClass = (tone: keyof typeof tones) =>
  `inline-block cursor-pointer rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-60 ${tones[tone]}`;
