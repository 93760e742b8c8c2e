// Report files for tests, made in the test: a PDF of a report's text, an encrypted PDF, a PDF with
// only an image (a scan without text layer), and a PNG. pdfkit is the library the reports use.
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** A PDF printing each line of the text on its own line, as the reports' extraction would read them. */
export function textPdf(text: string, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 30, ...options });
  doc.font('Helvetica').fontSize(7);
  const top = 30;
  const bottom = doc.page.height - 30;
  let y = top;
  for (const line of text.split('\n')) {
    if (y > bottom) {
      doc.addPage();
      y = top;
    }
    // Each line at its own position, so the PDF holds exactly the lines of the text.
    if (line.trim()) doc.text(line, 30, y, { lineBreak: false });
    y += 9;
  }
  return collect(doc);
}

export const encryptedPdf = (text: string) => textPdf(text, { userPassword: 'secret', pdfVersion: '1.7' });

/** A solid grey PNG of the given size. */
export function png(width = 40, height = 40): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buffer: Buffer) => {
    let c = 0xffffffff;
    for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const check = Buffer.alloc(4);
    check.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, check]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x99)])));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PDF whose only page is a picture: what a scanned report looks like. */
export function imageOnlyPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  doc.image(png(200, 280), 40, 40, { width: 400 });
  return collect(doc);
}
