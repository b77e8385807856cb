import type { Messages } from './messages.js';

/** German (Germany's WordPress: „Anführungszeichen“, du). */
export const de: Messages = {
  widget: {
    unavailable: 'Kommentare sind auf dieser Seite nicht verfügbar.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` zu „${title}“` : '';
      if (count.value === 0) return `Noch keine Gedanken${on}`;
      return count.value === 1 ? `Ein Gedanke${on}` : `${count.formatted} Gedanken${on}`;
    },
    loading: 'Kommentare werden geladen …',
    waitingForConnection: 'Warte auf eine Verbindung, um die Kommentare zu laden …',
    loadFailed: 'Die Kommentare konnten nicht geladen werden.',
    liveFailed: 'Neue Kommentare können gerade nicht angezeigt werden.',
    tryAgain: 'Erneut versuchen',
    loadMore: 'Weitere Kommentare laden',
    loadingMore: 'Weitere Kommentare werden geladen …',
    loadMoreFailed: 'Weitere Kommentare konnten nicht geladen werden. Bitte prüfe deine Verbindung und versuche es erneut.',
    newComments: (count) => (count.value === 1 ? '1 neuer Kommentar' : `${count.formatted} neue Kommentare`),
    closed: 'Die Kommentare sind geschlossen.',
  },
  comment: {
    says: 'sagt:',
    pending: 'Ausstehend',
    signedInWith: (provider) => `(angemeldet mit ${provider})`,
    edited: 'Bearbeitet',
    deleted: 'Dieser Kommentar wurde gelöscht.',
    reply: 'Antworten',
    replyTo: (name) => `Auf ${name} antworten`,
    edit: 'Bearbeiten',
    editLabel: 'Bearbeite deinen Kommentar',
    save: 'Speichern',
    saving: 'Wird gespeichert …',
    cancel: 'Abbrechen',
    delete: 'Löschen',
    deleting: 'Wird gelöscht …',
    confirmDelete: 'Deinen Kommentar löschen? Das kann nicht rückgängig gemacht werden.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'Die Zeit, in der du diesen Kommentar ändern konntest, ist abgelaufen.';
        case 'offline':
          return 'Die Verbindung wurde unterbrochen. Bitte versuche es erneut.';
        case 'signed-out':
          return 'Nur die Person, die den Kommentar geschrieben hat, kann ihn ändern, und du bist nicht mehr mit ihrem Konto angemeldet.';
        default:
          return 'Der Kommentar konnte nicht geändert werden. Bitte versuche es erneut.';
      }
    },
    held: 'Dein Kommentar muss noch freigegeben werden.',
    pinned: 'Angeheftet',
  },
  identity: {
    intro: 'Gib unten deine Daten ein oder klicke auf ein Symbol, um dich anzumelden:',
    introAccountsOnly: 'Klicke auf ein Symbol, um dich anzumelden:',
    logInWith: (provider) => `Mit ${provider} anmelden`,
    connecting: (provider) => `Verbindung mit ${provider} …`,
    cancel: 'Abbrechen',
    retry: 'Erneut versuchen',
    commentingUsing: (provider) => `Du kommentierst mit deinem ${provider}-Konto.`,
    commentingAs: (name) => `Du kommentierst als ${name}.`,
    logOut: 'Abmelden',
    change: 'Ändern',
    saveDetails: 'Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser für die nächste Kommentierung speichern.',
    accountNameHint: 'Wird bei deinen Kommentaren angezeigt.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Du kannst stattdessen deine Daten eingeben und als Gast kommentieren.' : '';
      switch (code) {
        case 'popup-closed':
          return `Das ${provider}-Fenster wurde geschlossen, bevor du angemeldet warst. Dein Text ist noch da.`;
        case 'offline':
          return `${provider} ist nicht erreichbar. Bitte prüfe deine Verbindung und versuche es erneut; dein Text ist noch da.`;
        case 'not-enabled':
          return `Die Anmeldung mit ${provider} ist auf dieser Website nicht möglich.${orGuest}`;
        case 'storage-blocked':
          return `Dein Browser blockiert die Anmeldung für diese Website, deshalb ist die Anmeldung mit ${provider} hier nicht möglich.${orGuest}`;
        case 'refused':
          return `${provider} hat die Anmeldung mit diesem Konto nicht zugelassen. Dein Text ist noch da.${orGuest}`;
        case 'invalid-link':
          return 'Dieser Anmeldelink ist abgelaufen, wurde schon benutzt oder in einem anderen Browser geöffnet. Bitte fordere einen neuen an.';
        case 'unknown':
          return 'Bei der Anmeldung ist etwas schiefgegangen. Dein Text ist noch da; bitte versuche es erneut.';
      }
    },
    accountExists: (provider) =>
      `Mit diesem ${provider}-Konto wurde auf dieser Website schon kommentiert. Damit anmelden? ` +
      'Deine Gastkommentare bleiben bei deiner Gast-Identität in diesem Browser.',
    useExisting: (provider) => `Mit diesem ${provider}-Konto anmelden`,
    stayGuest: 'Gast bleiben',
    emailLinkLabel: 'E-Mail-Adresse für den Anmeldelink',
    sendLink: 'Anmeldelink senden',
    linkSent: (email) =>
      `Sieh in deinen E-Mails nach: Wir haben einen Anmeldelink an ${email} gesendet. Öffne ihn in diesem Browser, um dich anzumelden.`,
    signInFirst: 'Bitte melde dich an, um deinen Kommentar abzuschicken. Dein Text ist noch da.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Keine Kommentare';
      return count.value === 1 ? '1 Kommentar' : `${count.formatted} Kommentare`;
    },
  },
  form: {
    title: 'Schreibe einen Kommentar',
    replyTitle: (name) => `Antworte ${name}`,
    cancelReply: 'Antworten abbrechen',
    requiredNote: 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert',
    commentLabel: 'Kommentar',
    nameLabel: 'Name',
    emailLabel: 'E-Mail',
    emailHint: 'Wird nie veröffentlicht.',
    websiteLabel: 'Website',
    submit: 'Kommentar abschicken',
    submitting: 'Wird gesendet …',
    required: {
      text: 'Bitte schreibe deinen Kommentar.',
      name: 'Bitte gib deinen Namen ein.',
      email: 'Bitte gib deine E-Mail-Adresse ein.',
    },
    tooLong: (limit) => `Das ist zu lang: Erlaubt sind ${limit} Zeichen.`,
    tooManyLinks: (limit) => `Bitte verwende höchstens ${limit} Links in einem Kommentar.`,
    honeypotLabel: 'Dieses Feld leer lassen',
    invalidEmail: 'Bitte gib eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
    invalidWebsite: 'Bitte gib eine Webadresse wie https://example.com ein oder lass Website leer.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Dein Kommentar konnte nicht veröffentlicht werden: Die Verbindung wurde unterbrochen. Dein Text ist noch da; bitte versuche es erneut.';
        case 'rejected':
          return 'Die Website hat deinen Kommentar abgelehnt. Dein Text ist noch da; bitte prüfe ihn und versuche es erneut.';
        case 'misconfigured':
          return 'Auf dieser Website können gerade keine Kommentare veröffentlicht werden. Dein Text ist noch da.';
        case 'signed-out':
          return 'Du wurdest abgemeldet, bevor dein Kommentar gesendet war. Dein Text ist noch da; bitte melde dich erneut an.';
        case 'closed':
          return 'Die Kommentare sind geschlossen. Dein Text ist noch da, kann aber nicht veröffentlicht werden.';
        case 'too-soon':
          return 'Bitte warte ein paar Sekunden, bevor du erneut kommentierst. Dein Text ist noch da.';
        case 'blocked':
          return 'Du kannst auf dieser Website nicht mehr kommentieren. Dein Text ist noch da.';
        case 'unknown':
          return 'Beim Veröffentlichen deines Kommentars ist etwas schiefgegangen. Dein Text ist noch da; bitte versuche es erneut.';
      }
    },
    stillSending:
      'Warte auf die Verbindung. Dein Kommentar ist in diesem Browser gespeichert und wird veröffentlicht, sobald die Verbindung wieder da ist.',
    posted: 'Dein Kommentar wurde veröffentlicht.',
  },
};
