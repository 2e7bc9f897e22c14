// Not clsx: the UI components take a `className` for placement only (margins, widths, grid spans) and keep their
// own look, so no two classes of one property meet and no merge step is needed; joining the truthy parts is all.
export function cn(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(" ");
}
