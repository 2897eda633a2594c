import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../auth/UserMenu.tsx';
import { Card } from '../cards/Card.tsx';
import { ListsDock } from '../lists/ListsDock.tsx';
import { flyToAndMark } from '../lists/place-mark.ts';
import { GridEditor } from '../editing/GridEditor.tsx';
import { bboxOf, boundaryFeatures } from '../map/features.ts';
import {
  DISTRICTS_SOURCE,
  SCOPE_SOURCE,
  SUBDISTRICTS_SOURCE,
} from '../map/layers/boundaries.layer.ts';
import {
  GridBoundaryQuery,
  HierarchyQuery,
  MapGridRatesQuery,
  MapInfoQuery,
} from '../map/map-queries.ts';
import { fittedRateClasses } from '../map/rate-scale.ts';
import { request } from '../api.ts';
import { MapView, type Hover } from '../map/MapView.tsx';
import { crumbsFor, isGridId } from '../panel/breadcrumb.ts';
import { LayerControls } from '../panel/LayerControls.tsx';
import { Navigation } from '../panel/Navigation.tsx';
import { FilterControls, Search } from '../panel/SearchAndFilters.tsx';
import { Summary } from '../panel/Summary.tsx';
import { PlanningTool } from '../planning/PlanningTool.tsx';
import { ToolbarProvider } from '../shell/toolbar.tsx';
import { useRequest } from '../use-request.ts';
import type { GeoJSONSource } from 'maplibre-gl';
import { Tooltip } from './Tooltip.tsx';
import { useView } from './use-view.ts';
import './app.css';

const ENV_BASEMAP = (import.meta.env.VITE_BASEMAP_URL as string | undefined) ?? null;

/** Fits the map to a boundary, or to a grid's boundary fetched by id when none is at hand. */
function fitTo(boundary: unknown, gridId?: string) {
  if (!boundary && gridId) {
    void request(GridBoundaryQuery, { id: gridId }).then((r) => r.grid && fitTo(r.grid.boundary));
    return;
  }
  const b = bboxOf(boundary);
  if (b && window.__atlasMap) window.__atlasMap.fitBounds(b, { padding: 40, duration: 600 });
}

