import type { Messages } from './nl';

/** English UI strings (second language). */
export const en: Messages = {
  appTitle: 'Samen Buurten map',
  appSubtitle: 'Inclusive community building in Flevoland',
  skipToList: 'Skip the map, go to the list',
  mapLabel: 'Map of Flevoland with examples of inclusive community building',
  mapCanvasLabel: 'Interactive map. Pan with the arrow keys, zoom with plus and minus.',
  loading: 'Loading map…',
  loadError: 'The map data could not be loaded. Please reload the page.',
  mapError: 'The map cannot be shown in this browser. The list still works.',
  listHeading: 'Positive examples',
  listIntro: 'Named by participants of the Verbindingsfestival.',
  countInitiatives: (n: number) => (n === 1 ? '1 initiative' : `${n} initiatives`),
  wholeProvince: 'All of Flevoland',
  wholeProvinceHint: 'No fixed place on the map',
  mentioned: (n: number) => (n === 1 ? 'mentioned once' : `mentioned ${n} times`),
  status: { bestaand: 'Exists', toekomstig: 'Promising future development' },
  precision: {
    adres: 'Location: address',
    wijk: (area: string) => `Approximate location: district ${area}`,
    stadsdeel: (area: string) => `Approximate location: borough ${area}`,
    gemeente: (area: string) => `Approximate location: municipality ${area}`,
    provincie: 'Approximate location: province of Flevoland',
  },
  pinLabel: (name: string, place: string) => `${name}, ${place}`,
  sourceLabel: 'Source',
  seedSource:
    'Examples and bottlenecks: Samen Buurten, “Knelpunten bij inclusieve samenlevingsopbouw”',
  attributionCbs: 'Bron: CBS, Kadaster',
  attributionOsm: '© OpenStreetMap contributors',
  language: 'Language',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleAttribution: 'Show or hide attribution',
  resetView: 'Show all of Flevoland',
};
