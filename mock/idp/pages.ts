import { createHash } from "node:crypto";

// HTML of the dev identity provider's own pages. Plain forms, no scripts, every value escaped.
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
body{font-family:system-ui,sans-serif;background:#f1f5f9;color:#0f172a;margin:0;display:grid;place-items:center;min-height:100vh}
main{background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002;padding:2rem;width:min(24rem,90vw)}
h1{font-size:1.35rem;margin:0 0 .5rem}p{color:#334155;font-size:.95rem}
label{display:block;font-weight:600;margin:1rem 0 .25rem}
input{box-sizing:border-box;width:100%;padding:.6rem;border:1px solid #64748b;border-radius:6px;font:inherit}
button{margin-top:1.25rem;width:100%;padding:.65rem;border:0;border-radius:6px;background:#1d4ed8;color:#fff;font:inherit;font-weight:600;cursor:pointer}
button.secondary{background:#e2e8f0;color:#0f172a}
:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.error{color:#b91c1c;font-weight:600}
`;

/** The pages' one stylesheet for style-src, by hash: the pages carry no other style and no script. */
export const STYLE_SOURCE = `'sha256-${createHash("sha256").update(STYLE).digest("base64")}'`;

const shell = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

export function loginPage(action: string, error?: string): string {
  return shell(
    "Sign in – Demo identity provider",
    `<h1>Sign in to the demo tenant</h1>
<p>This is the dashboard's built-in identity provider for the demo and tests. Any user name signs in as that user of the
<strong>Contoso Partner (demo)</strong> tenant; the password is not checked. A name containing
<strong>no-mfa</strong> signs in without a second factor, which Partner Center refuses.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${escapeHtml(action)}">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button>
</form>`,
  );
}

export function logoutPage(form: string): string {
  return shell(
    "Sign out – Demo identity provider",
    `<h1>Sign out of the demo tenant?</h1>${form}
<button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Sign out</button>
<button class="secondary" type="submit" form="op.logoutForm">Stay signed in</button>`,
  );
}

export function signedOutPage(): string {
  return shell("Signed out", `<h1>Signed out</h1><p>You can close this tab.</p>`);
}

export function errorPage(message: string): string {
  return shell("Sign-in error", `<h1>Sign-in error</h1><p class="error">${escapeHtml(message)}</p>`);
}

// The device-code pages (`npm run report -- --sign-in`). oidc-provider hands over its forms: `form` holds the
// hidden anti-forgery field and, on the first page, the code input; the buttons submit the form by its id.
export function deviceCodePage(form: string, error?: Error): string {
  return shell(
    "Enter code – Demo identity provider",
    `<h1>Sign in a device</h1>
<p>Enter the code that <strong>npm run report -- --sign-in</strong> printed.</p>
${error ? `<p class="error" role="alert">That code is not valid or has expired. Check it, or start the sign-in again.</p>` : ""}
${form}
<button type="submit" form="op.deviceInputForm">Continue</button>`,
  );
}

export function deviceConfirmPage(form: string, userCode: string): string {
  return shell(
    "Confirm device – Demo identity provider",
    `<h1>Confirm the sign-in</h1>
<p>Continue only if the command shows the code <strong>${escapeHtml(userCode)}</strong>.</p>
${form}
<button type="submit" form="op.deviceConfirmForm">Continue</button>
<button class="secondary" type="submit" form="op.deviceConfirmForm" name="abort" value="yes">Abort</button>`,
  );
}

export function deviceDonePage(): string {
  return shell(
    "Signed in",
    `<h1>Signed in</h1><p>The command continues on its own; you can close this tab.</p>`,
  );
}
