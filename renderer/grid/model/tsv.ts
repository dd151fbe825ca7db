/**
 * Tab-separated text as Excel and LibreOffice put it on the clipboard: cells split by tabs, rows by
 * CRLF (or LF, or CR); a cell holding a tab, a line break or a quote is wrapped in quotes, with its
 * quotes doubled. The final line break is not an empty row. Rows may have different lengths (text
 * copied from elsewhere); they are kept as they come, and the paste leaves missing cells alone.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    let cell = '';
    if (text[i] === '"' && hasClosingQuote(text, i + 1)) {
      i++;
      for (;;) {
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
    }
    // Unquoted text, or whatever follows a closing quote before the next separator, is taken as it is.
    while (i < n && text[i] !== '\t' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
    row.push(cell);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === '\t') {
      i++;
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return rows;
}

/** A quote opens a quoted cell only if it is closed before the end; otherwise it is a literal quote. */
function hasClosingQuote(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (text[i + 1] === '"') {
      i++;
      continue;
    }
    return true;
  }
  return false;
}

const NEEDS_QUOTES = /[\t\r\n"]/;

/** Rows of cell texts as Excel writes them to the clipboard, each row ended by CRLF. */
export function serialiseTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(quote).join('\t') + '\r\n').join('');
}

const quote = (cell: string) => (NEEDS_QUOTES.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
