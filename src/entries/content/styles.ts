/**
 * Inline `!important` declarations: the one kind of style a page's stylesheets
 * cannot override, and which page CSPs do not block (CSSOM, not markup).
 */
export function forceStyles(element: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) element.style.setProperty(property, value, 'important');
}

/** A host element the page's CSS cannot reach into: its content lives in a closed shadow root. */
export function isolatedHost(tag: string, styles: Record<string, string>): { host: HTMLElement; root: ShadowRoot } {
  const host = document.createElement(tag);
  forceStyles(host, { all: 'initial', ...styles });
  return { host, root: host.attachShadow({ mode: 'closed' }) };
}
