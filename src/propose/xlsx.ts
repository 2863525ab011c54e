import { EXCHANGE_FIELDS, type PlaceNames } from '../proposals/exchange-fields';
import { exportFields, exportValue } from '../proposals/exchange';
import type { Proposal } from '../proposals/proposal';

/**
 * A real Excel workbook: numbers (coordinates, the server's number) are typed numbers, so no
 * locale can misread them, and text cells are text, so nothing in them is run as a formula. The
 * libraries load only when someone downloads or reads a workbook.
 */
export async function proposalsToXlsx(proposals: Proposal[], names: PlaceNames): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const fields = exportFields(false);
  const header = fields.map((f) => ({
    value: EXCHANGE_FIELDS[f].column,
    fontWeight: 'bold' as const,
  }));
  const rows = proposals.map((p) =>
    fields.map((f) => {
      const value = exportValue(p, f, names);
      if (value === undefined) return null;
      if (typeof value === 'number') return { value, type: Number };
      return { value: Array.isArray(value) ? value.join('|') : value, type: String };
    }),
  );
  return writeXlsxFile([header, ...rows], { sheet: 'voorstellen' }).toBlob();
}

/** The first sheet of a workbook as rows of cells (text, numbers, dates). */
export async function readXlsxTable(bytes: ArrayBuffer): Promise<unknown[][]> {
  const { readSheet } = await import('read-excel-file/universal');
  return (await readSheet(bytes)) as unknown[][];
}

/** Whether bytes are a zip archive, as every .xlsx is. */
export const looksLikeZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
