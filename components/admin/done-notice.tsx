/**
 * What the last action did, after it brought the user back here (`?done=` in the address);
 * announced politely. Nothing when there is nothing to say.
 */
export function DoneNotice({ text, className = "" }: { text: string | null; className?: string }) {
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

/** A search parameter when it is one of `known` (anything else in the address is ignored). */
export function knownValue<Key extends string>(
  value: string | string[] | undefined,
  known: readonly Key[],
): Key | null {
  return typeof value === "string" && (known as readonly string[]).includes(value)
    ? (value as Key)
    : null;
}
