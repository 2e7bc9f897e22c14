export function StartupError({ error }: { error: unknown }) {
  return (
    <main className="mx-auto max-w-xl p-8">
      <h1 className="text-2xl font-bold">The dashboard could not start</h1>
      <p role="alert" className="mt-4 rounded-md border border-red-400 bg-red-50 p-3 text-red-950">
        {error instanceof Error ? error.message : String(error)}
      </p>
      <p className="mt-4 text-sm">
        Reload the page to try again. If it keeps failing, the dashboard server's configuration needs
        attention.
      </p>
    </main>
  );
}
