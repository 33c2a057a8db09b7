"use client";

import { useRouter } from "next/navigation";
import { createContext, use, useTransition } from "react";

interface SearchNavigation {
  /** Whether a search is loading (the old results stay, dimmed, until the new ones arrive). */
  pending: boolean;
  navigate: (href: string) => void;
}

const SearchNavigationContext = createContext<SearchNavigation>({
  pending: false,
  navigate: (href) => window.location.assign(href),
});

export const useSearchNavigation = () => use(SearchNavigationContext);

/** Lets a search form and its results share one navigation and its pending state. */
export function SearchNavigationProvider({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = (href: string) => startTransition(() => router.push(href, { scroll: false }));
  return (
    <SearchNavigationContext value={{ pending, navigate }}>{children}</SearchNavigationContext>
  );
}

/** The results, marked busy (and dimmed) while the next search loads. */
export function PendingResults({
  children,
  updatingLabel,
}: {
  children: React.ReactNode;
  updatingLabel: string;
}) {
  const { pending } = useSearchNavigation();
  return (
    <div
      aria-busy={pending}
      // Dimmed only when the search takes a moment: a quick one should not flicker.
      className={`transition-opacity duration-200 ${pending ? "opacity-50 delay-150" : ""}`}
    >
      <p role="status" className="sr-only">
        {pending ? updatingLabel : ""}
      </p>
      {children}
    </div>
  );
}
