// Subscription colours: distinct from each other, drawn as a swatch and as a
// chip's border (never as the colour of text, which stays in the page's ink).
export const PALETTE = ["#2563eb", "#c2410c", "#15803d", "#9333ea", "#be123c", "#0f766e", "#a16207", "#4f46e5"] as const;
export const PALETTE_SIZE = PALETTE.length;

export const colourOf = (index: number) => PALETTE[index % PALETTE_SIZE]!;
