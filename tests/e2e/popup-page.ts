/**
 * Helpers for driving the popup in e2e tests: open it for a fixture page at
 * the popup's real size, read its views, run axe-core in it.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ExtensionSession, TestPage } from './harness';
import type { FixtureServer } from './server';

/** The popup's width (popup.css) and the browsers' maximum popup height. */
export const POPUP_SIZE = { width: 440, height: 600 } as const;

export interface OpenedPopup {
  tabId: number;
  /** The web page the popup reads. */
  tab: TestPage;
  popup: TestPage;
}

export async function openPopupFor(session: ExtensionSession, server: FixtureServer, slug: string): Promise<OpenedPopup> {
  const { tabId, page: tab } = await session.openTab(server.url(`${slug}/source.html`));
  await session.grantActiveTab(tabId);
  const popup = await session.openExtensionPage(`popup/index.html?tab=${tabId}`);
  await popup.setViewport(POPUP_SIZE.width, POPUP_SIZE.height);
  return { tabId, tab, popup };
}

/** Select a view by clicking its tab. */
export async function showView(popup: TestPage, view: 'article' | 'quotes' | 'people'): Promise<void> {
  await popup.click(`#vb-tab-${view}`);
  await popup.waitFor(`#vb-panel-${view}:not([hidden])`);
}

/** Wait until quotes and people have replaced their loading states. */
export async function waitForAnalysis(popup: TestPage): Promise<void> {
  await popup.waitFor('#vb-panel-quotes .vb-quotes-panel, #vb-panel-quotes .vb-status--error', 30_000);
}

export interface ShownQuote {
  text: string;
  speaker: string;
  role: string | null;
  fragment: boolean;
}

export function readQuotes(popup: TestPage): Promise<ShownQuote[]> {
  return popup.evaluate(() =>
    [...document.querySelectorAll('#vb-panel-quotes .vb-quote')].map((li) => ({
      text: li.querySelector('.vb-quote-text')?.textContent ?? '',
      speaker: li.querySelector('.vb-quote-name')?.textContent ?? '',
      role: li.querySelector('.vb-quote-role')?.textContent ?? null,
      fragment: li.classList.contains('vb-quote--fragment'),
    })),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | null = null;

/** Run axe-core in the page; returns the serious and critical violations. */
export async function seriousAxeViolations(page: TestPage): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScript(await axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
