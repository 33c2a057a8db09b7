import { redirect } from "next/navigation";

/** The list of requirements is the home page; a guessed /requirements?q=… goes there, query and all. */
export default async function RequirementsIndex({ searchParams }: PageProps<"/requirements">) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(await searchParams)) {
    for (const item of [value ?? []].flat()) query.append(name, item);
  }
  redirect(query.size > 0 ? `/?${query}` : "/");
}
