import { filterError } from "./query-error.ts";

export type Token =
  | { readonly type: "ident"; readonly text: string; readonly pos: number }
  | { readonly type: "string"; readonly value: string; readonly pos: number }
  | { readonly type: "number"; readonly value: number; readonly text: string; readonly pos: number }
  | { readonly type: "punct"; readonly text: "(" | ")" | ","; readonly pos: number }
  | { readonly type: "end"; readonly pos: number };

const IDENT = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const SPACE = /\s/;

function readString(text: string, start: number): { value: string; end: number } {
  let value = "";
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf("'", i);
    if (quote < 0) throw filterError(`Unterminated string starting at position ${start} in filter`, start);
    value += text.slice(i, quote);
    // OData escapes a quote inside a string by doubling it.
    if (text[quote + 1] !== "'") return { value, end: quote + 1 };
    value += "'";
    i = quote + 2;
  }
}

function readSticky(pattern: RegExp, text: string, pos: number): string | undefined {
  pattern.lastIndex = pos;
  return pattern.exec(text)?.[0];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const char = text.charAt(pos);
    if (SPACE.test(char)) {
      pos += 1;
    } else if (char === "(" || char === ")" || char === ",") {
      tokens.push({ type: "punct", text: char, pos });
      pos += 1;
    } else if (char === "'") {
      const { value, end } = readString(text, pos);
      tokens.push({ type: "string", value, pos });
      pos = end;
    } else {
      const number = readSticky(NUMBER, text, pos);
      const ident = number === undefined ? readSticky(IDENT, text, pos) : undefined;
      if (number !== undefined) tokens.push({ type: "number", value: Number(number), text: number, pos });
      else if (ident !== undefined) tokens.push({ type: "ident", text: ident, pos });
      else throw filterError(`Unexpected character '${char}' at position ${pos} in filter`, pos);
      pos += (number ?? ident ?? "").length;
    }
  }
  tokens.push({ type: "end", pos: text.length });
  return tokens;
}

export function describeToken(token: Token): string {
  switch (token.type) {
    case "end":
      return "end of filter";
    case "string":
      return "quoted string";
    case "number":
      return `number ${token.text}`;
    default:
      return `'${token.text}'`;
  }
}
