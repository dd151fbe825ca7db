import { PassThrough, type Readable } from 'node:stream';
import { crc32, createInflateRaw } from 'node:zlib';
import { limits, megabytes } from './limits';
import { refuse } from './refuse';

/**
 * Checks an XLSX container before exceljs touches it. A workbook is a ZIP file; a hostile one can
 * declare small parts that inflate to gigabytes, hide parts the central directory does not list
 * (a streaming reader would still read them), or carry a DOCTYPE that defines entities. Here the
 * central directory is read by hand, every part is inflated once as a stream with hard caps, its
 * checksum verified, and its XML scanned, keeping memory flat whatever the file declares.
 */
export interface ZipPart {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const SIG = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, descriptor: 0x08074b50 };
const ZIP64 = 0xffffffff;
const MAX_COMMENT = 0xffff;
const HEAD_SCAN_BYTES = 64 * 1024;

const damaged = (fileName: string, what: string) =>
  refuse(fileName, 'zip-damaged', `is damaged or not a valid workbook (${what}). Open it in Excel and save it again as .xlsx.`);

const bomb = (fileName: string, what: string) =>
  refuse(fileName, 'zip-bomb', `was refused: ${what}. This is how a "zip bomb" looks; if the workbook is genuine, save it again in Excel or export it as CSV.`);

function findEnd(buf: Buffer, fileName: string): number {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let at = buf.length - 22; at >= stop; at--) if (buf.readUInt32LE(at) === SIG.end) return at;
  throw damaged(fileName, 'no ZIP central directory');
}

/** Reads the central directory: the list of parts the archive declares, with their sizes. */
function readCentralDirectory(buf: Buffer, fileName: string): { parts: ZipPart[]; directoryOffset: number } {
  if (buf.length < 22) throw damaged(fileName, 'too short to be a ZIP file');
  const end = findEnd(buf, fileName);
  const disk = buf.readUInt16LE(end + 4);
  const count = buf.readUInt16LE(end + 10);
  const size = buf.readUInt32LE(end + 12);
  const offset = buf.readUInt32LE(end + 16);
  if (disk !== 0) throw damaged(fileName, 'a multi-part archive');
  if (count === 0xffff || offset === ZIP64 || size === ZIP64) throw damaged(fileName, 'a ZIP64 archive, which workbooks of this size never need');
  if (count > limits.maxZipEntries) throw bomb(fileName, `it has ${count} parts, where a workbook has a few dozen`);
  if (offset + size > end) throw damaged(fileName, 'the central directory lies outside the file');
  const parts: ZipPart[] = [];
  let at = offset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || buf.readUInt32LE(at) !== SIG.central) throw damaged(fileName, 'a broken central directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const part: ZipPart = {
      flags: buf.readUInt16LE(at + 8),
      method: buf.readUInt16LE(at + 10),
      crc: buf.readUInt32LE(at + 16),
      compressedSize: buf.readUInt32LE(at + 20),
      uncompressedSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength),
    };
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    checkDeclared(part, fileName);
    total += part.uncompressedSize;
    if (total > limits.maxUncompressedBytes) {
      throw bomb(fileName, `its parts declare more than ${megabytes(limits.maxUncompressedBytes)} once uncompressed`);
    }
    parts.push(part);
  }
  return { parts, directoryOffset: offset };
}

function checkDeclared(part: ZipPart, fileName: string): void {
  if (part.flags & 1) throw refuse(fileName, 'not-a-workbook', 'is encrypted. Remove the password in Excel (File > Info > Protect Workbook) and save it again.');
  if (part.method !== 0 && part.method !== 8) throw damaged(fileName, `part "${part.name}" uses compression method ${part.method}`);
  if (part.compressedSize === ZIP64 || part.uncompressedSize === ZIP64) throw damaged(fileName, 'a ZIP64 part');
  if (part.uncompressedSize > limits.ratioCheckFromBytes && part.uncompressedSize > part.compressedSize * limits.maxCompressionRatio) {
    throw bomb(fileName, `part "${part.name}" would grow ${Math.round(part.uncompressedSize / Math.max(1, part.compressedSize))} times when uncompressed`);
  }
}

/**
 * The parts must follow one another from the start of the file to the central directory with
 * nothing between or overlapping, and each local header must agree with the directory; otherwise a
 * streaming reader could see parts that this check did not.
 */
function locate(buf: Buffer, parts: ZipPart[], directoryOffset: number, fileName: string): Map<ZipPart, number> {
  const dataAt = new Map<ZipPart, number>();
  let expected = 0;
  for (const part of [...parts].sort((a, b) => a.localOffset - b.localOffset)) {
    const at = part.localOffset;
    if (at !== expected || at + 30 > buf.length || buf.readUInt32LE(at) !== SIG.local) throw damaged(fileName, `part "${part.name}" is not where the directory says`);
    const nameLength = buf.readUInt16LE(at + 26);
    const name = buf.toString('utf8', at + 30, at + 30 + nameLength);
    const descriptor = (buf.readUInt16LE(at + 6) & 8) !== 0;
    const sizesAgree = buf.readUInt32LE(at + 18) === part.compressedSize && buf.readUInt32LE(at + 22) === part.uncompressedSize;
    if (name !== part.name || (!descriptor && !sizesAgree)) throw damaged(fileName, `part "${part.name}" does not match its directory entry`);
    const data = at + 30 + nameLength + buf.readUInt16LE(at + 28);
    let next = data + part.compressedSize;
    if (descriptor) next += next + 4 <= buf.length && buf.readUInt32LE(next) === SIG.descriptor ? 16 : 12;
    if (next > directoryOffset) throw damaged(fileName, `part "${part.name}" runs into the central directory`);
    dataAt.set(part, data);
    expected = next;
  }
  if (expected !== directoryOffset) throw damaged(fileName, 'there is data between the parts and the central directory');
  return dataAt;
}

