/**
 * Writes documents to the Firestore emulator as its owner, past the security rules, through its REST
 * API. For seeding the demo and for tests that need documents no rule would let a client write (an
 * attacker's, or data from older rules). Runs in Node and in the browser: it needs only fetch.
 */

export interface EmulatorAddress {
  host: string;
  port: number;
}

type RestValue =
  | { nullValue: null }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number }
  | { stringValue: string }
  | { timestampValue: string }
  | { arrayValue: { values: RestValue[] } }
  | { mapValue: { fields: Record<string, RestValue> } };

/** A JavaScript value in the REST API's typed form; a Date becomes a timestamp. */
export function toRestValue(value: unknown): RestValue {
  if (value === null || value === undefined) return { nullValue: null };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { integerValue: String(value) } : { doubleValue: value };
  if (typeof value === 'string') return { stringValue: value };
  if (value instanceof Date) return { timestampValue: value.toISOString() };
  if (Array.isArray(value)) return { arrayValue: { values: value.map(toRestValue) } };
  if (typeof value === 'object') return { mapValue: { fields: toRestFields(value as Record<string, unknown>) } };
  throw new TypeError(`No Firestore type for ${typeof value}.`);
}

function toRestFields(data: Record<string, unknown>): Record<string, RestValue> {
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, toRestValue(value)]));
}

/** Creates or replaces the document at `path` (segments, unencoded), bypassing the rules. */
export async function writeAsOwner(
  emulator: EmulatorAddress,
  projectId: string,
  path: string[],
  data: Record<string, unknown>,
): Promise<void> {
  const documentPath = path.map(encodeURIComponent).join('/');
  const url = `http://${emulator.host}:${emulator.port}/v1/projects/${projectId}/databases/(default)/documents/${documentPath}`;
  const response = await fetch(url, {
    method: 'PATCH',
    // The emulator's way to say "admin": no rules are evaluated for this request.
    headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: toRestFields(data) }),
  });
  if (!response.ok) throw new Error(`Writing ${path.join('/')} failed: ${response.status} ${await response.text()}`);
}

/** The IDs of every document in a collection, whatever the rules would let a client see. */
export async function listAsOwner(emulator: EmulatorAddress, projectId: string, path: string[]): Promise<string[]> {
  const collectionPath = path.map(encodeURIComponent).join('/');
  const url = `http://${emulator.host}:${emulator.port}/v1/projects/${projectId}/databases/(default)/documents/${collectionPath}?pageSize=1000`;
  const response = await fetch(url, { headers: { Authorization: 'Bearer owner' } });
  if (!response.ok) throw new Error(`Listing ${path.join('/')} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { documents?: Array<{ name: string }> };
  return (body.documents ?? []).map((document) => document.name.split('/').pop() ?? '');
}
