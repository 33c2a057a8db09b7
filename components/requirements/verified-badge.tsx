import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function VerifiedBadge() {
  const t = await getTranslations("requirement");
  return (
    <Badge tone="success" className="badge-check">
      {t("verified")}
    </Badge>
  );
}
