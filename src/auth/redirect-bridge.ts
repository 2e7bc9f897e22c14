import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

// The MSAL v5 bridge page: hands the authorization response back to the page that started sign-in.
void broadcastResponseToMainFrame();
