import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Two HTML entries: the app and the MSAL v5 redirect bridge, which must stay free of the app bundle.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: "es2022",
    sourcemap: false,
    manifest: true,
    rollupOptions: { input: { main: "index.html", redirect: "redirect.html" } },
  },
  // npm run dev: the demo server (identity provider, mock API, /pc relay) runs on :8443 beside Vite.
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      "/pc": { target: "https://localhost:8443", secure: false },
      "/config.json": { target: "https://localhost:8443", secure: false },
    },
  },
});
