import i18next from 'i18next';

const added = new Set<string>();

/**
 * Adds a feature's text under `namespace` (zh default, en) to the app's i18next instance, once;
 * safe before main.tsx has initialised i18next (it waits for 'initialized').
 */
export function addFeatureText(namespace: string, zh: object, en: object) {
  if (added.has(namespace)) return;
  const add = () => {
    if (added.has(namespace)) return;
    added.add(namespace);
    i18next.addResourceBundle('zh', 'translation', { [namespace]: zh }, true, false);
    i18next.addResourceBundle('en', 'translation', { [namespace]: en }, true, false);
  };
  if (i18next.store) add();
  else i18next.on('initialized', add);
}
