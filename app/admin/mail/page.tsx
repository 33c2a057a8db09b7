import { getTranslations } from "next-intl/server";
import { listCaughtMail } from "@/lib/domain/admin/list-caught-mail";
import { Panel } from "@/components/ui/panel";
import { CaughtMailList } from "@/components/admin/caught-mail-list";
import { requireAdminPage } from "../require-admin-page";

export default async function AdminMailPage() {
  const admin = await requireAdminPage("/admin/mail");
  const [t, mail] = await Promise.all([getTranslations("admin.mail"), listCaughtMail(admin)]);
  const notice = !mail.configured
    ? t("notConfigured")
    : mail.messages.length === 0
      ? t("empty")
      : null;
  return (
    <Panel id="mail" title={t("title")}>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      {notice ? (
        <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-slate-600">{notice}</p>
      ) : (
        <CaughtMailList messages={mail.messages} />
      )}
    </Panel>
  );
}
