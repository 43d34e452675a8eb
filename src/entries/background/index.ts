/**
 * The background script: a service worker in Chrome, an event page in
 * Firefox. It holds no DOM and no state; it wires browser events to actions.
 */
import { handleMessages, type BackgroundProtocol } from '../../platform/messages';

handleMessages<BackgroundProtocol>({
  ping: () => ({ ready: true }),
});
