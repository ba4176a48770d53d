/** Reads a CSV file back as RFC 4180 says (quoted fields with commas, doubled quotes, line breaks), BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const s = text.startsWith("\ufeff") ? text.slice(1) : text;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") endField();
    else if (c === "\r" && s[i + 1] === "\n") {
      endRow();
      i++;
    } else if (c === "\n") endRow();
    else field += c;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}
