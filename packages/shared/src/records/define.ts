/** A text in both languages of the UI. */
export interface Label {
  vi: string;
  en: string;
}

/**
 * How a field is kept, validated, read from a file and shown:
 * `code` the record's own code; `text`/`longText` free text; `email`, `phone`, `taxCode` the
 * Vietnamese rules of X-09; `date` a calendar day; `moment` a point in time; `enum` one of `options`
 * (kept as its code); `choice` one of `choices` (kept as written there); `category` a settings
 * category's id; `categories` several (groups); `tags` free labels; `user` a user's id.
 */
export type FieldKind =
  | 'code'
  | 'text'
  | 'longText'
  | 'email'
  | 'phone'
  | 'taxCode'
  | 'date'
  | 'moment'
  | 'enum'
  | 'choice'
  | 'category'
  | 'categories'
  | 'tags'
  | 'user';

/** How a text filter compares: folded, case-blind, lower-cased, as typed, or by digits. */
export type TextMatch = 'fold' | 'ilike' | 'lower' | 'like' | 'digits';

/**
 * The list filter of a field (CUS-09), and its name in the API's filter input:
 * `text` contains (named as the field); `equals` one value (named as the field); `in` any of
 * several values; `dateRange` two days, `from` / `to`.
 */
export type FieldFilter =
  | { mode: 'text'; match: TextMatch; narrow?: 'searchText' | 'words' }
  | { mode: 'equals' }
  | { mode: 'in'; key: string }
  | { mode: 'dateRange'; from: string; to: string; labels: { from: Label; to: Label } };

export interface FileColumn {
  /** The column's key in import mappings and export `columns=` (the field's own by default). */
  key?: string;
  /** Header when it differs from the label. */
  header?: Label;
  /** Other headers users write. */
  aliases?: readonly string[];
  /** Export only (e.g. the created time). */
  exportOnly?: boolean;
}

export interface FieldSpec {
  label: Label;
  kind: FieldKind;
  /** What an integrator reads about the input field (the GraphQL description). */
  doc?: string;
  /** The table's column; none for a field kept in a table of its own (groups). */
  column?: string;
  /** The column is NOT NULL (sorts without coalesce). */
  notNull?: boolean;
  /** Always required. */
  required?: boolean;
  /** Longest text accepted. */
  max?: number;
  /** `enum`: the codes and their labels; `aliases` are more names an import accepts. */
  options?: Readonly<Record<string, Label & { aliases?: readonly string[] }>>;
  /** `choice`: the values offered, and how a written name (a file's cell) reads as one of them. */
  choices?: readonly [string, ...string[]];
  readChoice?: (text: string) => string | null;
  /** `category` / `categories`: the settings list the ids come from. */
  category?: 'INDUSTRY' | 'SCALE' | 'SOURCE' | 'CUSTOMER_GROUP';
  /** The value a new record's form starts with (null, or [] for lists, otherwise). */
  initial?: string;
  /** Set by the service's own rules (code, level, owner, created date), not copied from the input. */
  managed?: boolean;
  /** Import and export column. */
  file?: FileColumn;
  /** DUP-01: an admin may make it required, and duplicate-checked when `unique`; `label` is its message key. */
  rule?: { unique: boolean; label?: string };
  /** Before → after goes into the audit log (AUD-01). */
  audited?: boolean;
  filter?: FieldFilter;
  /** The API's sort key; the list's column sorts by it. */
  sort?: string;
  /** A column of the list screen: its place among the columns (ascending), hidden until chosen. */
  list?: { at: number; hidden?: boolean };
}

export type RecordFields = Readonly<Record<string, FieldSpec>>;

/** Keeps the literal types of a declaration while checking it against `FieldSpec`. */
export function defineRecord<const F extends RecordFields>(fields: F): F {
  return fields;
}

export type FieldKey<F extends RecordFields> = keyof F & string;

/** The fields in declaration order, each as the general `FieldSpec` (for derivations). */
export function entries<F extends RecordFields>(fields: F): [FieldKey<F>, FieldSpec][] {
  return Object.entries(fields) as [FieldKey<F>, FieldSpec][];
}

/** The fields of a declaration whose spec matches `test`, in declaration order. */
export function keysWhere<F extends RecordFields>(
  fields: F,
  test: (spec: FieldSpec) => boolean,
): FieldKey<F>[] {
  return entries(fields)
    .filter(([, spec]) => test(spec))
    .map(([key]) => key);
}

/** The key of a field's file column (and list column): `industry` for `industryId`. */
export const fileKey = (key: string, spec: FieldSpec): string => spec.file?.key ?? key;

