/**
 * The one import of the WebExtension API. Chrome gets Promise-returning
 * `browser.*` through webextension-polyfill; Firefox uses its own `browser`.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs } from 'webextension-polyfill';
