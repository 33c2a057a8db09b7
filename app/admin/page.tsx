import { redirect } from "next/navigation";

/** The console opens on the verification queue, the work that waits for an admin. */
export default function AdminPage() {
  redirect("/admin/verifications");
}