export interface RecordImportField {
  field: string;
  vi: string;
  en: string;
  aliases: readonly string[];
  required?: boolean;
}

/** The columns a file may carry, headers in both languages (IMP-01). */
export function importFieldsOf(fields: RecordFields): RecordImportField[] {
  return entries(fields)
    .filter(([, spec]) => spec.file && !spec.file.exportOnly)
    .map(([key, spec]) => ({
      field: fileKey(key, spec),
      ...(spec.file?.header ?? spec.label),
      aliases: spec.file?.aliases ?? [],
      // A required field with an initial value gets it when the file leaves it out.
      ...(spec.required && spec.initial === undefined ? { required: true } : {}),
    }));
}

/** DUP-01: the fields an admin can make required and/or duplicate-checked. */
export function ruleFieldsOf(record: string, fields: RecordFields) {
  return entries(fields)
    .filter(([, spec]) => spec.rule)
    .map(([key, spec]) => ({
      field: key,
      label: spec.rule?.label ?? `${record}.${key}`,
      canBeUnique: spec.rule?.unique ?? false,
    }));
}

/** `<record>.<field>` message keys with the labels, for the fields whose rule has no label key of its own. */
export function fieldMessagesOf(record: string, fields: RecordFields): Record<string, Label> {
  return Object.fromEntries(
    entries(fields)
      .filter(([, spec]) => spec.rule && !spec.rule.label)
      .map(([key, spec]) => [`${record}.${key}`, spec.label]),
  );
}

/** The label of an `enum` option or a `choice` in a language; the value itself when unknown. */
export function optionLabel(spec: FieldSpec, value: string | null | undefined, locale: keyof Label): string {
  if (value === null || value === undefined) {
    return '';
  }
  return spec.options?.[value]?.[locale] ?? value;
}

/** Every name an import accepts for each `enum` option: code, both labels, aliases. */
export function optionNames(spec: FieldSpec): Record<string, readonly string[]> {
  return Object.fromEntries(
    Object.entries(spec.options ?? {}).map(([code, o]) => [code, [o.vi, o.en, ...(o.aliases ?? [])]]),
  );
}

type Initial<S extends FieldSpec> = S extends { kind: 'tags' | 'categories' }
  ? string[]
  : S extends { initial: infer I extends string }
    ? I
    : null;

/** A new record's form values: empty, or the declared initial value. */
export function formDefaultsOf<F extends RecordFields>(fields: F): { [K in FieldKey<F>]: Initial<F[K]> } {
  return Object.fromEntries(
    entries(fields).map(([key, spec]) => [
      key,
      spec.kind === 'tags' || spec.kind === 'categories' ? [] : (spec.initial ?? null),
    ]),
  ) as { [K in FieldKey<F>]: Initial<F[K]> };
}

/** The list's declared columns in their order (the screen may add columns of its own). */
export function listColumnsOf<F extends RecordFields>(fields: F): [FieldKey<F>, FieldSpec][] {
  return entries(fields)
    .filter(([, spec]) => spec.list)
    .sort(([, a], [, b]) => (a.list?.at ?? 0) - (b.list?.at ?? 0));
}

type SortOf<S> = S extends { sort: infer K extends string } ? K : never;
export type SortKey<F extends RecordFields> = { [K in FieldKey<F>]: SortOf<F[K]> }[FieldKey<F>];

/** The sort keys as an enum-like object (`{ NAME: 'NAME', … }`). */
export function sortKeysOf<F extends RecordFields>(fields: F): { [K in SortKey<F>]: K } {
  return Object.fromEntries(
    entries(fields)
      .filter(([, spec]) => spec.sort)
      .map(([, spec]) => [spec.sort, spec.sort]),
  ) as { [K in SortKey<F>]: K };
}

type FilterOf<K extends string, S> = S extends { filter: { mode: 'text' | 'equals' } }
  ? { [P in K]?: string | null }
  : S extends { filter: { mode: 'in'; key: infer N extends string } }
    ? { [P in N]?: string[] | null }
    : S extends { filter: { mode: 'dateRange'; from: infer A extends string; to: infer B extends string } }
      ? { [P in A | B]?: string | null }
      : Record<never, never>;
type Intersect<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** A list filter's values: `{ email?: string; industryIds?: string[]; createdFrom?: string; … }`. */
export type FilterValues<F extends RecordFields> = Intersect<
  { [K in FieldKey<F>]: FilterOf<K, F[K]> }[FieldKey<F>]
>;
