/**
 * Everything that is not content: loading, empty lists, notices and errors.
 * One component so every state looks and reads alike, and none is an empty box.
 */
import { el } from './dom';
import { icon, type IconName } from './icons';

export type StatusKind = 'loading' | 'empty' | 'notice' | 'error';

export interface StatusAction {
  label: string;
  run: () => void;
}

export interface StatusOptions {
  title?: string;
  /** A name for this state (`data-state`), for styling and tests. */
  state?: string;
  /** Icon before the text (none for loading, which shows a progress bar). */
  icon?: IconName;
  action?: StatusAction;
}

export function renderStatus(kind: StatusKind, message: string, options: StatusOptions = {}): HTMLElement {
  // Errors interrupt (alert); the rest are announced politely.
  const box = el('div', { class: `vb-status vb-status--${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-state': options.state });
  if (kind === 'loading') {
    box.append(el('div', { class: 'vb-progress', role: 'progressbar', 'aria-label': message }, el('span', {})));
  } else if (options.icon) {
    box.append(icon(options.icon));
  }
  const text = el('div', { class: 'vb-status-text' }, options.title && el('p', { class: 'vb-status-title' }, options.title), el('p', {}, message));
  box.append(text);
  if (options.action) {
    const { label, run } = options.action;
    const button = el('button', { type: 'button', class: 'vb-button vb-button--primary' }, label);
    button.addEventListener('click', run);
    text.append(button);
  }
  return box;
}
