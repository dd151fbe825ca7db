import { PdfFile, PdfFormatError } from './pdf-objects';

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  /** BCP 47 language of the text, e.g. "ar": screen readers and text extraction use it. */
  language: string;
}

/** A PDF text string as UTF-16BE hex with a byte order mark: any text, nothing to escape. */
export function textString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

const pdfDate = (d: Date) => `(D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z)`;

/**
 * Sets the document information (title, author, subject, keywords) and the catalog's language,
 * which Chromium does not write, by an incremental update: the bytes Chromium wrote stay as they
 * are (structure tree, outline, fonts) and a new catalog and info dictionary are appended after
 * them, as the PDF standard provides for editing a file.
 */
export function withMetadata(bytes: Uint8Array, meta: PdfMeta, now = new Date()): Buffer {
  const pdf = new PdfFile(bytes);
  const size = pdf.trailer.get('Size');
  if (typeof size !== 'number') throw new PdfFormatError('The PDF trailer has no /Size.');
  const root = pdf.ref('Root', pdf.trailer);
  const infoNumber = size;

  const catalog = pdf.dictText(root).replace(/\/Lang\s*(\([^)]*\)|<[^>]*>)/, '');
  const newCatalog = `<</Lang ${textString(meta.language)}${catalog.slice(2)}`;
  const oldInfo = pdf.trailer.get('Info');
  const created = oldInfo ? /\/CreationDate\s*(\([^)]*\))/.exec(pdf.dictText(pdf.ref('Info', pdf.trailer)))?.[1] : undefined;
  const info = [
    `/Title ${textString(meta.title)}`,
    `/Author ${textString(meta.author)}`,
    `/Subject ${textString(meta.subject)}`,
    `/Keywords ${textString(meta.keywords)}`,
    `/Creator ${textString('ClusterDesk')}`,
    `/Producer ${textString('ClusterDesk with Chromium (Skia/PDF)')}`,
    `/CreationDate ${created ?? pdfDate(now)}`,
    `/ModDate ${pdfDate(now)}`,
  ].join('\n');

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let text = head[head.length - 1] === 0x0a ? '' : '\n';
  const at = () => head.length + Buffer.byteLength(text, 'latin1');
  const catalogAt = at();
  text += `${root} 0 obj\n${newCatalog}\nendobj\n`;
  const infoAt = at();
  text += `${infoNumber} 0 obj\n<<${info}>>\nendobj\n`;
  const xrefAt = at();
  const entry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  text += `xref\n${root} 1\n${entry(catalogAt)}${infoNumber} 1\n${entry(infoAt)}`;
  text += `trailer\n<</Size ${size + 1}\n/Root ${root} 0 R\n/Info ${infoNumber} 0 R\n/Prev ${pdf.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.concat([head, Buffer.from(text, 'latin1')]);
}
