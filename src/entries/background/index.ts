/**
 * The background script: a service worker in Chrome, an event page in
 * Firefox. It holds no DOM and no state; it wires browser events to actions.
 */
import { downloadFile } from '../../platform/downloads';
import { handleMessages, type BackgroundProtocol } from '../../platform/messages';
import { listenForSaveTriggers } from '../../platform/save-triggers';

handleMessages<BackgroundProtocol>({
  ping: () => ({ ready: true }),
  download: async (file) => ({ id: await downloadFile(file) }),
});

listenForSaveTriggers();
