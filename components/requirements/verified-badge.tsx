import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function VerifiedBadge() {
  const t = await getTranslations("requirement");
  return (
    <Badge tone="success">
      <svg aria-hidden="true" viewBox="0 0 16 16" className="h-3 w-3 fill-current">
        <path d="M6.5 11.2 3.3 8l1.1-1.1 2.1 2.1 5.1-5.1L12.7 5z" />
      </svg>
      {t("verified")}
    </Badge>
  );
}
