import { Children, isValidElement, type ReactNode } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { Button } from "./ui/button.tsx";

const COLUMNS = {
  2: "grid grid-cols-1 gap-4 lg:grid-cols-2",
  3: "grid grid-cols-1 gap-4 lg:grid-cols-3",
  4: "grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4",
} as const;

/**
 * The grid every page lays its cards in. Each card renders inside an error boundary of its own: a card whose
 * render throws (a transform bug, an answer of an unexpected shape) shows its error in its own place, and every
 * other card of the page keeps working.
 */
export function CardGrid({ columns, children }: { columns: keyof typeof COLUMNS; children: ReactNode }) {
  return (
    <div className={COLUMNS[columns]}>
      {Children.map(children, (card) =>
        isValidElement(card) ? <ErrorBoundary FallbackComponent={CardFailure}>{card}</ErrorBoundary> : card,
      )}
    </div>
  );
}

function CardFailure({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <section
      role="alert"
      className="flex min-h-36 flex-col items-start justify-center gap-2 rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950 dark:border-red-800 dark:bg-red-950/60 dark:text-red-50"
    >
      <p className="font-semibold">This card could not be shown.</p>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>
        The rest of the page is not affected. If trying again does not help, please report what you were
        looking at.
      </p>
      <Button look="danger" onClick={resetErrorBoundary}>
        Try again
      </Button>
    </section>
  );
}
