import type { Counted, Messages } from './messages.js';

/** The noun for a count, by CLDR's Polish categories: 1 komentarz, 2 komentarze, 5 komentarzy, 1,5 komentarza. */
function form(count: Counted, one: string, few: string, many: string, other: string): string {
  return count.plural === 'one' ? one : count.plural === 'few' ? few : count.plural === 'many' ? many : other;
}

/** Polish (Poland's WordPress: „cudzysłów”, Ty). */
export const pl: Messages = {
  widget: {
    unavailable: 'Komentarze są niedostępne na tej stronie.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` do „${title}”` : '';
      if (count.value === 0) return `Nie ma jeszcze komentarzy${on}`;
      if (count.value === 1) return `Jeden komentarz${on}`;
      return `${count.formatted} ${form(count, 'komentarz', 'komentarze', 'komentarzy', 'komentarza')}${on}`;
    },
    loading: 'Wczytywanie komentarzy…',
    waitingForConnection: 'Czekam na połączenie, aby wczytać komentarze…',
    loadFailed: 'Nie udało się wczytać komentarzy.',
    liveFailed: 'Nowych komentarzy nie można teraz wyświetlić.',
    tryAgain: 'Spróbuj ponownie',
    loadMore: 'Wczytaj więcej komentarzy',
    loadingMore: 'Wczytywanie kolejnych komentarzy…',
    loadMoreFailed: 'Nie udało się wczytać kolejnych komentarzy. Sprawdź połączenie i spróbuj ponownie.',
    newComments: (count) =>
      `${count.formatted} ${form(count, 'nowy komentarz', 'nowe komentarze', 'nowych komentarzy', 'nowego komentarza')}`,
    closed: 'Możliwość komentowania została wyłączona.',
  },
  comment: {
    says: 'pisze:',
    pending: 'Oczekuje',
    signedInWith: (provider) => `(zalogowano przez ${provider})`,
    edited: 'Edytowano',
    deleted: 'Ten komentarz został usunięty.',
    reply: 'Odpowiedz',
    replyTo: (name) => `Odpowiedz: ${name}`,
    edit: 'Edytuj',
    editLabel: 'Edytuj swój komentarz',
    save: 'Zapisz',
    saving: 'Zapisywanie…',
    cancel: 'Anuluj',
    delete: 'Usuń',
    deleting: 'Usuwanie…',
    confirmDelete: 'Usunąć Twój komentarz? Tej operacji nie można cofnąć.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'Czas na zmianę tego komentarza już minął.';
        case 'offline':
          return 'Połączenie zostało przerwane. Spróbuj ponownie.';
        case 'signed-out':
          return 'Ten komentarz może zmienić tylko jego autor, a nie jesteś już zalogowany na jego konto.';
        default:
          return 'Nie udało się zmienić komentarza. Spróbuj ponownie.';
      }
    },
    held: 'Twój komentarz oczekuje na moderację.',
    pinned: 'Przypięty',
  },
  identity: {
    intro: 'Wypełnij poniższe pola lub kliknij w ikonę, aby się zalogować:',
    introAccountsOnly: 'Kliknij w ikonę, aby się zalogować:',
    logInWith: (provider) => `Zaloguj się przez ${provider}`,
    connecting: (provider) => `Łączenie z ${provider}…`,
    cancel: 'Anuluj',
    retry: 'Spróbuj ponownie',
    commentingUsing: (provider) => `Komentujesz korzystając z konta ${provider}.`,
    commentingAs: (name) => `Komentujesz jako ${name}.`,
    logOut: 'Wyloguj się',
    change: 'Zmień',
    saveDetails: 'Zapamiętaj moje dane w tej przeglądarce podczas pisania kolejnych komentarzy.',
    accountNameHint: 'Widoczne przy Twoich komentarzach.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Możesz zamiast tego wpisać swoje dane i skomentować jako gość.' : '';
      switch (code) {
        case 'popup-closed':
          return `Okno ${provider} zostało zamknięte przed zalogowaniem. Twój tekst nadal tu jest.`;
        case 'offline':
          return `Nie udało się połączyć z ${provider}. Sprawdź połączenie i spróbuj ponownie; Twój tekst nadal tu jest.`;
        case 'not-enabled':
          return `Logowanie przez ${provider} nie jest dostępne na tej witrynie.${orGuest}`;
        case 'storage-blocked':
          return `Twoja przeglądarka blokuje logowanie na tej witrynie, więc logowanie przez ${provider} jest tu niedostępne.${orGuest}`;
        case 'refused':
          return `${provider} nie pozwolił zalogować się na to konto. Twój tekst nadal tu jest.${orGuest}`;
        case 'invalid-link':
          return 'Ten link do logowania wygasł, został już użyty albo otwarto go w innej przeglądarce. Poproś o nowy.';
        case 'unknown':
          return 'Coś poszło nie tak podczas logowania. Twój tekst nadal tu jest; spróbuj ponownie.';
      }
    },
    accountExists: (provider) =>
      `Z tego konta ${provider} komentowano już na tej witrynie. Zalogować się na nie? ` +
      'Twoje komentarze jako gość pozostaną przy Twojej tożsamości gościa w tej przeglądarce.',
    useExisting: (provider) => `Zaloguj się na to konto ${provider}`,
    stayGuest: 'Pozostań gościem',
    emailLinkLabel: 'Adres e-mail do wysłania linku logowania',
    sendLink: 'Wyślij mi link do logowania',
    linkSent: (email) => `Sprawdź pocztę: wysłaliśmy link do logowania na adres ${email}. Otwórz go w tej przeglądarce, aby się zalogować.`,
    signInFirst: 'Zaloguj się, aby opublikować komentarz. Twój tekst nadal tu jest.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Brak komentarzy';
      return `${count.formatted} ${form(count, 'komentarz', 'komentarze', 'komentarzy', 'komentarza')}`;
    },
  },
  form: {
    title: 'Dodaj komentarz',
    replyTitle: (name) => `Odpowiedz użytkownikowi ${name}`,
    cancelReply: 'Anuluj pisanie odpowiedzi',
    requiredNote: 'Twój adres e-mail nie zostanie opublikowany. Wymagane pola są oznaczone *',
    commentLabel: 'Komentarz',
    nameLabel: 'Nazwa',
    emailLabel: 'E-mail',
    emailHint: 'Nigdy nie będzie publiczny.',
    websiteLabel: 'Witryna internetowa',
    submit: 'Opublikuj komentarz',
    submitting: 'Publikowanie…',
    required: {
      text: 'Wpisz treść komentarza.',
      name: 'Podaj swoją nazwę.',
      email: 'Podaj swój adres e-mail.',
    },
    // The limits come as numbers of any size: sentences that need no plural form of the noun.
    tooLong: (limit) => `To za długo: maksymalna liczba znaków to ${limit}.`,
    tooManyLinks: (limit) => `Liczba linków w komentarzu nie może przekroczyć ${limit}.`,
    honeypotLabel: 'Zostaw to pole puste',
    invalidEmail: 'Podaj poprawny adres e-mail, np. nazwa@example.com.',
    invalidWebsite: 'Podaj adres strony, np. https://example.com, albo zostaw pole Witryna internetowa puste.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Nie udało się opublikować komentarza: połączenie zostało przerwane. Twój tekst nadal tu jest; spróbuj ponownie.';
        case 'rejected':
          return 'Witryna odrzuciła Twój komentarz. Twój tekst nadal tu jest; sprawdź go i spróbuj ponownie.';
        case 'misconfigured':
          return 'Na tej witrynie nie można teraz publikować komentarzy. Twój tekst nadal tu jest.';
        case 'signed-out':
          return 'Wylogowano Cię, zanim komentarz został wysłany. Twój tekst nadal tu jest; zaloguj się ponownie.';
        case 'closed':
          return 'Możliwość komentowania została wyłączona. Twój tekst nadal tu jest, ale nie można go opublikować.';
        case 'too-soon':
          return 'Odczekaj kilka sekund przed kolejnym komentarzem. Twój tekst nadal tu jest.';
        case 'blocked':
          return 'Nie możesz już komentować na tej witrynie. Twój tekst nadal tu jest.';
        case 'unknown':
          return 'Coś poszło nie tak podczas publikowania komentarza. Twój tekst nadal tu jest; spróbuj ponownie.';
      }
    },
    stillSending:
      'Czekam na połączenie. Twój komentarz jest zapisany w tej przeglądarce i zostanie opublikowany, gdy połączenie wróci.',
    posted: 'Twój komentarz został opublikowany.',
  },
};
