import { describe, expect, it } from 'vitest';
import { injectionFailureMessage, restrictedReason } from '../../src/core/restricted';

describe('pages extensions cannot read', () => {
  it.each([
    'chrome://extensions/',
    'about:reader?url=https://example.org/',
    'moz-extension://abc/popup.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/addon/x/',
    'https://example.org/report.pdf',
    'view-source:https://example.org/',
    undefined,
  ])('%s is refused with a reason', (url) => {
    expect(restrictedReason(url)).toMatch(/\w/);
  });

  it.each(['https://example.org/news/story', 'http://127.0.0.1:8080/a.html', 'file:///home/me/page.html'])('%s is allowed', (url) => {
    expect(restrictedReason(url)).toBeNull();
  });

  it('explains file access when injecting into a local file fails', () => {
    expect(injectionFailureMessage('file:///x.html', new Error('denied'))).toMatch(/file URLs/);
    expect(injectionFailureMessage('https://x.org/', new Error('denied'))).toMatch(/denied/);
  });
});
