import { QueryClient, QueryClientProvider, queryOptions, useQuery } from "@tanstack/react-query";
import { render, screen, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import { UpdatingNotice } from "./updating-notice.tsx";

// Each query's answer arrives when its test resolves it.
const answers = new Map<string, Promise<number>>();
const analytics = (name: string) =>
  queryOptions({ queryKey: ["pc", "subscriptions", "grouped", name], queryFn: () => answers.get(name)! });
const unrelated = (name: string) =>
  queryOptions({ queryKey: ["config", name], queryFn: () => answers.get(name)! });

function Fetch({ options }: { options: ReturnType<typeof analytics> | ReturnType<typeof unrelated> }) {
  useQuery(options);
  return null;
}

test("says Updating… while a Partner Center query fetches, and nothing once it is done", async () => {
  let finish!: (value: number) => void;
  answers.set("x", new Promise<number>((resolve) => (finish = resolve)));
  let other!: (value: number) => void;
  answers.set("y", new Promise<number>((resolve) => (other = resolve)));
  render(
    <QueryClientProvider client={new QueryClient()}>
      <UpdatingNotice />
      <Fetch options={analytics("x")} />
      <Fetch options={unrelated("y")} />
    </QueryClientProvider>,
  );
  const status = screen.getByRole("status");
  await waitFor(() => expect(status).toHaveTextContent("Updating…"));
  expect(status).toHaveAttribute("data-updating");
  finish(1);
  await waitFor(() => expect(status).toHaveTextContent(""));
  // Only Partner Center queries count: the unrelated one is still fetching.
  expect(status).not.toHaveAttribute("data-updating");
  other(2);
});
