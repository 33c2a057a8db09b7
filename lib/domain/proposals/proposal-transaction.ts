import "server-only";

/**
 * Transaction options of proposal writes: near a deadline many vendors submit at once and wait
 * for a connection; waiting must not turn an on-time submission into an error.
 */
export const PROPOSAL_TRANSACTION = { maxWait: 30_000, timeout: 30_000 } as const;
