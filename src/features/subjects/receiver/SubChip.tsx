import { colourOf } from "./colours";

type SubChipProps = { pattern: string; colour: number; dim?: boolean };

// The chip's text is exactly the pattern, in the page's ink; its subscription's
// colour is the border that ties it to the list (a colour, never the only signal).
export function SubChip({ pattern, colour, dim }: SubChipProps) {
  return (
    <span className={dim ? "chip sub-chip dim" : "chip sub-chip"} style={{ borderColor: colourOf(colour) }} translate="no">
      {pattern}
    </span>
  );
}
