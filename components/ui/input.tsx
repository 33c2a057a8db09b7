/** The look of every text input, select and textarea: one border, focus ring and error state. */
export const controlClass =
  "block rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 focus:ring-1 focus:ring-brand-600 focus:outline-none aria-[invalid=true]:border-rose-500";

/** A control under its label (see Field), as wide as its form. */
export const inputClass = `mt-1 w-full ${controlClass}`;

/** A text-like input; Field (or Conform's getInputProps) gives it its ids and aria attributes. */
export function Input({ className = "", ...props }: React.ComponentProps<"input">) {
  return <input className={`${inputClass} ${className}`} {...props} />;
}

export function Textarea({ className = "", ...props }: React.ComponentProps<"textarea">) {
  return <textarea className={`${inputClass} ${className}`} {...props} />;
}

export function Select({ className = "", ...props }: React.ComponentProps<"select">) {
  return <select className={`${inputClass} ${className}`} {...props} />;
}
