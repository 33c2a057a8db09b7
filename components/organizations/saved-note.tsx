import type { FormResult } from "@/lib/forms/handle-form";

/** Whether the last submission succeeded. */
export function succeeded(result: FormResult | undefined): boolean {
  return result?.status === "success";
}

/**
 * "Saved" after a successful submission, announced politely; `notices` words what the action
 * said happened besides (its `notice` key), in place of the plain text.
 */
export function SavedNote({
  result,
  text,
  notices = {},
}: {
  result: FormResult | undefined;
  text: string;
  notices?: Record<string, string>;
}) {
  const notice = result?.notice ? notices[result.notice] : undefined;
  return (
    <p role="status" className="text-sm text-emerald-700">
      {succeeded(result) ? (notice ?? text) : ""}
    </p>
  );
}
