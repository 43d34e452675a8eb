/**
 * Pages where browsers do not let extensions run scripts. Telling the user
 * plainly beats showing the error `scripting.executeScript` would throw.
 */

const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];
const BROWSER_SCHEMES = ['chrome:', 'chrome-extension:', 'edge:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'devtools:', 'chrome-search:', 'chrome-untrusted:', 'data:', 'javascript:', 'blob:'];

export function restrictedReason(rawUrl: string | undefined | null): string | null {
  if (!rawUrl) return 'This tab has no page that Verbatim can read.';
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return 'This tab has no page that Verbatim can read.';
  }
  if (BROWSER_SCHEMES.includes(url.protocol)) return 'This is a page of the browser itself; browsers do not let extensions read it.';
  if (STORE_HOSTS.some((host) => url.hostname === host) && (url.hostname !== 'chrome.google.com' || url.pathname.startsWith('/webstore'))) {
    return 'Browsers do not let extensions run on their add-on store.';
  }
  if (/\.pdf$/i.test(url.pathname)) return 'This is a PDF shown by the browser’s own viewer; Verbatim reads web pages only.';
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) return 'Verbatim reads web pages (http and https) only.';
  return null;
}

/** What to tell the user when injecting into an allowed-looking page failed anyway. */
export function injectionFailureMessage(rawUrl: string | undefined | null, error: unknown): string {
  if (rawUrl?.startsWith('file:')) {
    return 'Local files can be read only after allowing “Access to file URLs” for Verbatim in the browser’s extension settings.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `The browser did not let Verbatim read this page (${detail}).`;
}
