import type { Widen } from './nl';
import { useI18n } from './i18n';

/**
 * Text of the file exchange (export, backup, import report). Kept out of nl.ts so it loads with
 * "Mijn voorstellen", not with the map: the first-load budget is nearly full.
 */
const exchangeNl = {
  exportXlsx: 'Download als Excel-werkmap (.xlsx)',
  exportNoSecret:
    'Deze bestanden bevatten geen geheime sleutels: wie ze krijgt, kan je voorstellen niet veranderen.',
  exportBackupHeading: 'Reservekopie van dit apparaat',
  exportBackupWarning:
    'Een reservekopie bevat de geheime sleutel van elk voorstel. Wie het bestand heeft, kan je voorstellen op de server veranderen. Bewaar het goed en deel het met niemand.',
  exportBackup: 'Download reservekopie (met geheime sleutels)',
  exportBackupConfirm:
    'Dit bestand bevat je geheime sleutels. Wie het heeft, kan je voorstellen veranderen. Toch downloaden?',
  importLabelAny: 'Lees een bestand in (CSV, Excel of een bestand voor kaartprogramma’s: GeoJSON)',
  importMissing: (column: string) => `'${column}' ontbreekt.`,
  importFieldProblem: (column: string, problem: string) => `'${column}': ${problem}`,
  importFromServer: (n: number) =>
    n === 1
      ? '1 voorstel in dit bestand komt van de server. Het staat daar al; we sturen het niet opnieuw in.'
      : `${n} voorstellen in dit bestand komen van de server. Die staan daar al; we sturen ze niet opnieuw in.`,
  importServerRow: (row: number, name: string) => `Regel ${row}: ${name}`,
  importServerNumber: (n: number) => `nummer ${n}`,
  importServerStatus: {
    ingediend: 'ingediend',
    verzonden: 'verzonden',
    goedgekeurd: 'goedgekeurd',
    afgewezen: 'afgewezen',
  },
  importNotes: {
    windows1252:
      'Dit bestand is opgeslagen als Windows-1252 (een ouder Excel-formaat). We hebben de letters omgezet. Kijk of letters als é en ë goed staan.',
    rdNew:
      'De plekken in dit bestand stonden in Rijksdriehoekscoördinaten (RD New). We hebben ze omgezet naar lengte- en breedtegraad.',
  },
} as const;

export type ExchangeText = Widen<typeof exchangeNl>;

const exchangeEn: ExchangeText = {
  exportXlsx: 'Download as Excel workbook (.xlsx)',
  exportNoSecret:
    'These files hold no secret keys: whoever gets them cannot change your proposals.',
  exportBackupHeading: 'Backup of this device',
  exportBackupWarning:
    'A backup holds the secret key of each proposal. Whoever has the file can change your proposals on the server. Keep it safe and share it with no one.',
  exportBackup: 'Download backup (with secret keys)',
  exportBackupConfirm:
    'This file holds your secret keys. Whoever has it can change your proposals. Download anyway?',
  importLabelAny: 'Read a file (CSV, Excel or a file for map software: GeoJSON)',
  importMissing: (column: string) => `'${column}' is missing.`,
  importFieldProblem: (column: string, problem: string) => `'${column}': ${problem}`,
  importFromServer: (n: number) =>
    n === 1
      ? '1 proposal in this file comes from the server. It is there already; we do not send it again.'
      : `${n} proposals in this file come from the server. They are there already; we do not send them again.`,
  importServerRow: (row: number, name: string) => `Row ${row}: ${name}`,
  importServerNumber: (n: number) => `number ${n}`,
  importServerStatus: {
    ingediend: 'submitted',
    verzonden: 'sent',
    goedgekeurd: 'approved',
    afgewezen: 'rejected',
  },
  importNotes: {
    windows1252:
      'This file was saved as Windows-1252 (an older Excel format). We converted the letters. Check that letters like é and ë look right.',
    rdNew:
      'The places in this file were in Dutch national grid coordinates (RD New). We converted them to longitude and latitude.',
  },
};

/** The exchange text in the page's language. */
export function useExchangeText(): () => ExchangeText {
  const { lang } = useI18n();
  return () => (lang() === 'en' ? exchangeEn : exchangeNl);
}

export { exchangeNl };
