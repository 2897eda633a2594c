import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UserMenu } from '../auth/UserMenu.tsx';
import { Card } from '../cards/Card.tsx';
import { ListsDock } from '../lists/ListsDock.tsx';
import { flyToAndMark } from '../lists/place-mark.ts';
import { GridEditor } from '../editing/GridEditor.tsx';
import { AddOrganization } from '../ledger-edit/AddOrganization.tsx';
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
import { FilterChips } from '../filters/FilterChips.tsx';
import { Search } from '../panel/Search.tsx';
import { FilterControls } from '../panel/SearchAndFilters.tsx';
import { Summary } from '../panel/Summary.tsx';
import { PlanningTool } from '../planning/PlanningTool.tsx';
import { ToolbarProvider } from '../shell/toolbar.tsx';
import { useRequest } from '../use-request.ts';
import type { GeoJSONSource } from 'maplibre-gl';
import { Tooltip } from './Tooltip.tsx';
import { useView } from './use-view.ts';
import { toOrganizationFilter } from '../view/view-state.ts';
import './app.css';

const ENV_BASEMAP = (import.meta.env.VITE_BASEMAP_URL as string | undefined) ?? null;

const FIT_PADDING = 40;
/**
 * What the card may cover at the map's top right (app.css: 320 px wide, at most 480 px tall).
 * The whole box is kept clear: the card's content (the grid's ledger check) arrives after the
 * fit, and a boundary fitted under a short card would end up under the grown one.
 */
const CARD_BOX = { width: 330, height: 490 };

/**
 * Padding that keeps a fitted boundary clear of the card floating over the map's top right:
 * the boundary goes left of the card or below it, whichever leaves the larger part of the map
 * (the card is measured when it is on screen; its content may still grow).
 */
function clearOfCard(container: HTMLElement) {
  const box = container.getBoundingClientRect();
  const card = container.parentElement
    ?.querySelector('[data-testid="card"]')
    ?.getBoundingClientRect();
  const right = card ? Math.max(0, box.right - card.left) : CARD_BOX.width;
  const below = Math.max(
    card ? card.bottom - box.top : 0,
    Math.min(CARD_BOX.height, box.height - 10),
  );
  const p = FIT_PADDING;
  const beside = (box.width - right - 2 * p) * (box.height - 2 * p);
  const under = (box.width - 2 * p) * (box.height - below - 2 * p);
  if (Math.max(beside, under) <= 0) return { top: p, bottom: p, left: p, right: p };
  return beside >= under
    ? { top: p, bottom: p, left: p, right: p + right }
    : { top: p + below, bottom: p, left: p, right: p };
}

/**
 * Fits the map to a boundary, or to a grid's boundary fetched by id when none is at hand; with
 * `card`, clear of the card that is (or is about to be) open over the map.
 */
function fitTo(boundary: unknown, gridId?: string, card = false) {
  if (!boundary && gridId) {
    void request(GridBoundaryQuery, { id: gridId }).then(
      (r) => r.grid && fitTo(r.grid.boundary, undefined, card),
    );
    return;
  }
  const b = bboxOf(boundary);
  const m = window.__atlasMap;
  if (!b || !m) return;
  const p = FIT_PADDING;
  m.fitBounds(b, {
    padding: card ? clearOfCard(m.getContainer()) : { top: p, bottom: p, left: p, right: p },
    duration: 600,
  });
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
  // The panel's filters as the API's filter: the summary and the choropleth use them too.
  const filter = useMemo(() => toOrganizationFilter(view.filters), [view.filters]);

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
    fitTo(
      scopeNode.boundary,
      scopeNode.level === 'grid' ? scopeNode.id : undefined,
      !!view.selected || scopeNode.level === 'grid',
    );
  }, [scopeNode, mapReady, view.selected]);

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
          filter,
        }
      : null,
  );
  const rateClasses = useMemo(
    () => fittedRateClasses(rates.data?.mapGrids.map((g) => g.rate) ?? []),
    [rates.data],
  );

  const setScope = (id: string) => {
    // Back up to a wider scope (the breadcrumb's district or subdistrict) closes the card: what
    // was selected down there is no longer what the view is about (issue 15).
    const widening = id !== scopeNode?.id && path.some((p) => p.id === id);
    const selected = isGridId(id) ? id : widening ? null : view.selected;
    update({ scope: id, selected });
    const node = districts && crumbsFor(id, districts).at(-1);
    const grid = node?.level === 'grid';
    // A grid chosen as the scope is selected too: its card opens over the map.
    if (node && window.__atlasMap) {
      fitted.current = node.id;
      fitTo(node.boundary, grid ? node.id : undefined, grid || !!selected);
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
              within={
                scopeNode && scopeNode.level !== 'district'
                  ? { id: scopeNode.id, name: scopeNode.name }
                  : null
              }
              onScope={setScope}
              onPick={(id, c) => {
                update({ selected: id });
                if (c && window.__atlasMap) flyToAndMark(window.__atlasMap, c[0], c[1]);
              }}
            />
            <Summary scope={scopeNode?.id ?? null} filter={filter} />
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
              <AddOrganization onSelect={(selected) => update({ selected })} />
            </MapView>
            <FilterChips filters={view.filters} onChange={(filters) => update({ filters })} />
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
