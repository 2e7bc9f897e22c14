import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of each page of a PDF, for assertions on what a printed report says. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: true,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const content = await (await document.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ("str" in item ? item.str : ""))
        .join(" ")
        .replace(/\s+/g, " "),
    );
  }
  return pages;
}

export interface PlacedText {
  page: number;
  text: string;
  /** Left and baseline in points, from the page's top-left corner. */
  x: number;
  y: number;
  pageWidth: number;
  pageHeight: number;
}

/** Every text run of a PDF with where it sits, for finding a caption on paper. */
export async function pdfTextPlaces(pdf: Buffer): Promise<PlacedText[]> {
  const document = await getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: true,
    isEvalSupported: false,
  }).promise;
  const places: PlacedText[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const page = await document.getPage(i);
    const { width, height } = page.getViewport({ scale: 1 });
    for (const item of (await page.getTextContent()).items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const [, , , , x, y] = item.transform as number[];
      places.push({
        page: i - 1,
        text: item.str,
        x: x!,
        y: height - y!,
        pageWidth: width,
        pageHeight: height,
      });
    }
  }
  return places;
}
