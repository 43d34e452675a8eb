/**
 * A row of page-level actions (Copy, and later Reader mode, Save…). Adding an
 * action is one entry in the caller's list. An action may return a short
 * confirmation ("Copied"), which goes to the announcer.
 */
import { announce } from './announcer';
import { el } from './dom';
import { icon, type IconName } from './icons';

export interface Action {
  id: string;
  label: string;
  icon: IconName;
  run: () => string | void | Promise<string | void>;
}

export interface ActionBarOptions {
  /** Accessible name of the group. */
  label: string;
  /** Where confirmations and failures are shown (see announcer.ts). */
  announcer: HTMLElement;
}

export function renderActionBar(actions: Action[], options: ActionBarOptions): HTMLElement {
  const buttons = actions.map((action) => {
    const button = el('button', { type: 'button', class: 'vb-button', 'data-action': action.id }, icon(action.icon), el('span', {}, action.label));
    button.addEventListener('click', async () => {
      try {
        const said = await action.run();
        if (said) announce(options.announcer, said);
      } catch (error) {
        announce(options.announcer, `${action.label} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
    return button;
  });
  return el('div', { class: 'vb-actions', role: 'group', 'aria-label': options.label }, ...buttons);
}
