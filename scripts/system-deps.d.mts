export const CHROMIUM_CANDIDATES: string[];
export function findChromium(): string | undefined;
export function ensureSystemDeps(need?: { chromium?: boolean }): void;
