import type { FormResult } from "@/lib/forms/handle-form";

/** Whether the last submission succeeded. */
export function succeeded(result: FormResult | undefined): boolean {
  return result?.status === "success";
}

/** "Saved" after a successful submission, announced politely. */
export function SavedNote({ result, text }: { result: FormResult | undefined; text: string }) {
  return (
    <p role="status" className="text-sm text-emerald-700">
      {succeeded(result) ? text : ""}
    </p>
  );
}
