/**
 * A small CSV reader after RFC 4180: fields separated by commas, records by CRLF (or a bare LF, as
 * spreadsheets on some systems write them), fields in double quotes may hold commas, line breaks and
 * doubled quotes (`""` for one `"`). A byte order mark at the start is skipped; an empty last line is
 * no record. Text outside quotes is kept as written (no trimming: that is the caller's choice).
 */

export class CsvError extends Error {
  override name = 'CsvError';
  constructor(
    /** The record (1 is the header) where reading failed. */
    readonly record: number,
    message: string,
  ) {
    super(message);
  }
}

export function parseCsv(text: string): string[][] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  // Whether the current field began with a quote (and so may only continue after its closing one).
  let wasQuoted = false;
  let index = 0;
  const endField = () => {
    record.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (index < source.length) {
    const character = source[index] as string;
    if (quoted) {
      if (character === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        const next = source[index];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new CsvError(
            records.length + 1,
            'text after a closing quote: a quote inside a field must be doubled',
          );
        }
        continue;
      }
      field += character;
      index += 1;
      continue;
    }
    if (character === '"') {
      if (field !== '' || wasQuoted) {
        throw new CsvError(records.length + 1, 'a quote inside an unquoted field: quote the whole field');
      }
      quoted = true;
      wasQuoted = true;
      index += 1;
    } else if (character === ',') {
      endField();
      index += 1;
    } else if (character === '\r' || character === '\n') {
      endRecord();
      index += character === '\r' && source[index + 1] === '\n' ? 2 : 1;
    } else {
      field += character;
      index += 1;
    }
  }
  if (quoted) throw new CsvError(records.length + 1, 'a quoted field is not closed');
  // The last record, unless the text ended with its line break.
  if (field !== '' || record.length > 0 || wasQuoted) endRecord();
  return records;
}
