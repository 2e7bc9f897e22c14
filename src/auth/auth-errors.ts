import { AuthError, BrowserAuthErrorCodes, InteractionRequiredAuthError } from "@azure/msal-browser";

/** MSAL errors in words a user understands. v5 messages are only documentation links, so branch on errorCode. */
export function describeAuthError(error: unknown): string {
  if (!(error instanceof AuthError))
    return error instanceof Error ? error.message : "Sign-in failed for an unknown reason.";
  switch (error.errorCode) {
    case BrowserAuthErrorCodes.popupWindowError:
    case BrowserAuthErrorCodes.emptyWindowError:
      return "The sign-in window was blocked by the browser. Allow pop-ups for this site or sign in again.";
    case BrowserAuthErrorCodes.userCancelled:
    case "access_denied":
      return "Sign-in was cancelled. Choose “Sign in” to try again.";
    case BrowserAuthErrorCodes.noNetworkConnectivity:
    case BrowserAuthErrorCodes.getRequestFailed:
    case BrowserAuthErrorCodes.postRequestFailed:
    case "endpoints_resolution_error":
      return "The sign-in service could not be reached. Check your network connection and try again.";
    case BrowserAuthErrorCodes.interactionInProgress:
      return "A sign-in is already in progress in this tab. Wait for it to finish, or reload the page.";
    case BrowserAuthErrorCodes.timedOut:
    case BrowserAuthErrorCodes.iframeClosedPrematurely:
      return "The sign-in service took too long to answer. Try again.";
    case "consent_required":
      return "Your organisation has not consented to this app using Partner Center on your behalf. Ask a Global Administrator to grant consent for the “Microsoft Partner Center” permission.";
    case "interaction_required":
    case "login_required":
      return "Your sign-in has expired. Sign in again to continue.";
    default:
      return error instanceof InteractionRequiredAuthError
        ? "Sign in again to continue."
        : `Sign-in failed (${error.errorCode}). Try again; if it keeps failing, give this code to your administrator.`;
  }
}
