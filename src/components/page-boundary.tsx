import type { ReactNode } from "react";
import { ErrorBoundary, type FallbackProps } from "react-error-boundary";
import { Button } from "./ui/button.tsx";

// Browsers word a lazy chunk that failed to load differently; all mean "this tab's code is older than the server's".
const CHUNK_FAILED =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS/i;

/**
 * Around the routes: a page that cannot render shows what happened instead of blanking the app. A page whose code
 * fails to load (typically a tab opened before a deploy, asking for a chunk that no longer exists) offers a reload.
 * Navigating to another page clears the error (`resetKey`).
 */
export function PageBoundary({ resetKey, children }: { resetKey: string; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={PageFailure} resetKeys={[resetKey]}>
      {children}
    </ErrorBoundary>
  );
}

function PageFailure({ error }: FallbackProps) {
  const message = error instanceof Error ? error.message : String(error);
  const stale = CHUNK_FAILED.test(message);
  return (
    <section role="alert" className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-bold">
        {stale ? "This page could not be loaded" : "This page could not be shown"}
      </h1>
      <p>
        {stale
          ? "Its code did not arrive: the dashboard has probably been updated since this tab was opened, or the connection dropped. Reloading gets the current version; your view is in the address, so nothing is lost."
          : `Something went wrong while drawing it (${message}). Reloading usually helps; the view is in the address, so nothing is lost.`}
      </p>
      <p className="flex gap-3">
        <Button look="primary" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
        <a href="/" className="self-center text-blue-700 underline dark:text-blue-300">
          Go to the overview
        </a>
      </p>
    </section>
  );
}
