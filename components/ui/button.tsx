import Link from "next/link";

const tones = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
  danger: "bg-rose-600 text-white hover:bg-rose-700",
} as const;

const sizes = {
  small: "px-3 py-1.5 text-sm",
  medium: "px-4 py-2 text-sm",
  /** The one action of a small form (sign-in, sign-up): as wide as the form. */
  wide: "w-full px-4 py-2.5",
} as const;

export type ButtonTone = keyof typeof tones;
export type ButtonSize = keyof typeof sizes;

/** The classes of a button, or of a link or summary element that looks like one. */
export function buttonClass(tone: ButtonTone = "primary", size: ButtonSize = "small"): string {
  return `inline-flex cursor-pointer items-center justify-center gap-1.5 rounded-md font-medium disabled:cursor-default disabled:opacity-60 ${sizes[size]} ${tones[tone]}`;
}

interface Look {
  tone?: ButtonTone;
  size?: ButtonSize;
}

/** A button of the app; `type` defaults to "button" so that only submit buttons submit. */
export function Button({
  tone,
  size = "medium",
  className = "",
  type = "button",
  ...props
}: Look & React.ComponentProps<"button">) {
  return <button type={type} className={`${buttonClass(tone, size)} ${className}`} {...props} />;
}

/** A link that looks like a button: for actions that lead to another page. */
export function ButtonLink({
  tone,
  size = "medium",
  className = "",
  ...props
}: Look & React.ComponentProps<typeof Link>) {
  return <Link className={`${buttonClass(tone, size)} ${className}`} {...props} />;
}
