/** The evaluation page of a requirement (开标、评标、定标). */
export const evaluationHref = (requirementId: string) =>
  `/requirements/${encodeURIComponent(requirementId)}/evaluation`;
