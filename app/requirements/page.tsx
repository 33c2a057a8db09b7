import { redirect } from "next/navigation";
import { toSearchParams } from "@/lib/http/url-params";

/** The list of requirements is the home page; a guessed /requirements?q=… goes there, query and all. */
export default async function RequirementsIndex({ searchParams }: PageProps<"/requirements">) {
  const query = toSearchParams(await searchParams);
  redirect(query.size > 0 ? `/?${query}` : "/");
}
