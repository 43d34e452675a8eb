/** The library page's fixed elements and its two message lines. */
export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

export function notify(text: string): void {
  $('alert').hidden = true;
  $('notice').textContent = text;
}

export function alertUser(text: string): void {
  const alert = $('alert');
  alert.textContent = text;
  alert.hidden = false;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `2025-10-21T…` → a short local date, e.g. "21 Oct 2025". */
export function shortDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}
