/** The sign-in page, coming back to the requirement afterwards. */
export function signInHref(requirementId: string): string {
  const back = `/requirements/${encodeURIComponent(requirementId)}`;
  return `/sign-in?callbackUrl=${encodeURIComponent(back)}`;
}
