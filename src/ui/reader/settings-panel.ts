/**
 * The reading-settings form. Native radios and sliders, so every setting is
 * reachable and changeable from the keyboard; every change applies at once.
 */
import { el } from './dom';
import { LIMITS, type ReaderSettings } from './settings';

type Choice<K extends keyof ReaderSettings> = { value: ReaderSettings[K]; label: string };

const FONT_CHOICES: Choice<'font'>[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans' },
  { value: 'dyslexic', label: 'OpenDyslexic' },
];
const THEME_CHOICES: Choice<'theme'>[] = [
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];
const ALIGN_CHOICES: Choice<'align'>[] = [
  { value: 'left', label: 'Ragged' },
  { value: 'justify', label: 'Justified' },
];

export interface SettingsPanel {
  element: HTMLElement;
  /** Show values that changed elsewhere (another reader, another device). */
  show(settings: ReaderSettings): void;
}

export function settingsPanel(initial: ReaderSettings, onChange: (next: ReaderSettings) => void): SettingsPanel {
  let current = initial;
  const update = (patch: Partial<ReaderSettings>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const form = el('form', { class: 'settings', 'aria-label': 'Reading settings' });
  form.addEventListener('submit', (event) => event.preventDefault());

  const radios = <K extends 'font' | 'theme' | 'align'>(key: K, legend: string, choices: Choice<K>[]) => {
    const set = el('fieldset', { class: `choices choices-${key}` }, el('legend', {}, legend));
    for (const choice of choices) {
      const input = el('input', { type: 'radio', name: key, value: String(choice.value), 'data-setting': key });
      input.addEventListener('change', () => input.checked && update({ [key]: choice.value } as Partial<ReaderSettings>));
      set.append(el('label', { class: `choice ${key}-${choice.value}` }, input, el('span', {}, choice.label)));
    }
    return set;
  };

  const slider = (key: 'size' | 'width' | 'lineHeight', label: string, format: (n: number) => string) => {
    const { min, max, step } = LIMITS[key];
    const id = `setting-${key}`;
    const input = el('input', { type: 'range', id, min: String(min), max: String(max), step: String(step), 'data-setting': key });
    const output = el('output', { for: id });
    input.addEventListener('input', () => {
      const value = Number(input.value);
      output.textContent = format(value);
      input.setAttribute('aria-valuetext', format(value));
      update({ [key]: value } as Partial<ReaderSettings>);
    });
    return { row: el('div', { class: 'slider' }, el('label', { for: id }, label), output, input), input, output, format };
  };

  const sliders = [
    slider('size', 'Text size', (n) => `${n} px`),
    slider('width', 'Line width', (n) => `${n} characters`),
    slider('lineHeight', 'Line spacing', (n) => n.toFixed(2)),
  ] as const;
  const keys = ['size', 'width', 'lineHeight'] as const;

  form.append(
    radios('font', 'Font', FONT_CHOICES),
    ...sliders.map((s) => s.row),
    radios('theme', 'Theme', THEME_CHOICES),
    radios('align', 'Alignment', ALIGN_CHOICES),
  );

  const show = (settings: ReaderSettings) => {
    current = settings;
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
      input.checked = String(settings[input.name as 'font' | 'theme' | 'align']) === input.value;
    }
    sliders.forEach((s, i) => {
      const value = settings[keys[i]!];
      s.input.value = String(value);
      s.output.textContent = s.format(value);
      s.input.setAttribute('aria-valuetext', s.format(value));
    });
  };
  show(initial);
  return { element: form, show };
}
