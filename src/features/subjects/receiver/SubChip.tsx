import { colourOf } from "./colours";

type SubChipProps = { pattern: string; colour: number; dim?: boolean };

// The chip's text is exactly the pattern; the colour ties it to the subscription list.
export function SubChip({ pattern, colour, dim }: SubChipProps) {
  const c = colourOf(colour);
  return (
    <span className={dim ? "chip sub-chip dim" : "chip sub-chip"} style={{ color: c, backgroundColor: `${c}14` }}>
      {pattern}
    </span>
  );
}
