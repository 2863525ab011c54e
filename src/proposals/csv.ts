/**
 * CSV as Excel in the Netherlands expects it: UTF-8 with a byte order mark, semicolons, CRLF, and
 * quotes where needed. The reader also takes commas and tabs, detected from the header line.
 */
const BOM = '\uFEFF';

function quote(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/**
 * Whether a spreadsheet would run this text as a formula (CSV injection): it starts with `=` or
 * `@`, a tab or carriage return, or with `+`/`-` followed by something a formula needs to do
 * harm (a function call, a DDE pipe, a sheet reference). `-50+ groep` or `+31 6 …` are not run.
 */
function wouldExecute(value: string): boolean {
  if (/^[=@\t\r]/.test(value)) return true;
  return /^[+-]/.test(value) && /[(|!=@]/.test(value);
}

function needsGuard(value: string): boolean {
  // A text that already starts with a guard-like apostrophe gets one more, so reading undoes
  // exactly one and a genuine "'=x" survives.
  return wouldExecute(value) || (value.startsWith("'") && needsGuard(value.slice(1)));
}

/** Prefixes an apostrophe to text a spreadsheet would execute, so it is shown as text instead. */
export function protectCell(value: string): string {
  return needsGuard(value) ? `'${value}` : value;
}

/** Undoes protectCell, and only that: "'t Kruispunt" stays as it is. */
export function unprotectCell(value: string): string {
  return value.startsWith("'") && protectCell(value.slice(1)) === value ? value.slice(1) : value;
}

export function toCsv(header: string[], rows: string[][], separator = ';'): string {
  const lines = [header, ...rows].map((row) =>
    row.map((cell) => quote(cell, separator)).join(separator),
  );
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

function detectSeparator(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (sep: string) => firstLine.split(sep).length;
  const [best] = [';', ',', '\t'].sort((a, b) => count(b) - count(a));
  return best!;
}

/** Parses CSV text into rows of cells. Quoted cells may hold separators, quotes and line breaks. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const separator = detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell === '') {
      quoted = true;
    } else if (char === separator) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}
