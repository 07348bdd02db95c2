import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import type { z } from 'zod';
import type { Unit } from './domain/profile';
import { exportDocumentSchema, importProfileSchema, unitSchema, type ImportProfile, type PublicProfile } from './schemas';

// The registry's exchange formats: the JSON export, and CSV whose column names are the JSON
// field names (nested fields dotted: purpose.fi). Both import back unchanged.

export const csvColumns = [
  'id', 'kind', 'platform', 'url', 'handle', 'platformId', 'displayName', 'unitId', 'unitName.fi', 'unitName.sv',
  'unitName.en', 'purpose.fi', 'purpose.sv', 'purpose.en', 'administrators', 'contactEmail', 'employeeName',
  'employeeTitle', 'status', 'closingDate', 'closingReason', 'successorProfileId', 'successorUrl', 'createdAt',
  'updatedAt', 'lastConfirmedAt',
] as const;

/** Administrators in one cell, as people write them: "Name (Job title); Name (Job title)". */
export function formatAdministrators(list: { name: string; jobTitle: string }[]): string {
  return list.map((a) => `${a.name} (${a.jobTitle})`).join('; ');
}

export function parseAdministrators(cell: string): { name: string; jobTitle: string }[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(part);
      return match ? { name: match[1]!.trim(), jobTitle: match[2]!.trim() } : { name: part, jobTitle: '' };
    });
}

// A cell starting with these is run as a formula by spreadsheet programs; a leading apostrophe
// makes them show it as text, and import takes the apostrophe off again.
const formulaStart = /^[=+\-@\t\r]/;
const protectCell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
const unprotectCell = (value: string) => (value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value);

function cellValue(profile: PublicProfile, column: (typeof csvColumns)[number]): string {
  if (column === 'administrators') return formatAdministrators(profile.administrators);
  const [head, tail] = column.split('.') as [keyof PublicProfile, string | undefined];
  const value = profile[head];
  if (tail !== undefined) return value && typeof value === 'object' ? String((value as Record<string, string>)[tail] ?? '') : '';
  return value === null || value === undefined ? '' : String(value);
}

export function profilesToCsv(profiles: PublicProfile[]): string {
  const rows = profiles.map((p) => csvColumns.map((c) => protectCell(cellValue(p, c))));
  return stringifyCsv([[...csvColumns], ...rows], { record_delimiter: '\r\n' });
}

export function exportDocument(units: Unit[], profiles: PublicProfile[], exportedAt: Date) {
  return { format: 'somerekisteri-export' as const, version: 1 as const, exportedAt: exportedAt.toISOString(), units, profiles };
}

/** A spreadsheet row turned into the JSON shape: dotted columns nested, administrators split. */
function rowToRecord(row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const value = unprotectCell(raw);
    if (column === 'administrators') {
      record.administrators = parseAdministrators(value);
      continue;
    }
    const dot = column.indexOf('.');
    if (dot === -1) {
      record[column] = value;
      continue;
    }
    const head = column.slice(0, dot);
    const nested = (record[head] ??= {}) as Record<string, unknown>;
    if (typeof nested === 'object') nested[column.slice(dot + 1)] = value;
  }
  return record;
}

export interface ImportIssue {
  row: number;
  field: string;
  /** A message key in the registry or common catalogue, or a plain message from a parser. */
  code: string;
  params?: Record<string, unknown>;
}

export type ParsedImport =
  | { ok: true; rows: { row: number; profile: ImportProfile }[]; units: Unit[] }
  | { ok: false; issues: ImportIssue[] };

function zodIssueCode(issue: z.core.$ZodIssue): { code: string; params?: Record<string, unknown> } {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'validation.required' : 'validation.invalidValue' };
    case 'invalid_value':
      return { code: 'validation.oneOf', params: { options: issue.values.join(', ') } };
    case 'too_small':
      return { code: issue.input === '' || issue.input === undefined ? 'validation.required' : 'validation.tooSmall', params: { minimum: issue.minimum } };
    case 'too_big':
      return { code: 'validation.tooBig', params: { maximum: issue.maximum } };
    case 'invalid_format':
      return { code: 'validation.invalidFormat' };
    default:
      return issue.path.join('.') === 'url' ? { code: 'registry:address.empty' } : { code: 'validation.invalidValue' };
  }
}

function validateRecords(records: { row: number; record: unknown }[], units: Unit[]): ParsedImport {
  const issues: ImportIssue[] = [];
  const rows: { row: number; profile: ImportProfile }[] = [];
  for (const { row, record } of records) {
    const parsed = importProfileSchema.safeParse(record);
    if (parsed.success) rows.push({ row, profile: parsed.data });
    else for (const issue of parsed.error.issues) issues.push({ row, field: issue.path.join('.') || 'row', ...zodIssueCode(issue) });
  }
  return issues.length ? { ok: false, issues } : { ok: true, rows, units };
}

/** Reads an import file: the JSON export (or a JSON array of profiles), or CSV with a header row. */
export function parseImportFile(content: string): ParsedImport {
  const text = content.replace(/^\uFEFF/, '');
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { ok: false, issues: [{ row: 0, field: 'file', code: 'registry:importErrors.jsonParse', params: { message: (error as Error).message } }] };
    }
    if (Array.isArray(json)) return validateRecords(json.map((record, i) => ({ row: i + 1, record })), []);
    const document = exportDocumentSchema.safeParse(json);
    if (!document.success) return { ok: false, issues: [{ row: 0, field: 'file', code: 'registry:importErrors.fileFormat' }] };
    const units = document.data.units.map((u) => unitSchema.parse(u) as Unit);
    return validateRecords(document.data.profiles.map((record, i) => ({ row: i + 1, record })), units);
  }
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, relax_column_count: false });
  } catch (error) {
    return { ok: false, issues: [{ row: 0, field: 'file', code: 'registry:importErrors.csvParse', params: { message: (error as Error).message } }] };
  }
  // Spreadsheet row numbers: the header is row 1.
  return validateRecords(records.map((r, i) => ({ row: i + 2, record: rowToRecord(r) })), []);
}
