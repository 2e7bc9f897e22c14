import * as v from "valibot";

// Fault injection for tests and demos: off until a rule is set through the control endpoint.
export const FaultRuleSchema = v.object({
  resource: v.optional(v.string()),
  /** Only requests whose skip parameter equals this (a page in the middle of a paged read). */
  skip: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Only requests with a groupby (charts) or without (grids). */
  grouped: v.optional(v.boolean()),
  status: v.optional(v.picklist([429, 500, 502, 503, 504])),
  retryAfterSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3600))),
  latencyMs: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(120_000))),
  malformed: v.optional(v.picklist(["not-json", "wrong-types", "missing-value"])),
  /** How many matching requests the rule affects before it expires; unlimited when absent. */
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});
export type FaultRule = v.InferOutput<typeof FaultRuleSchema>;
export const FaultRulesSchema = v.array(FaultRuleSchema);

export interface FaultRequest {
  resource: string;
  skip: number;
  grouped: boolean;
}

export class FaultController {
  private rules: { rule: FaultRule; left: number }[] = [];

  set(rules: FaultRule[]): void {
    this.rules = rules.map((rule) => ({ rule, left: rule.times ?? Number.POSITIVE_INFINITY }));
  }

  /** Sets rules from a request body; returns what is wrong with it, or null once set. */
  setFrom(body: unknown): string | null {
    const parsed = v.safeParse(FaultRulesSchema, body);
    if (!parsed.success) return v.summarize(parsed.issues);
    this.set(parsed.output);
    return null;
  }

  list(): FaultRule[] {
    return this.rules.filter((r) => r.left > 0).map((r) => r.rule);
  }

  /** The first live rule matching the request, consuming one of its uses. */
  take(request: FaultRequest): FaultRule | undefined {
    const hit = this.rules.find(
      ({ rule, left }) =>
        left > 0 &&
        (rule.resource === undefined || rule.resource === request.resource) &&
        (rule.skip === undefined || rule.skip === request.skip) &&
        (rule.grouped === undefined || rule.grouped === request.grouped),
    );
    if (hit) hit.left -= 1;
    return hit?.rule;
  }
}