const isXml = (name: string) => /\.(xml|rels|vml)$/i.test(name);
const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
const FORBIDDEN = /<!(doctype|entity)/i;
/** The longest forbidden marker, so that one split across two chunks is still seen. */
const OVERLAP = 9;

interface PartScan {
  crc: number;
  size: number;
  head: string;
}

/** Inflates one part as a stream, stopping as soon as it outgrows its declared size or holds a DOCTYPE. */
function scanPart(buf: Buffer, part: ZipPart, data: number, fileName: string): Promise<PartScan> {
  const body = buf.subarray(data, data + part.compressedSize);
  const xml = isXml(part.name);
  return new Promise((resolve, reject) => {
    const scan: PartScan = { crc: 0, size: 0, head: '' };
    let tail = '';
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      reject(err);
    };
    const take = (chunk: Buffer): boolean => {
      scan.size += chunk.length;
      if (scan.size > part.uncompressedSize) {
        fail(bomb(fileName, `part "${part.name}" holds more data than it declares`));
        return false;
      }
      scan.crc = crc32(chunk, scan.crc);
      if (!xml) return true;
      if (scan.head.length < HEAD_SCAN_BYTES) scan.head += chunk.toString('latin1', 0, Math.min(chunk.length, HEAD_SCAN_BYTES));
      const text = tail + chunk.toString('latin1');
      if (FORBIDDEN.test(text)) {
        fail(
          refuse(fileName, 'doctype', `was refused: part "${part.name}" contains a DOCTYPE or ENTITY declaration, which Excel never writes and which can be used to attack the reader. Save the workbook again in Excel, or export it as CSV.`),
        );
        return false;
      }
      tail = text.slice(-OVERLAP);
      return true;
    };
    if (part.method === 0) {
      if (body.length !== part.uncompressedSize) return fail(damaged(fileName, `part "${part.name}" has the wrong size`));
      if (take(body)) resolve(scan);
      return;
    }
    const inflate = createInflateRaw();
    inflate.on('data', (chunk: Buffer) => {
      if (!take(chunk)) inflate.destroy();
    });
    inflate.on('error', () => fail(damaged(fileName, `part "${part.name}" cannot be uncompressed`)));
    inflate.on('end', () => (failed ? undefined : resolve(scan)));
    inflate.end(body);
  });
}

const A = 'A'.charCodeAt(0);
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - A + 1, 0);

/** Refuses a worksheet whose declared dimension is beyond Excel's limits. */
function checkDimension(part: ZipPart, head: string, fileName: string): void {
  const m = /<dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(head);
  if (!m) return;
  const columns = columnNumber(m[3] ?? m[1]);
  const rows = Number(m[4] ?? m[2]);
  if (columns > limits.maxColumns || rows > limits.maxRows) {
    throw refuse(
      fileName,
      'sheet-limits',
      `has a sheet ("${part.name}") that declares ${rows.toLocaleString('en')} rows and ${columns.toLocaleString('en')} columns; Excel's limit is ${limits.maxRows.toLocaleString('en')} rows and ${limits.maxColumns.toLocaleString('en')} columns. Save the workbook again in Excel, or export the sheet as CSV.`,
      { rows, columns },
    );
  }
}

/** A checked workbook container: its part names, and each part as a stream of UTF-8 text. */
export interface WorkbookZip {
  names: string[];
  /** The part's inflated content, decoded as UTF-8 across chunk boundaries; null if there is no such part. */
  open(name: string): Readable | null;
}

/**
 * Checks every part of a workbook container; the returned handle gives exceljs the parts that
 * passed, so that exceljs never reads the ZIP structure itself.
 */
export async function inspectWorkbookZip(bytes: Uint8Array, fileName: string): Promise<WorkbookZip> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { parts, directoryOffset } = readCentralDirectory(buf, fileName);
  const names = parts.map((p) => p.name);
  if (!names.includes('xl/workbook.xml')) {
    const what = names.includes('word/document.xml') ? 'a Word document' : names.includes('ppt/presentation.xml') ? 'a PowerPoint presentation' : 'a ZIP archive';
    throw refuse(fileName, 'not-a-workbook', `is ${what}, not an Excel workbook. Choose an .xlsx or CSV file.`);
  }
  const dataAt = locate(buf, parts, directoryOffset, fileName);
  for (const part of parts) {
    const scan = await scanPart(buf, part, dataAt.get(part)!, fileName);
    if (scan.size !== part.uncompressedSize || scan.crc !== part.crc) throw damaged(fileName, `part "${part.name}" fails its checksum`);
    if (isXml(part.name) && (scan.head.startsWith('\xff\xfe') || scan.head.startsWith('\xfe\xff') || scan.head.slice(0, 512).includes('\0'))) {
      throw damaged(fileName, `part "${part.name}" is not UTF-8 XML`);
    }
    if (isWorksheet(part.name)) checkDimension(part, scan.head, fileName);
  }
  return {
    names,
    open(name) {
      const part = parts.find((p) => p.name === name);
      if (!part) return null;
      const body = buf.subarray(dataAt.get(part)!, dataAt.get(part)! + part.compressedSize);
      const stream = part.method === 0 ? new PassThrough() : createInflateRaw();
      stream.end(body);
      return stream.setEncoding('utf8');
    },
  };
}
