import { ClientMessages } from "@/components/i18n/client-messages";

/** The enterprise's pages: the requirement editor's and the question inbox's messages. */
export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages scope="dashboard">{children}</ClientMessages>;
}
