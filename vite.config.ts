import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Two HTML entries: the app and the MSAL v5 redirect bridge, which must stay free of the app bundle.
export default defineConfig({
  plugins: [react(), tailwindcss()],
  build: {
    target: "es2022",
    sourcemap: false,
    rollupOptions: { input: { main: "index.html", redirect: "redirect.html" } },
  },
  server: { port: 5173 },
});
