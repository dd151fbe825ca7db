import { refuse } from './refuse';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);

/** Formats an analyst may pick by mistake, each with what to do instead. */
const FOREIGN: { sig: readonly number[]; at?: number; what: string }[] = [
  {
    sig: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'is an Excel 97-2003 workbook (.xls) or a password-protected workbook, which ClusterDesk cannot read. Open it in Excel and save it as .xlsx without a password, or as CSV',
  },
  { sig: [0x25, 0x50, 0x44, 0x46], what: 'is a PDF document, not a table. Copy the table into Excel and save it as .xlsx or CSV' },
  { sig: [0x89, 0x50, 0x4e, 0x47], what: 'is a PNG image, not a table. Choose a CSV or XLSX file' },
  { sig: [0xff, 0xd8, 0xff], what: 'is a JPEG image, not a table. Choose a CSV or XLSX file' },
  { sig: [0x47, 0x49, 0x46, 0x38], what: 'is a GIF image, not a table. Choose a CSV or XLSX file' },
  { sig: [...Buffer.from('SQLite format 3\0', 'latin1')], what: 'is a database file, perhaps a ClusterDesk workspace. Open workspaces with File > Open; import reads CSV and XLSX files' },
  { sig: [0x1f, 0x8b], what: 'is a gzip archive. Extract the CSV or XLSX file from it first' },
  { sig: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'is a 7-Zip archive. Extract the CSV or XLSX file from it first' },
  { sig: [0x52, 0x61, 0x72, 0x21], what: 'is a RAR archive. Extract the CSV or XLSX file from it first' },
];

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/**
 * Decides from the content, not the name, whether bytes are a workbook (a ZIP container) or text,
 * so that an .xlsx renamed to .csv still imports and a binary file named .csv is refused clearly.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): 'xlsx' | 'text' {
  if (bytes.length === 0) throw refuse(fileName, 'empty', 'is empty: there is nothing to import. Choose another file.');
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return 'xlsx';
  const foreign = FOREIGN.find((f) => startsWith(bytes, f.sig, f.at));
  if (foreign) throw refuse(fileName, 'unsupported-format', `${foreign.what}.`);
  return 'text';
}

const SAMPLE_CHARS = 64 * 1024;
/** Text files carry tabs and line breaks; other control characters are rare in real tables. */
const MAX_CONTROL_RATIO = 0.01;

/** Refuses decoded text that is really binary data: NUL characters, or many control characters. */
export function assertText(text: string, fileName: string): void {
  const n = Math.min(text.length, SAMPLE_CHARS);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) throw notText(fileName);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) throw notText(fileName);
}

const notText = (fileName: string) =>
  refuse(
    fileName,
    'binary',
    'is not a text file (it contains binary data), so it cannot be read as CSV. Choose a CSV or XLSX file; if the data is in another program, export it from there as CSV first. A UTF-16 file without a byte-order mark can be read by choosing UTF-16 as its encoding.',
  );
