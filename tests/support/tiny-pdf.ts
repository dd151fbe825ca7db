/**
 * A small PDF laid out as Chromium's Skia writes one (classic cross-reference table, plain
 * dictionaries, an Info dictionary, an outline whose items point at pages), for tests of the
 * printer's post-processing without a browser. Titles are UTF-16BE hex strings, as Skia writes them.
 */
export function tinyPdf(options: { pages: number; outline?: { title: string; page: number }[]; title?: string }): Buffer {
  const hex = (s: string) => `<FEFF${[...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('').toUpperCase()}>`;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add(`<</Title ${hex(options.title ?? 'Untitled')}\n/Producer (Skia/PDF m156)\n/CreationDate (D:20260101000000+00'00')>>`); // 1
  const catalogAt = objects.length + 1;
  add(''); // 2: catalog, filled below
  const pagesAt = objects.length + 1;
  add(''); // 3: page tree
  const pageNumbers: number[] = [];
  for (let i = 0; i < options.pages; i++) {
    pageNumbers.push(objects.length + 1);
    add(`<</Type /Page\n/Parent ${pagesAt} 0 R\n/MediaBox [0 0 595 842]>>`);
  }
  objects[pagesAt - 1] = `<</Type /Pages\n/Count ${options.pages}\n/Kids [${pageNumbers.map((n) => `${n} 0 R`).join(' ')}]>>`;
  let outlineRef = '';
  if (options.outline?.length) {
    const rootAt = objects.length + 1;
    add('');
    const first = objects.length + 1;
    options.outline.forEach((item, i) => {
      const self = first + i;
      const links = [i > 0 ? `/Prev ${self - 1} 0 R` : '', i < options.outline!.length - 1 ? `/Next ${self + 1} 0 R` : ''].join('\n');
      add(`<</Title ${hex(item.title)}\n/Dest [${pageNumbers[item.page - 1]} 0 R /XYZ 50 700 0]\n/Parent ${rootAt} 0 R\n${links}>>`);
    });
    objects[rootAt - 1] = `<</Type /Outlines\n/First ${first} 0 R\n/Last ${first + options.outline.length - 1} 0 R\n/Count ${options.outline.length}>>`;
    outlineRef = `\n/Outlines ${rootAt} 0 R`;
  }
  objects[catalogAt - 1] = `<</Type /Catalog\n/Pages ${pagesAt} 0 R\n/MarkInfo <</Type /MarkInfo\n/Marked true>>${outlineRef}>>`;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1}\n/Root ${catalogAt} 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
  return Buffer.from(out, 'latin1');
}
