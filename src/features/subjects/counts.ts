import type { Format } from "../../i18n/format";

/** A count as the page's language writes it. */
export type Count = (n: number) => string;

// English keeps the plain digits this panel always showed (100000, not 100,000):
// people's scripts and the tests read these counts back as numbers. French groups
// thousands as French does (100 000).
export const countIn = (f: Format): Count => (f.lang === "en" ? String : (n) => f.number(n));
