import { redirect } from "next/navigation";

/** The section starts with the bookmarks. */
export default function WorkspacePage() {
  redirect("/workspace/bookmarks");
}
