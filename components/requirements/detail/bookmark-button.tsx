import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/current-actor";
import { isBookmarked } from "@/lib/domain/bookmarks/bookmarked-requirements";
import { isVendorMember } from "@/lib/auth/guards";
import { BookmarkToggle } from "@/components/vendor-tools/bookmark-toggle";
import { signInHref } from "./sign-in-href";

/**
 * The requirement's bookmark toggle for vendor members; visitors are offered to sign in first
 * (most of them are vendors looking for business); nothing for anyone else.
 */
export async function BookmarkButton({ requirementId }: { requirementId: string }) {
  const actor = await currentActor();
  if (actor.kind === "visitor") return <SignInToBookmark requirementId={requirementId} />;
  if (!isVendorMember(actor)) return null;
  const bookmarked = await isBookmarked(actor, { requirementId });
  return (
    <div className="ml-auto">
      <BookmarkToggle requirementId={requirementId} bookmarked={bookmarked} />
    </div>
  );
}

async function SignInToBookmark({ requirementId }: { requirementId: string }) {
  const t = await getTranslations("vendorTools.bookmark");
  return (
    <Link
      href={signInHref(requirementId)}
      className="ml-auto inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-50"
    >
      <span aria-hidden="true" className="text-slate-400">
        ☆
      </span>
      {t("signIn")}
    </Link>
  );
}
