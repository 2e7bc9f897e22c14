// Partner Center writes dates without a zone ("2016-02-04T19:29:38.037", "2018-05-27T00:00:00") or as a
// bare date ("2018-05-30"); they are UTC. One output format (Date#toISOString's) keeps rows sortable and
// groupable as plain strings.

// The common shapes, checked without captures: parsing 100k rows meets about a million dates. Days 29-31
// take the slow path, which knows month lengths.
const SECONDS = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const MILLIS = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z?$/i;
const ANY =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|([+-])(\d{2}):?(\d{2}))?$/i;

/** Normalises an ISO 8601 date or date-time to `YYYY-MM-DDTHH:mm:ss.sssZ`; undefined when it is not one. */
export function toUtcIso(text: string): string | undefined {
  if (text.length === 19 && SECONDS.test(text)) return `${text}.000Z`;
  if ((text.length === 23 || text.length === 24) && MILLIS.test(text)) return `${text.slice(0, 23)}Z`;
  const m = ANY.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", zone, sign, oh = "0", om = "0"] = m;
  const parts = [y, mo, d].map(Number) as [number, number, number];
  const offsetMinutes = zone && sign ? (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  const millis = Number(fraction.padEnd(3, "0").slice(0, 3));
  const utc = new Date(0);
  utc.setUTCFullYear(parts[0], parts[1] - 1, parts[2]);
  utc.setUTCHours(Number(h), Number(mi), Number(s), millis);
  // Reject what Date would roll over (2019-02-30, 24:00) instead of silently shifting it.
  if (
    utc.getUTCMonth() !== parts[1] - 1 ||
    utc.getUTCDate() !== parts[2] ||
    utc.getUTCHours() !== Number(h)
  ) {
    return undefined;
  }
  if (Number(mi) > 59 || Number(s) > 59 || Number(om) > 59) return undefined;
  return new Date(utc.getTime() - offsetMinutes * 60_000).toISOString();
}
