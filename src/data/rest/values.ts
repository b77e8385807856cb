/**
 * Firestore's REST API writes every value with its type ({ stringValue: "…" }). These turn such
 * values into plain JavaScript (a timestamp into a Date) and back, for the first read and for the
 * project's scripts that write to the emulator as its owner.
 */

export type RestValue =
  | { nullValue: null }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number }
  | { stringValue: string }
  | { timestampValue: string }
  | { arrayValue: { values?: RestValue[] } }
  | { mapValue: { fields?: RestFields } };

export type RestFields = Record<string, RestValue>;

/**
 * A stored timestamp: a Date (milliseconds) that keeps the exact time it was read as (`stamp`, RFC
 * 3339 with up to nanoseconds). Cursors and replies' `rootCreatedAt` must match stored times exactly.
 */
export class ExactTime extends Date {
  constructor(readonly stamp: string) {
    super(stamp);
  }
}

export function fromRestFields(fields: RestFields): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, fromRestValue(value)]));
}

function fromRestValue(value: RestValue): unknown {
  if ('stringValue' in value) return value.stringValue;
  if ('timestampValue' in value) return new ExactTime(value.timestampValue);
  if ('mapValue' in value) return fromRestFields(value.mapValue.fields ?? {});
  if ('integerValue' in value) return Number(value.integerValue);
  if ('doubleValue' in value) return value.doubleValue;
  if ('booleanValue' in value) return value.booleanValue;
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(fromRestValue);
  // nullValue, and types the widget never stores (bytes, references, geo points).
  return null;
}

/** A JavaScript value in the REST API's typed form; a Date becomes a timestamp. */
export function toRestFields(data: Record<string, unknown>): RestFields {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, toRestValue(value)]));
}

function toRestValue(value: unknown): RestValue {
  if (value === null || value === undefined) return { nullValue: null };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { integerValue: String(value) } : { doubleValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (value instanceof ExactTime) return { timestampValue: value.stamp };
  if (value instanceof Date) return { timestampValue: value.toISOString() };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(toRestValue) } };
  if (typeof value === 'object') return { mapValue: { fields: toRestFields(value as Record<string, unknown>) } };
  throw new TypeError(`No Firestore type for ${typeof value}.`);
}
