import "server-only";

/** The fields of a version its receipt (回执) shows. */
export const RECEIPT_SELECT = {
  version: true,
  digest: true,
  createdAt: true,
  priceCny: true,
  proposal: {
    select: {
      id: true,
      requirement: { select: { id: true, title: true, projectNumber: true } },
      vendor: { select: { name: true } },
    },
  },
  attachments: {
    orderBy: { position: "asc" },
    select: {
      attachment: {
        select: { file: { select: { originalName: true, sha256: true, sizeBytes: true } } },
      },
    },
  },
} as const;

interface ReceiptRow {
  version: number;
  digest: string;
  createdAt: Date;
  priceCny: number;
  proposal: {
    id: string;
    requirement: { id: string; title: string; projectNumber: string | null };
    vendor: { name: string };
  };
  attachments: {
    attachment: { file: { originalName: string; sha256: string; sizeBytes: number } };
  }[];
}

/** A submission's receipt: the version, the database's time of receipt and the digest. */
export interface ProposalReceipt {
  proposalId: string;
  requirementId: string;
  requirementTitle: string;
  projectNumber: string | null;
  vendorName: string;
  version: number;
  receivedAt: Date;
  digest: string;
  priceCny: number;
  attachments: { name: string; sha256: string; sizeBytes: number }[];
}

export function receiptOf(row: ReceiptRow): ProposalReceipt {
  return {
    proposalId: row.proposal.id,
    requirementId: row.proposal.requirement.id,
    requirementTitle: row.proposal.requirement.title,
    projectNumber: row.proposal.requirement.projectNumber,
    vendorName: row.proposal.vendor.name,
    version: row.version,
    receivedAt: row.createdAt,
    digest: row.digest,
    priceCny: row.priceCny,
    attachments: row.attachments.map(({ attachment: { file } }) => ({
      name: file.originalName,
      sha256: file.sha256,
      sizeBytes: file.sizeBytes,
    })),
  };
}
