import { stringify } from 'csv-stringify/sync';

/** One CSV column: the header a spreadsheet shows and how to read the cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null;
}

/**
 * RFC 4180 CSV with a header row and CRLF line ends (what spreadsheets expect). A text cell that
 * starts like a formula (= + - @) gets a leading apostrophe, so opening a download in a spreadsheet
 * never runs something a member typed.
 */
export function toCsv<Row>(columns: CsvColumn<Row>[], rows: readonly Row[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => guardFormula(column.value(row)))),
    { header: true, columns: columns.map((column) => column.header), record_delimiter: 'windows', bom: true },
  );
}

function guardFormula(value: string | number | boolean | null): string | number | null {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
