// Post-processing with pdf-lib, in place on Chromium's PDF (copying pages would drop its outline):
// metadata, page labels, outline titles.
import { ParseSpeeds, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from "pdf-lib";

/**
 * Chromium 156 sometimes writes a section heading's text twice in its outline title ("SommaireSommaire")
 * when a web font and the booklet CSS are both in play; readers would see that in their bookmarks.
 */
function fixDoubledOutlineTitles(doc: PDFDocument): void {
  const walk = (start: unknown) => {
    let item = start instanceof PDFDict ? start : undefined;
    while (item) {
      const title = item.lookup(PDFName.of("Title"));
      if (title instanceof PDFString || title instanceof PDFHexString) {
        const text = title.decodeText();
        const half = text.slice(0, text.length / 2);
        if (text.length % 2 === 0 && text.length > 0 && half + half === text)
          item.set(PDFName.of("Title"), PDFHexString.fromText(half));
      }
      walk(item.lookup(PDFName.of("First")));
      const next = item.lookup(PDFName.of("Next"));
      item = next instanceof PDFDict ? next : undefined;
    }
  };
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  if (outlines) walk(outlines.lookup(PDFName.of("First")));
}

export interface Metadata {
  title: string;
  subject: string;
  author: string;
  language: string;
  keywords: string[];
  /** ISO date: creation and modification dates are the build date, so the same data gives the same file. */
  date: string;
}

export async function finishPdf(
  pdf: Uint8Array | PDFDocument,
  meta: Metadata,
): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc =
    pdf instanceof PDFDocument
      ? pdf
      : await PDFDocument.load(pdf, { parseSpeed: ParseSpeeds.Fastest, updateMetadata: false });
  const date = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setLanguage(meta.language);
  doc.setKeywords(meta.keywords);
  doc.setCreator("annuaire");
  doc.setProducer("annuaire (Chromium, pdf-lib)");
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  fixDoubledOutlineTitles(doc);
  // Page labels: the cover is "Cover"-less roman i; every other page carries the number printed in its footer.
  const labels = doc.context.obj({
    Nums: [0, doc.context.obj({ S: PDFName.of("r") }), 1, doc.context.obj({ S: PDFName.of("D"), St: PDFNumber.of(2) })],
  });
  doc.catalog.set(PDFName.of("PageLabels"), labels);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
  const bytes = await doc.save({ objectsPerTick: Infinity, useObjectStreams: false });
  return { bytes, pages: doc.getPageCount() };
}