/** The map page: header with toolbar slot, panel, map, card. */
export function App() {
  const { t, i18n } = useTranslation();
  const [view, update] = useView();
  const hierarchy = useRequest(HierarchyQuery, {});
  const info = useRequest(MapInfoQuery, {});
  const [hover, setHover] = useState<Hover | null>(null);
  const districts = hierarchy.data?.districts;

  useEffect(() => {
    if (i18n.language !== view.lang) void i18n.changeLanguage(view.lang);
    document.documentElement.lang = view.lang === 'en' ? 'en' : 'zh-CN';
  }, [view.lang, i18n]);

  const path = useMemo(
    () => (districts ? crumbsFor(view.scope, districts) : []),
    [districts, view.scope],
  );
  const scopeNode = path[path.length - 1];

  // Fit the map to a scope when it is chosen (not when restoring a shared camera). Waits for
  // the map: the hierarchy may arrive before it exists (the first view was left unfitted).
  // A scope reached by Back (history) is fitted too; the scope last fitted is remembered.
  const keepCamera = useRef(view.camera != null);
  const fitted = useRef<string | null>(null);
  const [mapReady, setMapReady] = useState(false);
  useEffect(() => {
    if (!scopeNode || !mapReady || !window.__atlasMap || fitted.current === scopeNode.id) return;
    fitted.current = scopeNode.id;
    if (keepCamera.current) {
      keepCamera.current = false;
      return;
    }
    fitTo(scopeNode.boundary, scopeNode.level === 'grid' ? scopeNode.id : undefined);
  }, [scopeNode, mapReady]);

  // Outlines of districts and subdistricts come from the hierarchy (small, loaded once).
  useEffect(() => {
    const m = window.__atlasMap;
    if (!districts || !m || !mapReady) return;
    (m.getSource(DISTRICTS_SOURCE) as GeoJSONSource | undefined)?.setData(
      boundaryFeatures(districts),
    );
    (m.getSource(SUBDISTRICTS_SOURCE) as GeoJSONSource | undefined)?.setData(
      boundaryFeatures(districts.flatMap((d) => d.subdistricts)),
    );
  }, [districts, mapReady]);

  // The chosen scope outlined (a grid's boundary is fetched: the hierarchy leaves it out).
  useEffect(() => {
    const m = window.__atlasMap;
    if (!scopeNode || !m || !mapReady) return;
    const show = (boundary: unknown) =>
      (m.getSource(SCOPE_SOURCE) as GeoJSONSource | undefined)?.setData(
        boundaryFeatures([{ ...scopeNode, boundary }]),
      );
    if (scopeNode.boundary) show(scopeNode.boundary);
    else void request(GridBoundaryQuery, { id: scopeNode.id }).then((r) => show(r.grid?.boundary));
  }, [scopeNode, mapReady]);

  // The choropleth's classes fitted to the rates of the scope's grids (rate-scale.ts).
  const scopeBox = scopeNode?.boundary ? bboxOf(scopeNode.boundary) : null;
  const rates = useRequest(
    MapGridRatesQuery,
    scopeBox
      ? {
          viewport: {
            bbox: {
              minLon: scopeBox[0],
              minLat: scopeBox[1],
              maxLon: scopeBox[2],
              maxLat: scopeBox[3],
            },
            zoom: 8,
          },
        }
      : null,
  );
  const rateClasses = useMemo(
    () => fittedRateClasses(rates.data?.mapGrids.map((g) => g.rate) ?? []),
    [rates.data],
  );

  const setScope = (id: string) => {
    update({ scope: id, selected: isGridId(id) ? id : view.selected });
    const node = districts && crumbsFor(id, districts).at(-1);
    if (node && window.__atlasMap) {
      fitted.current = node.id;
      fitTo(node.boundary, node.level === 'grid' ? node.id : undefined);
    }
  };

  const first = districts?.[0];
  const initialCamera = view.camera ??
    centerOf(first?.boundary) ?? { lon: 116.65, lat: 40.13, zoom: 10 };
  const basemap = info.data?.mapInfo.basemapUrl ?? ENV_BASEMAP;

  if (hierarchy.error)
    return <p className="error">{t('app.failed', { message: hierarchy.error })}</p>;
  if (!districts || !info.data) return <p style={{ padding: 24 }}>{t('app.loading')}</p>;
  const { jointUnitLimit, walkMetersPerMinute } = info.data.mapInfo;

  return (
    <ToolbarProvider>
      {(setToolbarHost) => (
        <div className="atlas">
          <header>
            <h1>{t('app.title')}</h1>
            <div className="toolbar" ref={setToolbarHost} data-testid="toolbar" />
            <button
              data-testid="lang-switch"
              onClick={() => update({ lang: view.lang === 'zh' ? 'en' : 'zh' })}
            >
              {t('lang.switch')}
            </button>
            <a href="/graphiql.html">GraphQL</a>
          </header>
          <aside className="panel" data-testid="panel">
            <Navigation scope={view.scope} hierarchy={districts} onScope={setScope} />
            <Search
              onPick={(id, c) => {
                update({ selected: id });
                if (c) window.__atlasMap?.flyTo({ center: c, zoom: 16 });
              }}
            />
            <Summary scope={scopeNode?.id ?? null} />
            <LayerControls
              layers={view.layers}
              walk={view.walk}
              jointUnitLimit={jointUnitLimit}
              rateClasses={rateClasses}
              onLayers={(layers) => update({ layers })}
              onWalk={(walk) => update({ walk })}
            />
            <FilterControls filters={view.filters} onChange={(filters) => update({ filters })} />
          </aside>
          <ListsDock
            scope={scopeNode?.id ?? first!.id}
            view={view}
            onList={(list) => update({ list })}
            onPick={(row) => {
              update({ selected: row.id });
              if (row.lon != null && row.lat != null && window.__atlasMap) {
                flyToAndMark(window.__atlasMap, row.lon, row.lat);
              }
            }}
          />
          <main className="map-wrap">
            <MapView
              view={view}
              walkMetersPerMinute={walkMetersPerMinute}
              basemapUrl={basemap}
              initialCamera={initialCamera}
              rateClasses={rateClasses}
              selectedGridId={isGridId(view.selected) ? view.selected : null}
              onCamera={(camera) => update({ camera })}
              onReady={() => setMapReady(true)}
              onSelect={(selected) => update({ selected })}
              onHover={setHover}
            >
              <Tooltip hover={hover} />
              <GridEditor selectedGridId={isGridId(view.selected) ? view.selected : null} />
              <UserMenu />
              <PlanningTool scope={scopeNode?.id ?? null} />
            </MapView>
            {view.selected && (
              <Card
                id={view.selected}
                jointUnitLimit={jointUnitLimit}
                onSelect={(selected) => update({ selected })}
                onScope={setScope}
              />
            )}
          </main>
        </div>
      )}
    </ToolbarProvider>
  );
}

function centerOf(boundary: unknown) {
  const b = bboxOf(boundary);
  if (!b) return null;
  const span = Math.max(b[2] - b[0], b[3] - b[1], 1e-6);
  return {
    lon: (b[0] + b[2]) / 2,
    lat: (b[1] + b[3]) / 2,
    zoom: Math.max(2, Math.min(16, Math.log2(360 / span) + 0.5)),
  };
}
