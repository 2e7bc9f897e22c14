import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http, HttpResponse } from "msw";
import { expect, test } from "vitest";
import { useGroup } from "../lib/use-groups.ts";
import { TEST_BASE_URL } from "../testing/mock-api.ts";
import { setupTestServer } from "../testing/msw.ts";
import { renderPage } from "../testing/render-page.tsx";
import { cardStatus } from "./card-status.ts";
import { ChartCard } from "./chart-card.tsx";
import { UpdatingNotice } from "./updating-notice.tsx";

const server = setupTestServer();
const URL = `${TEST_BASE_URL}/partner/v1/analytics/subscriptions`;
const answer = () =>
  HttpResponse.json({ Value: [{ status: "ACTIVE", subscriptionCount: 3 }], TotalCount: 1 });

/** A card over one grouped query, as the pages build theirs. */
function StatusCard() {
  const result = useGroup("subscriptions", { groupby: ["status"] });
  return (
    <ChartCard title="By status" height={200} status={cardStatus([result])}>
      <p>{result?.data?.rows.map((row) => `${row.status}: ${row.subscriptionCount}`).join(", ")}</p>
    </ChartCard>
  );
}

/** `first` answers the first request; every later one gets the rows. Returns the number of requests seen. */
function serve(first: (request: Request) => Response | Promise<Response>) {
  const seen = { count: 0 };
  server.use(http.get(URL, ({ request }) => (++seen.count === 1 ? first(request) : answer())));
  return seen;
}

// The client's waits between attempts never end by themselves here (no wall clock): only a cancel ends them.
const waitsForever = () => new Promise<void>(() => undefined);
// The notice shows once a wait is older than the threshold; 0 makes it show as soon as something waits.
const render = () =>
  renderPage(
    <>
      <UpdatingNotice />
      <StatusCard />
    </>,
    "/",
    undefined,
    { client: { sleep: waitsForever }, noticeAfterMs: 0 },
  );
const card = () => screen.getByRole("region", { name: "By status" });

test("a throttled card says it waits for Partner Center and when it retries; Cancel ends it with Retry", async () => {
  const seen = serve(() => new HttpResponse(null, { status: 429, headers: { "Retry-After": "45" } }));
  const user = userEvent.setup();
  render();

  const waiting = await within(card()).findByText(
    /^Waiting for Partner Center: it is limiting requests \(throttled\); retrying at \d\d:\d\d:\d\d\.$/,
  );
  // The filter bar's line says it too, for cards that keep older numbers on screen meanwhile.
  expect(screen.getAllByText(waiting.textContent!)).toHaveLength(2);
  await user.click(within(card()).getByRole("button", { name: "Cancel" }));

  const alert = await within(card()).findByRole("alert");
  expect(alert).toHaveTextContent("subscriptions: the request was cancelled");
  expect(alert).toHaveTextContent("You stopped waiting for Partner Center");
  expect(screen.queryByText(/Waiting for Partner Center/)).toBeNull();
  expect(seen.count).toBe(1);

  await user.click(within(alert).getByRole("button", { name: "Retry" }));
  expect(await within(card()).findByText("ACTIVE: 3")).toBeInTheDocument();
});

test("a slow upstream: the card says so while it waits, and Cancel stops the request", async () => {
  let aborted = false;
  serve(
    (request) =>
      new Promise<Response>((resolve) =>
        request.signal.addEventListener("abort", () => {
          aborted = true;
          resolve(answer());
        }),
      ),
  );
  const user = userEvent.setup();
  render();

  expect(
    await within(card()).findByText(/^Waiting for Partner Center: it is slow to answer \(\d+ s so far\)\.$/),
  ).toBeInTheDocument();
  await user.click(within(card()).getByRole("button", { name: "Cancel" }));
  expect(await within(card()).findByRole("alert")).toHaveTextContent("the request was cancelled");
  expect(aborted).toBe(true);
});

test("a Retry-After beyond the client's cap is not waited out: the card says when to try again", async () => {
  const seen = serve(() => new HttpResponse(null, { status: 429, headers: { "Retry-After": "3600" } }));
  render();

  const alert = await within(card()).findByRole("alert");
  expect(alert).toHaveTextContent(
    /Partner Center is limiting the number of requests \(HTTP 429\): try again at \d\d:\d\d \(in 60 min\)/,
  );
  expect(within(alert).getByRole("button", { name: "Retry" })).toBeInTheDocument();
  expect(seen.count).toBe(1);
});

test("waits shorter than the notice time stay a plain skeleton", async () => {
  serve(() => new Promise<Response>(() => undefined));
  renderPage(<StatusCard />, "/", undefined, { noticeAfterMs: 60_000 });
  expect(await screen.findByRole("status", { name: "Loading By status" })).toBeInTheDocument();
  expect(screen.queryByText(/Waiting for Partner Center/)).toBeNull();
});
