"use client";

import dynamic from "next/dynamic";

// As components/forms/lazy-forms.tsx, in a module of its own: the search pages import it, and
// the requirement page's forms (and the messages they read) are not theirs.
export const LazySaveSearchFields = dynamic(() =>
  import("@/components/vendor-tools/save-search-fields").then((m) => m.SaveSearchFields),
);
