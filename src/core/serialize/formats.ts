/** The saved-copy formats, apart from the serializers so buttons can list them without loading those. */
export const SAVE_FORMATS = ['html', 'md', 'txt'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

export const FORMAT_LABELS: Record<SaveFormat, string> = { html: 'HTML', md: 'Markdown', txt: 'Text' };

export function isSaveFormat(value: string): value is SaveFormat {
  return (SAVE_FORMATS as readonly string[]).includes(value);
}
