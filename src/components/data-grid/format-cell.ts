import type { FieldKind } from "../../api/resources.ts";
import { formatDateTime, formatDay, formatNumber } from "../../lib/format.ts";

const MIDNIGHT = "T00:00:00.000Z";

/** Grid text for a value: locale dates and numbers, Yes/No, and an em dash for null. */
export function formatCell(value: unknown, kind: FieldKind): string {
  if (value === null || value === undefined) return "—";
  if (kind === "number" && typeof value === "number") return formatNumber(value);
  if (kind === "boolean" && typeof value === "boolean") return value ? "Yes" : "No";
  // Rows carry dates as UTC ISO strings; most are whole days, the rest keep their time.
  if (kind === "date" && typeof value === "string")
    return value.endsWith(MIDNIGHT) ? formatDay(value) : formatDateTime(value);
  return String(value);
}

/** The details panel shows values as the API sent them (after parsing), nulls included. */
export function formatRaw(value: unknown): string {
  if (value === null || value === undefined) return "null";
  return typeof value === "string" ? value : JSON.stringify(value);
}
