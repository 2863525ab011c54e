import {
  createMemo,
  createResource,
  createSignal,
  ErrorBoundary,
  Match,
  Show,
  Switch,
} from 'solid-js';
import { loadAppData } from './data/load';
import type { AppData } from './data/app-data';
import type { Initiatief } from './data/schemas';
import { placeLine, placeOf, precisionArea } from './data/place';
import { useI18n } from './i18n/i18n';
import { MapView } from './map/MapView';
import { InitiativeList } from './explore/InitiativeList';
import { ProvinceWide } from './explore/ProvinceWide';
import { LanguageSwitch } from './ui/LanguageSwitch';

const isMappable = (i: Initiatief) => i.properties.precision !== 'provincie';

function Explorer(props: { data: AppData }) {
  const { t } = useI18n();
  const [selectedId, setSelectedId] = createSignal<string>();
  const [mapFailed, setMapFailed] = createSignal(false);

  const initiatives = () => props.data.initiatieven.features;
  const onMap = createMemo(() => initiatives().filter(isMappable));
  const provinceWide = createMemo(() => initiatives().filter((i) => !isMappable(i)));

  const placeText = (i: Initiatief) =>
    placeLine(placeOf(i.properties, props.data), t().wholeProvince);
  const precisionText = (i: Initiatief) => {
    const area = precisionArea(i.properties, placeOf(i.properties, props.data));
    const words = t().precision;
    switch (area.kind) {
      case 'adres':
        return words.adres;
      case 'provincie':
        return words.provincie;
      default:
        return words[area.kind](area.name ?? '');
    }
  };
  const pinLabel = (i: Initiatief) => t().pinLabel(i.properties.name, placeText(i));
  const attribution = () => [t().attributionCbs, t().attributionOsm, t().seedSource];

  return (
    <main class="layout">
      <a class="skip-link" href="#list-heading">
        {t().skipToList}
      </a>
      <section class="map-region" aria-label={t().mapLabel}>
        <Show
          when={!mapFailed()}
          fallback={
            <p class="notice" role="alert">
              {t().mapError}
            </p>
          }
        >
          <MapView
            data={props.data}
            pins={onMap()}
            pinLabel={pinLabel}
            selectedId={selectedId()}
            onSelect={setSelectedId}
            attribution={attribution()}
            label={t().mapCanvasLabel}
            controlTexts={{
              zoomIn: t().zoomIn,
              zoomOut: t().zoomOut,
              toggleAttribution: t().toggleAttribution,
            }}
            onError={() => setMapFailed(true)}
          />
        </Show>
        <ProvinceWide
          initiatives={provinceWide()}
          selectedId={selectedId()}
          onSelect={setSelectedId}
        />
      </section>
      <aside class="side">
        <InitiativeList
          initiatives={initiatives()}
          placeText={placeText}
          precisionText={precisionText}
          selectedId={selectedId()}
          onSelect={setSelectedId}
        />
      </aside>
    </main>
  );
}

export function App() {
  const { t } = useI18n();
  const [data] = createResource(loadAppData);
  return (
    <div class="app">
      <header class="app-header">
        <div>
          <h1>{t().appTitle}</h1>
          <p class="subtitle">{t().appSubtitle}</p>
        </div>
        <LanguageSwitch />
      </header>
      <ErrorBoundary
        fallback={
          <p class="notice" role="alert">
            {t().loadError}
          </p>
        }
      >
        <Switch>
          <Match when={data.error}>
            <p class="notice" role="alert">
              {t().loadError}
            </p>
          </Match>
          <Match when={data()}>{(loaded) => <Explorer data={loaded()} />}</Match>
          <Match when={data.loading}>
            <p class="notice" role="status">
              {t().loading}
            </p>
          </Match>
        </Switch>
      </ErrorBoundary>
    </div>
  );
}
