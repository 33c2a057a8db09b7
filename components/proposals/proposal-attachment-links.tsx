import { proposalAttachmentHref } from "@/lib/domain/proposals/proposal-hrefs";

/** A proposal version's files as download links (the download route decides who may fetch). */
export function ProposalAttachmentLinks({
  attachments,
  className,
}: {
  attachments: { id: string; name: string }[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {attachments.map((a) => (
        <li key={a.id}>
          <a
            href={proposalAttachmentHref(a.id)}
            className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
          >
            {a.name}
          </a>
        </li>
      ))}
    </ul>
  );
}
