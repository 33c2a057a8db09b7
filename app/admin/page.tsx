import { redirect } from "next/navigation";

/** The console opens on its first tab, the requirement review queue: the work enterprises wait for. */
export default function AdminPage() {
  redirect("/admin/requirements");
}
