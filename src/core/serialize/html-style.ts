/** The saved copy's only styles, inlined: readable offline, light and dark, printable. */
export const COPY_CSS = `
:root { color-scheme: light dark; --fg: #1d1b18; --bg: #fdfcf9; --muted: #6b665e; --rule: #e6e1d8; --accent: #b4410f; }
@media (prefers-color-scheme: dark) { :root { --fg: #ece8e1; --bg: #1b1a18; --muted: #a39e95; --rule: #34312c; --accent: #f0915f; } }
html { background: var(--bg); color: var(--fg); }
body { margin: 0 auto; max-width: 42rem; padding: 2rem 1.25rem 4rem; font: 1.125rem/1.65 Georgia, 'Iowan Old Style', serif; overflow-wrap: anywhere; }
header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
.byline { font-style: italic; margin: 0 0 0.75rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; font: 0.85rem/1.5 system-ui, sans-serif; color: var(--muted); margin: 0 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
a { color: var(--accent); }
img, video, figure { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; }
figcaption { font-size: 0.9rem; color: var(--muted); }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
pre { overflow-x: auto; font-size: 0.9rem; }
table { border-collapse: collapse; }
td, th { border: 1px solid var(--rule); padding: 0.25rem 0.5rem; }
.linked-image { font: 0.85rem/1.4 system-ui, sans-serif; color: var(--muted); border: 1px dashed var(--rule); padding: 0.4rem 0.6rem; }
.appendix { border-top: 1px solid var(--rule); margin-top: 3rem; font-size: 1rem; }
.appendix h2 { font-size: 1.25rem; }
.appendix .speaker { font-style: italic; }
.appendix .phrase { color: var(--muted); font-size: 0.85rem; }
@media print { body { max-width: none; } a { color: inherit; } }
`;

/**
 * The CSP hash of COPY_CSS, so the saved file allows exactly this stylesheet
 * and no other inline style. tests/unit/serialize-html.test.ts recomputes it:
 * change the CSS, and that test tells you the new value.
 */
export const COPY_CSS_SHA256 = 'sha256-MYBLAkSLUpyhnsy1x9np3SfisrM+9J6iPWyZBx0nXf4=';
