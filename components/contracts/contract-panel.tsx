import { LazyCompleteContractForm, LazySignContractForm } from "@/components/forms/lazy-forms";
import { getFormatter, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { getContractForMembers } from "@/lib/domain/contracts/get-contract";
import { mayTrigger, type RequirementRef } from "@/lib/domain/requirements/requirement-permissions";
import { Panel } from "@/components/ui/panel";

/**
 * On the requirement's page, for the enterprise's members: the signing form once awarded, the
 * contract and the acceptance form once signed, the acceptance and rating once completed.
 */
export async function ContractPanel({
  actor,
  requirement,
}: {
  actor: Actor;
  requirement: RequirementRef & { id: string };
}) {
  const contract = await getContractForMembers(actor, requirement);
  const maySign = mayTrigger(actor, requirement, "sign");
  if (!contract && !maySign) return null;
  const [t, format] = await Promise.all([getTranslations("contract"), getFormatter()]);
  const date = (value: Date) =>
    format.dateTime(value, { dateStyle: "medium", timeZone: "Asia/Shanghai" });
  return (
    <Panel id="contract" title={t("summaryTitle")}>
      <div className="space-y-4 text-sm">
        {contract && (
          <p>
            {t("summary", {
              number: contract.contractNumber ?? "—",
              amount: format.number(contract.amountCny),
              date: date(contract.signedAt),
            })}
          </p>
        )}
        {contract?.completedAt && (
          <p className="whitespace-pre-line">
            {t("completedSummary", {
              date: date(contract.completedAt),
              rating: contract.rating ?? 0,
              notes: contract.acceptanceNotes ?? "",
            })}
          </p>
        )}
        {maySign && <LazySignContractForm requirementId={requirement.id} />}
        {mayTrigger(actor, requirement, "complete") && (
          <LazyCompleteContractForm requirementId={requirement.id} />
        )}
      </div>
    </Panel>
  );
}
