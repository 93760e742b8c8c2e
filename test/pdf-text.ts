// Reads a PDF back as the import helper will: pdfjs-dist's legacy build (runs on Node 20), the
// text of each page with its items joined by spaces, and the document's title.

export interface PdfContent {
  title: string | undefined;
  pages: string[];
  /** All pages' text, whitespace collapsed. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ').trim());
    }
    const { info } = await document.getMetadata();
    const title = (info as { Title?: string }).Title;
    return { title, pages, text: pages.join(' ') };
  } finally {
    await document.destroy();
  }
}
