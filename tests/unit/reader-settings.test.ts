import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, LIMITS, normalizeSettings } from '../../src/ui/reader/settings';

describe('reader settings', () => {
  it('turns anything storage holds into valid settings', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ font: 'comic', theme: 'neon', align: 'center', size: 'big', width: null, lineHeight: NaN })).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid choices and puts numbers on their slider’s steps, within its limits', () => {
    const settings = normalizeSettings({ font: 'dyslexic', theme: 'sepia', align: 'justify', size: 99, width: 51, lineHeight: 1.62 });
    expect(settings).toEqual({ font: 'dyslexic', theme: 'sepia', align: 'justify', size: LIMITS.size.max, width: 52, lineHeight: 1.6 });
    expect(normalizeSettings({ size: 1 }).size).toBe(LIMITS.size.min);
  });

  it('applies them to the root as data attributes and custom properties', () => {
    const root = new JSDOM('').window.document.documentElement;
    applySettings(root, { ...DEFAULT_SETTINGS, theme: 'dark', font: 'sans', size: 22, width: 60, lineHeight: 1.8, align: 'justify' });
    expect(root.dataset).toMatchObject({ theme: 'dark', font: 'sans', align: 'justify' });
    expect(root.style.getPropertyValue('--reader-size')).toBe('22px');
    expect(root.style.getPropertyValue('--reader-measure')).toBe('60ch');
    expect(root.style.getPropertyValue('--reader-leading')).toBe('1.8');
  });
});
