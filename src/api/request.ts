import { PartnerCenterError } from "./errors.ts";
import type { PartnerCenterErrorKind } from "./errors.ts";
import { parseFault } from "./parse.ts";
import type { RequestIds } from "./parse.ts";
import type { ResourceName } from "./resources.ts";

export type GetToken = (options: { forceRefresh: boolean }) => Promise<string>;
/** Waits `ms`; may stop early when `signal` aborts (the caller races the signal anyway). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** A retry the client is waiting for: why (throttled, server, network, timeout) and when it is sent (epoch ms). */
export interface RetryWait {
  reason: PartnerCenterErrorKind;
  at: number;
}
/** Told before every wait between attempts, so the UI can say what it is waiting for. */
export type OnRetry = (wait: RetryWait) => void;

export interface Transport {
  getToken: GetToken;
  fetch: typeof fetch;
  locale: string | undefined;
  timeoutMs: number;
  maxAttempts: number;
  baseDelayMs: number;
  maxRetryAfterSeconds: number;
  sleep: Sleep;
}

interface RawResponse extends RequestIds {
  text: string;
}

export const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => clearTimeout(timer), { once: true });
  });

const retryable = new Set<PartnerCenterErrorKind>(["throttled", "server", "network", "timeout"]);

const statusKinds: Record<number, PartnerCenterErrorKind> = {
  400: "bad-request",
  401: "unauthorized",
  403: "forbidden",
  404: "not-found",
  429: "throttled",
};

const statusText: Partial<Record<PartnerCenterErrorKind, string>> = {
  "bad-request": "Partner Center rejected the request",
  unauthorized: "you are not signed in or your session has expired",
  forbidden: "your account may not read this data",
  "not-found": "Partner Center does not know this resource",
  throttled: "Partner Center is limiting the number of requests",
  server: "Partner Center could not answer",
  "invalid-response": "Partner Center sent an unexpected answer",
};

const MFA_TEXT = "Partner Center requires a sign-in with multi-factor authentication";

function kindOf(status: number): PartnerCenterErrorKind {
  return (
    statusKinds[status] ?? (status >= 500 ? "server" : status >= 400 ? "bad-request" : "invalid-response")
  );
}

