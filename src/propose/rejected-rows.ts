import type { ExchangeText } from '../i18n/exchange';
import type { Messages } from '../i18n/nl';
import { protectCell, toCsv } from '../proposals/csv';
import type { RejectedRow, RowProblem } from './import-proposals';
import { problemText } from './problem-text';

/** A row's problem in the person's words, naming the file's own column ("'soort' ontbreekt."). */
export function rowProblemText(problem: RowProblem, t: Messages, x: ExchangeText): string {
  if (!problem.column) return problemText(problem, t);
  if (problem.code === 'required') return x.importMissing(problem.column);
  return x.importFieldProblem(problem.column, problemText(problem, t));
}

const cellText = (value: unknown): string =>
  value === undefined || value === null
    ? ''
    : value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value as string | number | boolean);

/**
 * The rejected rows as a CSV to fix and read in again: the file's own column names and values
 * (objects such as uMap's options as JSON), with the reason first. Text is guarded like every
 * export, so a formula in a bad row is not run when the file is opened.
 */
export function rejectedRowsCsv(rows: RejectedRow[], t: Messages, x: ExchangeText): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row.raw)))];
  return toCsv(
    ['regel', 'reden', ...columns],
    rows.map((row) => [
      String(row.row),
      protectCell(row.problems.map((p) => rowProblemText(p, t, x)).join(' ')),
      ...columns.map((c) => protectCell(cellText(row.raw[c]))),
    ]),
  );
}
