import { render } from 'solid-js/web';
import { App } from './app';
import { createTransport } from './graphql-client';
import { createPanelState } from './panel-state';
import { createVisitorStore } from './saved-visitor';
import styles from './styles.css?inline';
import { endpoints, readPageConfig } from './widget-config';

/** A custom element name: host rules aimed at div, section or * with a class list cannot match it by accident. */
const HOST_TAG = 'livechat-oss-widget';

type WidgetWindow = Window & { LivechatOSSConfig?: unknown; initLivechatOSSWidget?: () => void };

// Read while the script runs: `currentScript` is null later.
const ownScript = document.currentScript as HTMLScriptElement | null;
const manualInit =
  ownScript?.getAttribute('data-manual-init') === 'true' ||
  (!ownScript && document.querySelector('script[data-manual-init="true"][src*="livechat-oss-widget"]') !== null);

let started = false;

/** Mounts the widget once; later calls (or a second copy of the script) do nothing. */
function initLivechatOSSWidget(): void {
  if (started || document.querySelector(HOST_TAG)) return;
  started = true;
  const page = readPageConfig((window as WidgetWindow).LivechatOSSConfig);
  const { graphqlUrl, websocketUrl } = endpoints(page, location.origin);
  const store = createVisitorStore(graphqlUrl);
  const transport = createTransport(graphqlUrl, () => store.load()?.token ?? null);

  const host = document.createElement(HOST_TAG);
  // Inline !important beats any page rule, even `* { all: unset !important }`.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(shadow);
  // On <html>, not <body>: a transformed body would trap position: fixed, and single-page apps
  // often replace the body's content wholesale.
  document.documentElement.appendChild(host);
  render(() => App({ page, transport, websocketUrl, store, panel: createPanelState(graphqlUrl) }), shadow);
}

/** Constructable stylesheets are CSSOM, so a page CSP without 'unsafe-inline' still lets them in. */
function adoptStyles(shadow: ShadowRoot) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = styles;
    shadow.appendChild(style);
  }
}

const target = window as WidgetWindow;
if (!target.initLivechatOSSWidget) {
  target.initLivechatOSSWidget = initLivechatOSSWidget;
  if (!manualInit) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', initLivechatOSSWidget, { once: true });
    } else {
      initLivechatOSSWidget();
    }
  }
}
