/**
 * What the last action did, after it brought the user back here (`?done=` in the address);
 * announced politely. Nothing when there is nothing to say.
 */
export function DoneNotice({
  text,
  className = "",
}: {
  text: string | null | undefined;
  className?: string;
}) {
  if (!text) return null;
  return (
    <p
      role="status"
      className={`${className} rounded-md border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-800`}
    >
      {text}
    </p>
  );
}
