/** The organization's logo, or its first character on a tinted square when it has none. */
export function OrganizationLogo({
  orgId,
  logoFileId,
  name,
  size = "md",
}: {
  orgId: string;
  logoFileId: string | null;
  name: string;
  size?: "md" | "lg";
}) {
  const box = size === "lg" ? "h-20 w-20 text-3xl" : "h-12 w-12 text-xl";
  if (!logoFileId)
    return (
      <span
        aria-hidden="true"
        className={`${box} flex shrink-0 items-center justify-center rounded-lg bg-brand-50 font-semibold text-brand-700`}
      >
        {Array.from(name.trim())[0] ?? "?"}
      </span>
    );
  // A plain img: the logo route already serves a small image with its own cache headers, and the
  // file id in the query makes a new logo a new URL.
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={`/files/logos/${orgId}?v=${logoFileId}`}
      alt=""
      className={`${box} shrink-0 rounded-lg border border-slate-200 bg-white object-contain p-1`}
    />
  );
}
