/**
 * Reading settings: what they are, their limits, and how they reach the page
 * (data attributes and CSS custom properties on the root, read by reader.css).
 */
export const FONTS = ['serif', 'sans', 'dyslexic'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const ALIGNS = ['left', 'justify'] as const;

export interface ReaderSettings {
  font: (typeof FONTS)[number];
  /** Body text size in CSS pixels. */
  size: number;
  /** Line width in characters (`ch`). */
  width: number;
  lineHeight: number;
  theme: (typeof THEMES)[number];
  /** `left` is the reading start edge: the right in right-to-left articles. */
  align: (typeof ALIGNS)[number];
}

export interface Range {
  min: number;
  max: number;
  step: number;
}

export const LIMITS: Record<'size' | 'width' | 'lineHeight', Range> = {
  size: { min: 14, max: 30, step: 1 },
  width: { min: 40, max: 90, step: 2 },
  lineHeight: { min: 1.3, max: 2.1, step: 0.05 },
};

export const DEFAULT_SETTINGS: ReaderSettings = {
  font: 'serif',
  size: 20,
  width: 66,
  lineHeight: 1.6,
  theme: 'system',
  align: 'left',
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function within(range: Range, value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const stepped = range.min + Math.round((value - range.min) / range.step) * range.step;
  return Math.min(range.max, Math.max(range.min, Number(stepped.toFixed(2))));
}

/** Whatever storage holds (older versions, other devices, hand edits) becomes valid settings. */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    font: oneOf(FONTS, value.font, d.font),
    size: within(LIMITS.size, value.size, d.size),
    width: within(LIMITS.width, value.width, d.width),
    lineHeight: within(LIMITS.lineHeight, value.lineHeight, d.lineHeight),
    theme: oneOf(THEMES, value.theme, d.theme),
    align: oneOf(ALIGNS, value.align, d.align),
  };
}

export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  root.dataset.font = settings.font;
  root.dataset.theme = settings.theme;
  root.dataset.align = settings.align;
  root.style.setProperty('--reader-size', `${settings.size}px`);
  root.style.setProperty('--reader-measure', `${settings.width}ch`);
  root.style.setProperty('--reader-leading', String(settings.lineHeight));
}
