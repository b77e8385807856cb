/**
 * Writes documents to the Firestore emulator as its owner, past the security rules, through its REST
 * API. For seeding the demo and for tests that need documents no rule would let a client write (an
 * attacker's, or data from older rules). Runs in Node and in the browser: it needs only fetch.
 */
import type { HostAndPort } from '../src/data/host-and-port.js';
import { fromRestFields, toRestFields, type RestFields } from '../src/data/rest/values.js';

/** Creates or replaces the document at `path` (segments, unencoded), bypassing the rules. */
export async function writeAsOwner(
  emulator: HostAndPort,
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

/**
 * Creates or replaces many documents at once, bypassing the rules: `:commit` requests of 500 writes
 * (Firestore's limit per commit), each all or nothing.
 */
export async function writeAllAsOwner(
  emulator: HostAndPort,
  projectId: string,
  documents: Array<[path: string[], data: Record<string, unknown>]>,
): Promise<void> {
  const root = `projects/${projectId}/databases/(default)/documents`;
  const writes = documents.map(([path, data]) => ({ update: { name: `${root}/${path.join('/')}`, fields: toRestFields(data) } }));
  for (let i = 0; i < writes.length; i += 500) {
    const response = await fetch(`http://${emulator.host}:${emulator.port}/v1/${root}:commit`, {
      method: 'POST',
      headers: { Authorization: 'Bearer owner', 'Content-Type': 'application/json' },
      body: JSON.stringify({ writes: writes.slice(i, i + 500) }),
    });
    if (!response.ok) throw new Error(`Writing ${writes.length} documents failed: ${response.status} ${await response.text()}`);
  }
}

/** The IDs of every document in a collection, whatever the rules would let a client see. */
export async function listAsOwner(emulator: HostAndPort, projectId: string, path: string[]): Promise<string[]> {
  return (await readAllAsOwner(emulator, projectId, path)).map((document) => document.id);
}

/** Every document in a collection, as plain values, whatever the rules would let a client see. */
export async function readAllAsOwner(
  emulator: HostAndPort,
  projectId: string,
  path: string[],
): Promise<Array<{ id: string; path: string[]; data: Record<string, unknown> }>> {
  const collectionPath = path.map(encodeURIComponent).join('/');
  const url = `http://${emulator.host}:${emulator.port}/v1/projects/${projectId}/databases/(default)/documents/${collectionPath}?pageSize=1000`;
  const response = await fetch(url, { headers: { Authorization: 'Bearer owner' } });
  if (!response.ok) throw new Error(`Listing ${path.join('/')} failed: ${response.status} ${await response.text()}`);
  const body = (await response.json()) as { documents?: Array<{ name: string; fields?: RestFields }> };
  return (body.documents ?? []).map((document) => {
    const id = document.name.split('/').pop() ?? '';
    return { id, path: [...path, id], data: fromRestFields(document.fields ?? {}) };
  });
}
