import type { LogRow } from "./attribution";

/**
 * What the server did that the local matcher disagrees with, as data
 * (receiver-text.ts says it): patterns that delivered a subject they do not
 * match, and matching patterns whose subscription did not deliver it.
 */
export type MismatchReport = Pick<LogRow, "subject" | "unexpected" | "missing">;

export const mismatchOf = ({ subject, unexpected, missing }: LogRow): MismatchReport => ({ subject, unexpected, missing });

export const isFlagged = (row: MismatchReport) => row.unexpected.length > 0 || row.missing.length > 0;
