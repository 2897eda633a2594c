import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMapStatusText } from './map-status-i18n.ts';
import type { MapDataStatus } from './use-viewport-data.ts';

addMapStatusText();

/** Shown only when a load lasts longer than this: quick pans do not flicker. */
const SHOW_AFTER_MS = 250;

/**
 * A small notice at the map's bottom left while the layers fetch the current view (after a
 * short delay), and when some of its layers could not be loaded.
 */
export function MapStatus({ status }: { status: MapDataStatus }) {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!status.loading) {
      setSlow(false);
      return;
    }
    const h = setTimeout(() => setSlow(true), SHOW_AFTER_MS);
    return () => clearTimeout(h);
  }, [status.loading]);
  const hidden =
    status.jointHidden > 0 ? (
      <div className="map-status" data-testid="map-joint-hidden" role="status">
        {t('mapStatus.jointHidden', { count: status.jointHidden })}
      </div>
    ) : null;
  if (slow && status.loading)
    return (
      <div className="map-status" data-testid="map-loading" role="status">
        <span className="map-status-spinner" aria-hidden="true" />
        {t('mapStatus.loading')}
      </div>
    );
  if (status.failed > 0)
    return (
      <div className="map-status map-status-error" data-testid="map-failed" role="alert">
        {t('mapStatus.failed', { count: status.failed })}
      </div>
    );
  return hidden;
}
