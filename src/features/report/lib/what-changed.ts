import type { Change } from "../../../lib/report-section.ts";

export interface ChangeSentence {
  key: string;
  text: string;
  current: number;
  previous: number;
  delta: number;
  /** delta / previous; null when there was nothing before. */
  ratio: number | null;
  contributor: { name: string; delta: number } | null;
}

export interface SentenceFormat {
  number: (n: number) => string;
  signed: (n: number) => string;
  percent: (ratio: number) => string;
  /** "October 2026" and "September 2026". */
  month: string;
  previousMonth: string;
}

export const MIN_SENTENCES = 4;
export const MAX_SENTENCES = 8;

/**
 * The part that moved most in the direction the whole moved (when the whole did not move, the part that moved
 * most either way); ties go to the name first in alphabetical order, so the sentence is the same on every run.
 */
export function biggestContributor(change: Change): { name: string; delta: number } | null {
  const total = change.current - change.previous;
  let best: { name: string; delta: number } | null = null;
  for (const part of change.parts) {
    const delta = part.current - part.previous;
    const weight = total > 0 ? delta : total < 0 ? -delta : Math.abs(delta);
    if (weight <= 0) continue;
    const bestWeight = best ? (total > 0 ? best.delta : total < 0 ? -best.delta : Math.abs(best.delta)) : 0;
    if (!best || weight > bestWeight || (weight === bestWeight && part.name < best.name))
      best = { name: part.name, delta };
  }
  return best;
}

/** How newsworthy a change is: its relative size; something from nothing beats any percentage. */
const size = (change: Change) => {
  const delta = change.current - change.previous;
  if (delta === 0) return 0;
  return change.previous === 0 ? Number.POSITIVE_INFINITY : Math.abs(delta / change.previous);
};

/**
 * The month's changes as sentences, biggest relative change first: at most eight, and measures that were zero
 * in both months only when fewer than four others are left to say something.
 */
export function whatChanged(changes: readonly Change[], format: SentenceFormat): ChangeSentence[] {
  const ranked = [...changes].sort((a, b) => size(b) - size(a) || a.measure.localeCompare(b.measure));
  const moving = ranked.filter((c) => c.current !== 0 || c.previous !== 0);
  const quiet = ranked.filter((c) => !moving.includes(c));
  const chosen = [...moving, ...quiet.slice(0, Math.max(0, MIN_SENTENCES - moving.length))].slice(
    0,
    MAX_SENTENCES,
  );
  return chosen.map((change) => sentence(change, format));
}

export function sentence(change: Change, format: SentenceFormat): ChangeSentence {
  const { number, signed, percent, month, previousMonth } = format;
  const delta = change.current - change.previous;
  const ratio = change.previous === 0 ? null : delta / change.previous;
  const contributor = biggestContributor(change);
  const name = change.unit ? `${change.measure} (${change.unit})` : change.measure;
  let text: string;
  if (delta === 0) text = `${name} held at ${number(change.current)} in ${month}, as in ${previousMonth}`;
  else {
    const verb = delta > 0 ? "rose" : "fell";
    const relative = ratio === null ? "from none" : `${percent(ratio)}, from ${number(change.previous)}`;
    text = `${name} ${verb} by ${number(Math.abs(delta))} (${relative} in ${previousMonth}) to ${number(change.current)} in ${month}`;
  }
  if (contributor)
    text += `; the ${change.partKind} that moved most: ${contributor.name} (${signed(contributor.delta)})`;
  return {
    key: change.key,
    text: `${text}.`,
    current: change.current,
    previous: change.previous,
    delta,
    ratio,
    contributor,
  };
}