/** Retry-After is seconds or an HTTP date. */
function retryAfterSeconds(header: string | null): number | null {
  if (header === null) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

type Attempt =
  { response: Response; text: string } | { failure: "network" | "timeout" | "aborted"; cause: unknown };

async function attempt(
  t: Transport,
  url: string,
  headers: Record<string, string>,
  signal?: AbortSignal,
): Promise<Attempt> {
  // Own controller: it carries both the caller's abort and the timeout, and covers reading the body too.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, t.timeoutMs);
  const onAbort = () => controller.abort();
  signal?.addEventListener("abort", onAbort);
  if (signal?.aborted) onAbort();
  try {
    const response = await t.fetch(url, { method: "GET", headers, signal: controller.signal });
    return { response, text: await readText(response) };
  } catch (cause) {
    return { failure: signal?.aborted ? "aborted" : timedOut ? "timeout" : "network", cause };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/**
 * The body as text, read chunk by chunk as it arrives. In Chromium `response.text()` took twice as long for a raw
 * page (8.6 MB of subscriptions: ~280 ms against ~135 ms read as a stream, on the same server), and a grid load
 * reads eleven of those. Same result: UTF-8 with a leading BOM dropped, and an abort rejects the read.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
    parts.push(decoder.decode(chunk.value, { stream: true }));
  parts.push(decoder.decode());
  return parts.join("");
}

type Fail = (kind: PartnerCenterErrorKind, detail: string, more?: object) => PartnerCenterError;

/** "16:05 (in 60 min)": the user's clock, for a wait too long to count in seconds. */
function laterText(at: Date, seconds: number): string {
  const time = at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${time} (in ${Math.ceil(seconds / 60)} min)`;
}

function httpError(response: Response, text: string, fail: Fail, maxWaitSeconds: number): PartnerCenterError {
  const { status } = response;
  const kind = kindOf(status);
  const wait = retryAfterSeconds(response.headers.get("Retry-After"));
  const fault = parseFault(text);
  const retryAt = wait === null ? null : new Date(Date.now() + wait * 1000);
  let what = `(HTTP ${status}${kind === "throttled" && wait !== null ? `; try again in ${wait} s` : ""})`;
  // Beyond the cap the client does not retry (see send), so the error is what tells the user when to.
  if (wait !== null && retryAt && wait > maxWaitSeconds)
    what = `(HTTP ${status}): try again at ${laterText(retryAt, wait)}, later than the dashboard waits by itself`;
  const description = fault.description ? `: ${fault.description}` : "";
  // 900421: the token is valid but its sign-in used no second factor; "session expired" would send the user
  // round the same sign-in again.
  const headline = status === 401 && fault.code === "900421" ? MFA_TEXT : statusText[kind];
  return fail(kind, `${headline} ${what}${description}`, {
    status,
    retryAfterSeconds: wait,
    retryAt,
    ...fault,
  });
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts, whatever the injected sleep does. */
function pause(sleep: Sleep, ms: number, signal?: AbortSignal): Promise<void> {
  if (!signal) return sleep(ms);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    sleep(ms, signal)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * GET with the Partner Center headers and retry rules. Resolves with a 2xx body; rejects with a classified
 * PartnerCenterError. 429, 5xx, network errors and timeouts get up to `maxAttempts` attempts, waiting
 * Retry-After when the server sends one, else backing off exponentially; a Retry-After beyond
 * `maxRetryAfterSeconds` is final at once, with the time to try again (waiting it out silently, or retrying
 * early into the same limit, helped nobody). A 401 gets one retry with a force-refreshed token; every other
 * failure is final. `onRetry` hears of every wait before it starts.
 */
export async function send(
  t: Transport,
  resource: ResourceName,
  url: string,
  signal?: AbortSignal,
  onRetry?: OnRetry,
): Promise<RawResponse> {
  // The request id is the docs' idempotency key, so it stays the same on a retry; the correlation id ties
  // the attempts of this call together in Partner Center's logs.
  const ids: RequestIds = { requestId: crypto.randomUUID(), correlationId: crypto.randomUUID() };
  const fail: Fail = (kind, detail, more = {}) =>
    new PartnerCenterError({ kind, resource, detail, ...ids, ...more });
  const aborted = (cause?: unknown) => fail("aborted", "the request was cancelled", { cause });

  let attempts = 1;
  let forceRefresh = false;
  let refreshed = false;
  for (;;) {
    if (signal?.aborted) throw aborted(signal.reason);
    let token: string;
    try {
      token = await t.getToken({ forceRefresh });
    } catch (cause) {
      throw fail("unauthorized", "could not get a sign-in token", { cause });
    }
    forceRefresh = false;
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: "application/json",
      "MS-RequestId": ids.requestId,
      "MS-CorrelationId": ids.correlationId,
      ...(t.locale ? { "X-Locale": t.locale } : {}),
    };
    const result = await attempt(t, url, headers, signal);
    let error: PartnerCenterError;
    if ("failure" in result) {
      if (result.failure === "aborted") throw aborted(result.cause);
      error =
        result.failure === "timeout"
          ? fail("timeout", `Partner Center did not answer within ${t.timeoutMs / 1000} s`, {
              cause: result.cause,
            })
          : fail("network", `could not reach Partner Center (${String(result.cause)})`, {
              cause: result.cause,
            });
    } else if (result.response.ok) {
      return { ...ids, text: result.text };
    } else {
      error = httpError(result.response, result.text, fail, t.maxRetryAfterSeconds);
    }

    if (error.kind === "unauthorized" && !refreshed) {
      refreshed = forceRefresh = true;
      continue;
    }
    const tooLong = error.retryAfterSeconds !== null && error.retryAfterSeconds > t.maxRetryAfterSeconds;
    if (attempts >= t.maxAttempts || !retryable.has(error.kind) || tooLong) throw error;
    const delayMs =
      error.retryAfterSeconds !== null ? error.retryAfterSeconds * 1000 : t.baseDelayMs * 2 ** (attempts - 1);
    attempts += 1;
    onRetry?.({ reason: error.kind, at: Date.now() + delayMs });
    try {
      await pause(t.sleep, delayMs, signal);
    } catch (cause) {
      throw aborted(cause);
    }
  }
}
