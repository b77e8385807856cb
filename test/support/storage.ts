/** Forgets every draft and guest detail the widget saved, so each test starts as a first visit. */
export function clearSavedDrafts(): void {
  for (const storage of [localStorage, sessionStorage]) {
    for (const key of Object.keys(storage)) if (key.startsWith('leave-a-reply:')) storage.removeItem(key);
  }
}

