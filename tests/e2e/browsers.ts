/** Where the e2e tests find the browsers: the environment, or Debian's paths. */
export function browserPaths(): { chromium: string; firefox: string } {
  return {
    chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  };
}
