import type { ClutterRule } from './types';

/** Consent management platforms, by the hooks their scripts render (stable across sites). */
export const consentRules: ClutterRule[] = [
  { kind: 'consent', name: 'consent.onetrust', selectors: ['#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk', '.onetrust-pc-dark-filter', '#ot-sdk-btn-floating'] },
  { kind: 'consent', name: 'consent.didomi', selectors: ['#didomi-host', '#didomi-notice', '#didomi-popup', '.didomi-popup-container', '.didomi-notice-banner'] },
  { kind: 'consent', name: 'consent.quantcast', selectors: ['#qc-cmp2-container', '.qc-cmp2-container', '#qc-cmp2-ui', '#qcCmpUi', '.qc-cmp-ui-container'] },
  { kind: 'consent', name: 'consent.sourcepoint', selectors: ['[id^="sp_message_container"]', '.sp_veil', 'iframe[id^="sp_message_iframe"]', '[class^="sp_message"]'] },
  { kind: 'consent', name: 'consent.trustarc', selectors: ['#truste-consent-track', '#teconsent', '#consent_blackbar', '.truste_overlay', '.truste_box_overlay', '#trustarc-banner-overlay', '.trustarc-banner'] },
  { kind: 'consent', name: 'consent.cookiebot', selectors: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay', '#CookiebotWidget', '.CookieDeclaration'] },
  { kind: 'consent', name: 'consent.usercentrics', selectors: ['#usercentrics-root', '#usercentrics-cmp-ui', '#uc-center-container', '[data-testid="uc-app-container"]'] },
  { kind: 'consent', name: 'consent.amp', selectors: ['amp-consent', 'amp-user-notification'] },
  {
    kind: 'consent',
    name: 'consent.wordpress-plugins',
    // CookieYes, Complianz, Cookie Notice, GDPR Cookie Consent, Borlabs, Osano's cookieconsent, Google Funding Choices.
    selectors: ['.cky-consent-container', '.cky-overlay', '#cmplz-cookiebanner-container', '.cmplz-cookiebanner', '#cookie-notice', '#cookie-law-info-bar', '#cliSettingsPopup', '#BorlabsCookieBox', '.cc-window', '.cc-banner', '.fc-consent-root', '#moove_gdpr_cookie_info_bar'],
  },
];

/**
 * Words that say a box asks for consent to tracking, in the languages we cover: a tracking term AND a
 * choice term. An overlay, dialog or "cookie"-named box is dropped as an unknown consent banner only
 * when its text has both, so a recipe card about cookies or a story about privacy stays.
 */
export const CONSENT_TRACKING =
  /\bcookies?\b|tracking technolog|\btrackers?\b|personal data|\btraceurs\b|données personnelles|personenbezogene|datenschutz|datos personales|ملفات تعريف الارتباط|الكوكيز|ملفات الارتباط/i;
export const CONSENT_CHOICE =
  /\b(accept|agree|consent|reject|decline|refuse|manage|settings|preferences|partners|privacy|opt[- ]out)|accepter|consentement|refuser|paramétrer|partenaires|akzeptieren|zustimm|einwillig|ablehnen|einstellungen|partner|aceptar|consentimiento|rechazar|configurar|socios|privacidad|consenso|accetta|موافق|قبول|رفض|إعدادات|الخصوصية|توافق/i;

/** Class or id names that suggest a consent box (still needs the vocabulary). */
export const CONSENT_HINT = /cookie|consent|gdpr|\bcmp\b|cmp[-_]|privacy[-_]?(banner|notice|bar|popup|modal)|datenschutz/i;
