import { useEffect } from "react";

/**
 * The report's paper layout. A constructable stylesheet (allowed by the strict CSP, unlike an inline
 * <style>) so the running footer can carry the month: margin boxes take only literal text.
 */
export function usePrintStyle(footer: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    const text = JSON.stringify(footer);
    sheet.replaceSync(`
      @page {
        margin: 16mm 14mm 18mm 14mm;
        @bottom-left { content: ${text}; font: 9pt system-ui, sans-serif; color: #334155; }
        @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt system-ui, sans-serif; color: #334155; }
      }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [footer]);
}
