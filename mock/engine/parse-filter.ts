import { parseIsoDate } from "./dates.ts";
import { describeToken, tokenize, type Token } from "./filter-lexer.ts";
import { filterError } from "./query-error.ts";

// Grammar (partner-center-api.md §1.6), `and` binding tighter than `or` as in OData:
//   expr := term ('or' term)* ; term := factor ('and' factor)*
//   factor := '(' expr ')' | FIELD OP literal | contains(FIELD, 'text')
//   literal := 'text' | number | true | false | null | cast('iso-date', Edm.DateTimeOffset)

export type CompareOp = "eq" | "ne" | "gt" | "lt" | "ge" | "le";
export const COMPARE_OPS: readonly CompareOp[] = ["eq", "ne", "gt", "lt", "ge", "le"];

export type FilterValue =
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "null" }
  /** A cast(…, Edm.DateTimeOffset) literal; `value` is the ISO text as written. */
  | { readonly type: "date"; readonly value: string };

export type FilterNode =
  | { readonly type: "compare"; readonly field: string; readonly op: CompareOp; readonly value: FilterValue }
  | { readonly type: "contains"; readonly field: string; readonly value: string }
  | { readonly type: "and" | "or"; readonly operands: readonly FilterNode[] };

/** Bounds that keep hostile input from exhausting the stack or the CPU. */
export const MAX_FILTER_LENGTH = 4000;
export const MAX_FILTER_DEPTH = 50;

class Parser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  parse(): FilterNode {
    const node = this.expr();
    const next = this.peek();
    if (next.type !== "end") throw this.unexpected(next, "'and', 'or' or the end of the filter");
    return node;
  }

  private peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (!token) throw new Error("token stream always ends with an end token");
    return token;
  }

  private next(): Token {
    const token = this.peek();
    this.index += 1;
    return token;
  }

  private isKeyword(token: Token, keyword: string): boolean {
    return token.type === "ident" && token.text.toLowerCase() === keyword;
  }

  private unexpected(token: Token, expected: string) {
    return filterError(
      `Unexpected ${describeToken(token)} at position ${token.pos} in filter; expected ${expected}`,
      token.pos,
    );
  }

  private expectPunct(text: "(" | ")" | ","): void {
    const token = this.next();
    if (token.type !== "punct" || token.text !== text) throw this.unexpected(token, `'${text}'`);
  }

  private expectString(): { value: string; pos: number } {
    const token = this.next();
    if (token.type !== "string") throw this.unexpected(token, "a 'quoted string'");
    return token;
  }

  private expr(): FilterNode {
    return this.chain("or", () => this.term());
  }

  private term(): FilterNode {
    return this.chain("and", () => this.factor());
  }

  private chain(keyword: "and" | "or", operand: () => FilterNode): FilterNode {
    const operands = [operand()];
    while (this.isKeyword(this.peek(), keyword)) {
      this.index += 1;
      operands.push(operand());
    }
    return operands.length === 1 && operands[0] ? operands[0] : { type: keyword, operands };
  }

  private factor(): FilterNode {
    const token = this.next();
    if (token.type === "punct" && token.text === "(") {
      this.depth += 1;
      if (this.depth > MAX_FILTER_DEPTH) {
        throw filterError(
          `Filter nests parentheses deeper than ${MAX_FILTER_DEPTH} levels at position ${token.pos}`,
          token.pos,
        );
      }
      const node = this.expr();
      this.expectPunct(")");
      this.depth -= 1;
      return node;
    }
    if (token.type !== "ident") throw this.unexpected(token, "a field name, contains( or '('");
    const after = this.peek();
    if (this.isKeyword(token, "contains") && after.type === "punct" && after.text === "(") {
      this.index += 1;
      const field = this.next();
      if (field.type !== "ident") throw this.unexpected(field, "a field name");
      this.expectPunct(",");
      const { value } = this.expectString();
      this.expectPunct(")");
      return { type: "contains", field: field.text, value };
    }
    const opToken = this.next();
    const op = COMPARE_OPS.find((candidate) => this.isKeyword(opToken, candidate));
    if (!op) throw this.unexpected(opToken, `an operator (${COMPARE_OPS.join(", ")}) after '${token.text}'`);
    return { type: "compare", field: token.text, op, value: this.literal() };
  }

  private literal(): FilterValue {
    const token = this.next();
    if (token.type === "string") return { type: "string", value: token.value };
    if (token.type === "number") return { type: "number", value: token.value };
    if (this.isKeyword(token, "true") || this.isKeyword(token, "false")) {
      return { type: "boolean", value: this.isKeyword(token, "true") };
    }
    if (this.isKeyword(token, "null")) return { type: "null" };
    if (this.isKeyword(token, "cast")) return this.cast();
    throw this.unexpected(token, "a value ('text', a number, true, false, null or cast(...))");
  }

  private cast(): FilterValue {
    this.expectPunct("(");
    const { value, pos } = this.expectString();
    if (parseIsoDate(value) === null) {
      throw filterError(`'${value}' at position ${pos} in filter is not a valid ISO date`, pos);
    }
    this.expectPunct(",");
    const type = this.next();
    if (!this.isKeyword(type, "edm.datetimeoffset")) throw this.unexpected(type, "Edm.DateTimeOffset");
    this.expectPunct(")");
    return { type: "date", value };
  }
}

/** Parses filter text into an AST; syntax errors are QueryErrors carrying the character position. */
export function parseFilter(text: string): FilterNode {
  if (text.length > MAX_FILTER_LENGTH) {
    throw filterError(`Filter is too long: ${text.length} characters, the limit is ${MAX_FILTER_LENGTH}`);
  }
  return new Parser(tokenize(text)).parse();
}

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function formatValue(value: FilterValue): string {
  switch (value.type) {
    case "string":
      return quote(value.value);
    case "date":
      return `cast(${quote(value.value)}, Edm.DateTimeOffset)`;
    case "null":
      return "null";
    default:
      return String(value.value);
  }
}

/**
 * Parentheses only where the tree needs them: an `and` inside an `or` binds tighter anyway, while a nested
 * group of the same operator, or an `or` inside an `and`, must keep its parentheses to parse back the same.
 */
function formatOperand(parent: "and" | "or", operand: FilterNode): string {
  const text = formatFilter(operand);
  const bare =
    operand.type === "compare" || operand.type === "contains" || (parent === "or" && operand.type === "and");
  return bare ? text : `(${text})`;
}

/** Canonical text for an AST; parseFilter(formatFilter(node)) gives back an equal AST. */
export function formatFilter(node: FilterNode): string {
  switch (node.type) {
    case "compare":
      return `${node.field} ${node.op} ${formatValue(node.value)}`;
    case "contains":
      return `contains(${node.field},${quote(node.value)})`;
    default:
      return node.operands.map((operand) => formatOperand(node.type, operand)).join(` ${node.type} `);
  }
}
