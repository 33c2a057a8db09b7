import { ClientMessages } from "@/components/i18n/client-messages";
/** Narrow, centred card for the sign-in, sign-up and password pages. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-md rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <ClientMessages scope="auth">{children}</ClientMessages>
    </div>
  );
}
