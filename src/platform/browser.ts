/**
 * The one import of the WebExtension API. Chrome gets Promise-returning
 * `browser.*` through webextension-polyfill; Firefox uses its own `browser`.
 */
import browser from 'webextension-polyfill';

export default browser;
export type { Menus, Runtime, Tabs } from 'webextension-polyfill';
