/**
 * The security rules the test suites load into the Firestore emulator, one project at a time.
 *
 * The browser suites post many comments, by the same reader, seconds apart, which the spam limits in
 * firestore.rules (rateWindow(), composeTime()) rightly refuse. So the browser suites' project gets the
 * same rules with both windows set to zero seconds — every other line untouched, and the widget still
 * writes and checks its markers on every post — and the suites that test the limits themselves use a
 * second project holding the rules exactly as shipped (`strictProjectId`). The rules suite loads the
 * shipped rules into projects of its own.
 */
import { readFileSync } from 'node:fs';

const RULES_FILE = new URL('../../../firestore.rules', import.meta.url);

/** The shipped rules. */
export function shippedRules() {
  return readFileSync(RULES_FILE, 'utf8');
}

/** The shipped rules with the spam windows at zero. Throws if the rules no longer have them where expected. */
export function rulesWithoutWaits(rules = shippedRules()) {
  let replaced = 0;
  const quick = rules.replace(
    /(function (?:rateWindow|composeTime)\(\) \{\s*return duration\.value\()\d+(, 's'\);)/g,
    (_match, start, end) => {
      replaced++;
      return `${start}0${end}`;
    },
  );
  if (replaced !== 2) throw new Error('test/support/node/test-rules.js: firestore.rules no longer defines rateWindow() and composeTime() as duration.value(N, \'s\').');
  return quick;
}

/** Loads `rules` into the emulator (`host:port`) for one project, as firebase-tools does. */
export async function loadRules(emulator, projectId, rules) {
  const response = await fetch(`http://${emulator}/emulator/v1/projects/${projectId}:securityRules`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ rules: { files: [{ name: 'firestore.rules', content: rules }] } }),
  });
  if (!response.ok) throw new Error(`The Firestore emulator refused the rules for ${projectId}: ${response.status} ${await response.text()}`);
}
