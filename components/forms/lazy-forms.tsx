"use client";

import dynamic from "next/dynamic";

// Forms that a page shows only to some roles (the owner, a vendor, an admin, a signed-in user),
// loaded only where they are rendered. Imported statically, a form and its form library and
// schemas (≈ 45 KB gzip) would be in every visitor's first load of the page that can show it.
// next/dynamic needs each import written out; the server still renders them in the first HTML.

export const LazyAddendumForm = dynamic(() =>
  import("@/components/questions/addendum-form").then((m) => m.AddendumForm),
);
export const LazyAskQuestionForm = dynamic(() =>
  import("@/components/questions/ask-question-form").then((m) => m.AskQuestionForm),
);
export const LazyChangeDeadlinesForm = dynamic(() =>
  import("@/components/questions/change-deadlines-form").then((m) => m.ChangeDeadlinesForm),
);
export const LazyCompleteContractForm = dynamic(() =>
  import("@/components/contracts/complete-contract-form").then((m) => m.CompleteContractForm),
);
export const LazyInviteVendorForm = dynamic(() =>
  import("@/components/matching/invite-vendor-form").then((m) => m.InviteVendorForm),
);
export const LazyModerateRequirementForms = dynamic(() =>
  import("@/components/admin/moderate-requirement-forms").then((m) => m.ModerateRequirementForms),
);
export const LazyReportForm = dynamic(() =>
  import("@/components/requirements/detail/report-form").then((m) => m.ReportForm),
);
export const LazyRequirementDecisionForms = dynamic(() =>
  import("@/components/requirements/detail/requirement-decision-forms").then(
    (m) => m.RequirementDecisionForms,
  ),
);
export const LazySignContractForm = dynamic(() =>
  import("@/components/contracts/sign-contract-form").then((m) => m.SignContractForm),
);
