import { z } from "zod";
import { errorKey } from "@/lib/validation/fields";

// Only the shape of a slug is checked here (the form runs this in the browser); whether the tag
// exists is checked against the Tag table by requireKnownTags, since admins may add tags.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const tagSlug = () =>
  z
    .string({ error: errorKey("choose") })
    .max(60)
    .regex(SLUG, errorKey("unknownTag"));

/** A set of tag slugs from a checkbox group: duplicates dropped, none means an empty list. */
export const tagSlugs = () =>
  z
    .array(tagSlug())
    .max(60, errorKey("invalid"))
    .default([])
    .transform((slugs) => [...new Set(slugs)]);
