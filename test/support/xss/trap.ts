/**
 * The trap every payload springs if it ever runs, and the few encodings the payloads hide it in.
 * A payload is written for this project: each carries its own name, so a sprung trap says which one
 * got through. The widget runs in a frame of the test page, hence `top`.
 */

declare global {
  interface Window {
    __xssTrap?: (name: string) => void;
  }
}

/** One attack: its name (what the trap records) and what an attacker stores. */
export interface Payload {
  name: string;
  value: string;
}

/** Builds a payload from the trap call it should hide (`run`), and its own name. */
export type Attack = (run: string, name: string) => string;

/** The script a payload runs if it is not defused. */
export const trapCall = (name: string) => `top.__xssTrap('${name}')`;

/** A named group of payloads: the record's keys are the names. */
export function attacks(group: Record<string, Attack | string>): Payload[] {
  return Object.entries(group).map(([name, make]) => ({ name, value: typeof make === 'string' ? make : make(trapCall(name), name) }));
}

/** Every character as a hexadecimal character reference: `&#x74;&#x6f;…`. */
export const entities = (text: string) => [...text].map((char) => `&#x${char.codePointAt(0)?.toString(16)};`).join('');

/** Every character percent-encoded, as a `javascript:` URL's body is decoded before it runs. */
export const percent = (text: string) =>
  [...new TextEncoder().encode(text)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

export const base64 = (text: string) => btoa(text);

/** Installs the trap; returns the list it fills. */
export function setTrap(): string[] {
  const sprung: string[] = [];
  window.__xssTrap = (name) => sprung.push(name);
  return sprung;
}
