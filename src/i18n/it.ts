import type { Messages } from './messages.js';

/** Italian (Italy's WordPress: «caporali», tu). */
export const it: Messages = {
  widget: {
    unavailable: 'I commenti non sono disponibili su questa pagina.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` su «${title}»` : '';
      if (count.value === 0) return `Ancora nessun commento${on}`;
      return count.value === 1 ? `Un commento${on}` : `${count.formatted} commenti${on}`;
    },
    loading: 'Caricamento dei commenti…',
    waitingForConnection: 'In attesa di una connessione per caricare i commenti…',
    loadFailed: 'Non è stato possibile caricare i commenti.',
    liveFailed: 'Al momento non è possibile mostrare i nuovi commenti.',
    tryAgain: 'Riprova',
    loadMore: 'Carica altri commenti',
    loadingMore: 'Caricamento di altri commenti…',
    loadMoreFailed: 'Non è stato possibile caricare altri commenti. Controlla la connessione e riprova.',
    newComments: (count) => (count.value === 1 ? '1 nuovo commento' : `${count.formatted} nuovi commenti`),
    closed: 'I commenti sono chiusi.',
  },
  comment: {
    says: 'ha detto:',
    pending: 'In attesa',
    signedInWith: (provider) => `(connesso con ${provider})`,
    edited: 'Modificato',
    deleted: 'Questo commento è stato eliminato.',
    reply: 'Rispondi',
    replyTo: (name) => `Rispondi a ${name}`,
    edit: 'Modifica',
    editLabel: 'Modifica il tuo commento',
    save: 'Salva',
    saving: 'Salvataggio…',
    cancel: 'Annulla',
    delete: 'Elimina',
    deleting: 'Eliminazione…',
    confirmDelete: 'Eliminare il tuo commento? Non si potrà annullare.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'Il tempo per modificare questo commento è scaduto.';
        case 'offline':
          return 'La connessione si è interrotta. Riprova.';
        case 'signed-out':
          return 'Solo l’autore può modificare questo commento, e non sei più connesso con il suo account.';
        default:
          return 'Non è stato possibile modificare il commento. Riprova.';
      }
    },
    held: 'Il tuo commento è in attesa di moderazione.',
    pinned: 'In evidenza',
  },
  identity: {
    intro: 'Inserisci i tuoi dati qui sotto o clicca su un’icona per effettuare l’accesso:',
    introAccountsOnly: 'Clicca su un’icona per effettuare l’accesso:',
    logInWith: (provider) => `Accedi con ${provider}`,
    connecting: (provider) => `Connessione a ${provider}…`,
    cancel: 'Annulla',
    retry: 'Riprova',
    commentingUsing: (provider) => `Stai commentando usando il tuo account ${provider}.`,
    commentingAs: (name) => `Stai commentando come ${name}.`,
    logOut: 'Esci',
    change: 'Cambia',
    saveDetails: 'Salva il mio nome, email e sito web in questo browser per la prossima volta che commento.',
    accountNameHint: 'Mostrato con i tuoi commenti.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Puoi invece inserire i tuoi dati e commentare come ospite.' : '';
      switch (code) {
        case 'popup-closed':
          return `La finestra di ${provider} è stata chiusa prima dell’accesso. Il tuo testo è ancora qui.`;
        case 'offline':
          return `Non è stato possibile raggiungere ${provider}. Controlla la connessione e riprova; il tuo testo è ancora qui.`;
        case 'not-enabled':
          return `L’accesso con ${provider} non è disponibile su questo sito.${orGuest}`;
        case 'storage-blocked':
          return `Il tuo browser blocca l’accesso per questo sito, quindi qui non è possibile accedere con ${provider}.${orGuest}`;
        case 'refused':
          return `${provider} non ti ha permesso di accedere con questo account. Il tuo testo è ancora qui.${orGuest}`;
        case 'invalid-link':
          return 'Questo link di accesso è scaduto, è già stato usato o è stato aperto in un altro browser. Chiedine uno nuovo.';
        case 'unknown':
          return 'Qualcosa è andato storto durante l’accesso. Il tuo testo è ancora qui; riprova.';
      }
    },
    accountExists: (provider) =>
      `Questo account ${provider} è già stato usato per commentare su questo sito. Vuoi accedere con questo account? ` +
      'I tuoi commenti da ospite restano legati alla tua identità di ospite in questo browser.',
    useExisting: (provider) => `Accedi a quell’account ${provider}`,
    stayGuest: 'Resta ospite',
    emailLinkLabel: 'Indirizzo email per il link di accesso',
    sendLink: 'Inviami un link di accesso',
    linkSent: (email) => `Controlla la tua email: abbiamo inviato un link di accesso a ${email}. Aprilo in questo browser per accedere.`,
    signInFirst: 'Accedi per pubblicare il tuo commento. Il tuo testo è ancora qui.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Nessun commento';
      return count.value === 1 ? '1 commento' : `${count.formatted} commenti`;
    },
  },
  form: {
    title: 'Lascia un commento',
    replyTitle: (name) => `Rispondi a ${name}`,
    cancelReply: 'Annulla risposta',
    requiredNote: 'Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *',
    commentLabel: 'Commento',
    nameLabel: 'Nome',
    emailLabel: 'Email',
    emailHint: 'Non verrà mai pubblicata.',
    websiteLabel: 'Sito web',
    submit: 'Invia commento',
    submitting: 'Invio in corso…',
    required: {
      text: 'Scrivi il tuo commento.',
      name: 'Inserisci il tuo nome.',
      email: 'Inserisci il tuo indirizzo email.',
    },
    tooLong: (limit) => `È troppo lungo: il limite è di ${limit} caratteri.`,
    tooManyLinks: (limit) => `Non inserire più di ${limit} link in un commento.`,
    honeypotLabel: 'Lascia vuoto questo campo',
    invalidEmail: 'Inserisci un indirizzo email valido, come nome@example.com.',
    invalidWebsite: 'Inserisci un indirizzo web come https://example.com, o lascia vuoto Sito web.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Non è stato possibile pubblicare il tuo commento: la connessione si è interrotta. Il tuo testo è ancora qui; riprova.';
        case 'rejected':
          return 'Il sito ha rifiutato il tuo commento. Il tuo testo è ancora qui; controllalo e riprova.';
        case 'misconfigured':
          return 'Al momento non è possibile pubblicare commenti su questo sito. Il tuo testo è ancora qui.';
        case 'signed-out':
          return 'Sei stato disconnesso prima dell’invio del commento. Il tuo testo è ancora qui; accedi di nuovo.';
        case 'closed':
          return 'I commenti sono chiusi. Il tuo testo è ancora qui, ma non può essere pubblicato.';
        case 'too-soon':
          return 'Aspetta qualche secondo prima di pubblicare di nuovo. Il tuo testo è ancora qui.';
        case 'blocked':
          return 'Non puoi più commentare su questo sito. Il tuo testo è ancora qui.';
        case 'unknown':
          return 'Qualcosa è andato storto durante la pubblicazione del commento. Il tuo testo è ancora qui; riprova.';
      }
    },
    stillSending:
      'In attesa della connessione. Il tuo commento è salvato in questo browser e sarà pubblicato quando la connessione tornerà.',
    posted: 'Il tuo commento è stato pubblicato.',
  },
};
