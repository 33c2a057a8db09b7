import { getTranslations } from "next-intl/server";

import { translatedName } from "./translated-name";

export async function getRegionName(): Promise<(region: string) => string> {
  const t = await getTranslations("region");
  return (region) => translatedName(t, region);
}

export async function getCriterionName(): Promise<(name: string) => string> {
  const t = await getTranslations("criterionName");
  return (name) => translatedName(t, name);
}
