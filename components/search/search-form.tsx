"use client";

import { useEffect } from "react";
import { useSearchNavigation } from "./search-navigation";

/** The control whose change submitted the form: focused again in the re-rendered form. */
let changed: { name: string; value: string; at: number } | null = null;
const REFOCUS_WITHIN_MS = 10_000;

const submitsOnChange = (target: EventTarget | null): target is HTMLInputElement =>
  target instanceof HTMLSelectElement ||
  (target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio"));

/** The form's fields as a query: blank fields and defaults left out, so links stay short. */
function queryOf(form: HTMLFormElement, defaults: Record<string, string>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    const text = value.trim();
    if (text !== "" && defaults[name] !== text) query.append(name, text);
  }
  return query;
}

/**
 * A search's GET form: without JavaScript the browser submits it; with it, the query (without
 * blanks) is navigated to in a transition, and a select, checkbox or radio button applies at
 * once. Controls elsewhere on the page join it with `form={id}`. The page remounts the controls
 * when the URL changes (so back and links show their state); the changed one gets focus back.
 */
export function SearchForm({
  id,
  action,
  label,
  defaults = {},
  className,
  children,
}: {
  id: string;
  action: string;
  label: string;
  /** Values the URL leaves out (e.g. the default state). */
  defaults?: Record<string, string>;
  className?: string;
  children: React.ReactNode;
}) {
  const { navigate } = useSearchNavigation();

  useEffect(() => {
    const submit = (event: Event) => {
      const target = event.target;
      if (!submitsOnChange(target) || target.form?.id !== id) return;
      changed = { name: target.name, value: target.value, at: Date.now() };
      target.form.requestSubmit();
    };
    document.addEventListener("change", submit);
    return () => document.removeEventListener("change", submit);
  }, [id]);

  useEffect(() => {
    const form = document.getElementById(id);
    if (!changed || !(form instanceof HTMLFormElement)) return;
    const { name, value, at } = changed;
    // Cleared after this commit (React's development double run of effects must see it too).
    setTimeout(() => (changed = null));
    if (Date.now() - at > REFOCUS_WITHIN_MS) return;
    const control = [...form.elements].find(
      (element): element is HTMLInputElement =>
        submitsOnChange(element) &&
        element.name === name &&
        (element.type !== "radio" || element.value === value),
    );
    control?.closest("details")?.setAttribute("open", "");
    control?.focus();
  }, [id]);

  return (
    <form
      id={id}
      action={action}
      method="get"
      aria-label={label}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const query = queryOf(event.currentTarget, defaults).toString();
        navigate(query ? `${action}?${query}` : action);
      }}
    >
      {children}
    </form>
  );
}
