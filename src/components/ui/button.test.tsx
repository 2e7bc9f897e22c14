import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { expect, test, vi } from "vitest";
import { Button } from "./button.tsx";

test("a Button inside a form does not submit it unless asked to, by mouse or by keyboard", async () => {
  const user = userEvent.setup();
  const submit = vi.fn((e: SubmitEvent) => e.preventDefault());
  const onClick = vi.fn();
  render(
    <form onSubmit={(e) => submit(e.nativeEvent as SubmitEvent)}>
      <input aria-label="Month" />
      <Button onClick={onClick}>Copy link</Button>
      <Button type="submit">Show month</Button>
    </form>,
  );
  await user.click(screen.getByRole("button", { name: "Copy link" }));
  screen.getByRole("button", { name: "Copy link" }).focus();
  await user.keyboard("{Enter}");
  expect(onClick).toHaveBeenCalledTimes(2);
  expect(submit).not.toHaveBeenCalled();
  await user.click(screen.getByRole("button", { name: "Show month" }));
  expect(submit).toHaveBeenCalledTimes(1);
});

test("a disabled Button is announced as such, takes no focus and ignores clicks", async () => {
  const user = userEvent.setup();
  const onClick = vi.fn();
  render(
    <>
      <Button disabled onClick={onClick}>
        Clear filters
      </Button>
      <Button>Next</Button>
    </>,
  );
  const button = screen.getByRole("button", { name: "Clear filters" });
  expect(button).toBeDisabled();
  await user.click(button);
  await user.tab();
  expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
  expect(onClick).not.toHaveBeenCalled();
});
