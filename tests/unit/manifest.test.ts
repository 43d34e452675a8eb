import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/lib/manifest';

const base = JSON.parse(await readFile(resolve(import.meta.dirname, '../../manifest.json'), 'utf8'));

describe('per-browser manifests', () => {
  it('gives Chrome a service worker and no Firefox settings', () => {
    const m = manifestFor('chrome', base, '1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m).not.toHaveProperty('browser_specific_settings');
    expect(m.version).toBe('1.2.3');
  });

  it('gives Firefox background scripts, a fixed id and no data collection', () => {
    const m = manifestFor('firefox', base, '1.2.3') as { background: unknown; browser_specific_settings: { gecko: Record<string, unknown> } };
    expect(m.background).toEqual({ scripts: ['background.js'] });
    const gecko = m.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(Number.parseFloat(String(gecko.strict_min_version))).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('asks for no host permission by default and keeps a strict CSP', () => {
    for (const target of ['chrome', 'firefox'] as const) {
      const m = manifestFor(target, base, '1.0.0') as Record<string, unknown> & { content_security_policy: { extension_pages: string } };
      expect(m).not.toHaveProperty('host_permissions');
      expect(m.permissions).not.toContain('<all_urls>');
      expect(m.content_security_policy.extension_pages).toMatch(/script-src 'self';/);
      expect(m.content_security_policy.extension_pages).toMatch(/object-src 'none'/);
    }
  });
});
