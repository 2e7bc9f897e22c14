import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config.ts";

// Issue 17: settings that should be refused started (file: upstreams, PORT=1e3 on 1000, a certificate without its
// key). Every refusal names the variable and the value.
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function refusal(env: Record<string, string>): string {
  try {
    readConfig({ LOG: "off", ...env });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

describe("URL settings are https: (or http: to this machine)", () => {
  it.each([
    ["UPSTREAM", "file:///etc/passwd"],
    ["UPSTREAM", "ftp://partner.example.com/api"],
    ["UPSTREAM", "javascript:alert(1)"],
    ["UPSTREAM", "http://gateway.example.com"],
    ["UPSTREAM", "https://user:secret@gateway.example.com"],
    ["UPSTREAM", "https://gateway.example.com/api?key=1"],
    ["UPSTREAM", "gateway.example.com"],
    ["UPSTREAM", "Embedded"],
    ["PUBLIC_ORIGIN", "ftp://dashboard.example.com"],
    ["PUBLIC_ORIGIN", "http://dashboard.example.com"],
    ["PUBLIC_ORIGIN", "https://dashboard.example.com/app"],
    ["PUBLIC_ORIGIN", "https://dashboard.example.com/#x"],
    ["AUTH_AUTHORITY", "javascript:alert(1)"],
    ["AUTH_AUTHORITY", "http://login.example.com/tenant"],
    ["AUTH_AUTHORITY", "file:///etc/passwd"],
  ])("refuses %s=%s, naming the variable and the value", (name, value) => {
    expect(refusal({ [name]: value })).toMatch(new RegExp(`${name}: ${escape(JSON.stringify(value))} `));
  });

  it.each([
    ["UPSTREAM", "embedded"],
    ["UPSTREAM", "cloud"],
    ["UPSTREAM", "https://gateway.example.com/partner-center"],
    ["UPSTREAM", "http://127.0.0.1:9000"],
    ["UPSTREAM", "http://localhost:9000"],
    ["UPSTREAM", "http://[::1]:9000"],
    ["PUBLIC_ORIGIN", "https://dashboard.example.com"],
    ["PUBLIC_ORIGIN", "https://dashboard.example.com/"],
    ["PUBLIC_ORIGIN", "http://localhost:8443"],
    ["AUTH_AUTHORITY", "https://login.microsoftonline.com/contoso.onmicrosoft.com"],
  ])("accepts %s=%s", (name, value) => {
    expect(() => readConfig({ LOG: "off", [name]: value })).not.toThrow();
  });
});

describe("numbers are plain decimal integers in range", () => {
  it.each(["1e3", "0x1CED", " 80", "80 ", "0", "65536", "-1", "80.0", "08443", "+80", "eighty"])(
    "refuses PORT=%j",
    (value) => {
      expect(refusal({ PORT: value })).toMatch(
        new RegExp(`PORT: ${escape(JSON.stringify(value))} is not a port`),
      );
    },
  );

  it.each(["1", "443", "8443", "65535"])("accepts PORT=%s", (value) => {
    expect(readConfig({ LOG: "off", PORT: value }).port).toBe(Number(value));
  });

  it("refuses timeouts and seeds that are not decimal integers", () => {
    expect(refusal({ UPSTREAM_TIMEOUT_MS: "6e4" })).toMatch(/UPSTREAM_TIMEOUT_MS: "6e4" is not a timeout/);
    expect(refusal({ UPSTREAM_TIMEOUT_MS: "999" })).toMatch(/UPSTREAM_TIMEOUT_MS: "999"/);
    expect(refusal({ DEMO_SEED: "0x10" })).toMatch(/DEMO_SEED: "0x10" is not a seed/);
    expect(readConfig({ LOG: "off", UPSTREAM_TIMEOUT_MS: "5000", DEMO_SEED: "-7" })).toMatchObject({
      upstreamTimeoutMs: 5000,
      demo: { seed: -7 },
    });
  });
});

describe("the rest of the serving settings", () => {
  it("refuses a certificate without its key, a key without its certificate, and either with TLS=off", () => {
    expect(refusal({ TLS_CERT_FILE: "/etc/tls/cert.pem" })).toMatch(
      /TLS_CERT_FILE=\/etc\/tls\/cert\.pem .*without TLS_KEY_FILE/,
    );
    expect(refusal({ TLS_KEY_FILE: "/etc/tls/key.pem" })).toMatch(
      /TLS_KEY_FILE=\/etc\/tls\/key\.pem .*without TLS_CERT_FILE/,
    );
    expect(refusal({ TLS: "off", TLS_CERT_FILE: "/c.pem", TLS_KEY_FILE: "/k.pem" })).toMatch(
      /TLS_CERT_FILE=\/c\.pem .*TLS=off/,
    );
  });

  it.each(["bad host!", "http://localhost", "[::1]", "localhost:8443", "-leading.example"])(
    "refuses HOST=%j",
    (value) => {
      expect(refusal({ HOST: value })).toMatch(
        new RegExp(`HOST: ${escape(JSON.stringify(value))} is not a host name or IP address`),
      );
    },
  );

  it.each(["localhost", "0.0.0.0", "::", "::1", "127.0.0.1", "dashboard.internal"])(
    "accepts HOST=%s",
    (value) => {
      expect(readConfig({ LOG: "off", HOST: value }).host).toBe(value);
    },
  );

  // A resource the demo lacks (customers=2) is the mock's to refuse, at start (main.test.ts).
  it.each(["lots", "0", "101", "subscriptions=0", "subscriptions=x", "=2"])(
    "refuses DEMO_SCALE=%s",
    (value) => {
      expect(refusal({ DEMO_SCALE: value })).toMatch(new RegExp(`DEMO_SCALE: .*"${escape(value)}"`));
    },
  );

  it("accepts DEMO_SCALE as a number or per resource, and DIST_DIR=off for a server without the SPA", () => {
    expect(readConfig({ LOG: "off", DEMO_SCALE: "subscriptions=7,usage/azure=1" }).demo.scale).toBe(
      "subscriptions=7,usage/azure=1",
    );
    expect(readConfig({ LOG: "off", DIST_DIR: "off" }).distDir).toBeUndefined();
    expect(readConfig({ LOG: "off" }).distDir).toBe("dist");
  });
});
