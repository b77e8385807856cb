import type { Messages } from './messages.js';

/** Dutch (the Netherlands' WordPress: “aanhalingstekens”, je). */
export const nl: Messages = {
  widget: {
    unavailable: 'Reacties zijn niet beschikbaar op deze pagina.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` op “${title}”` : '';
      if (count.value === 0) return `Nog geen reacties${on}`;
      return count.value === 1 ? `Eén reactie${on}` : `${count.formatted} reacties${on}`;
    },
    loading: 'Reacties laden…',
    waitingForConnection: 'Wachten op een verbinding om de reacties te laden…',
    loadFailed: 'De reacties konden niet worden geladen.',
    liveFailed: 'Nieuwe reacties kunnen nu niet worden getoond.',
    tryAgain: 'Opnieuw proberen',
    loadMore: 'Meer reacties laden',
    loadingMore: 'Meer reacties laden…',
    loadMoreFailed: 'Er konden geen reacties meer worden geladen. Controleer je verbinding en probeer het opnieuw.',
    newComments: (count) => (count.value === 1 ? '1 nieuwe reactie' : `${count.formatted} nieuwe reacties`),
    closed: 'Reacties zijn gesloten.',
  },
  comment: {
    says: 'schreef:',
    pending: 'In afwachting',
    signedInWith: (provider) => `(ingelogd met ${provider})`,
    edited: 'Bewerkt',
    deleted: 'Deze reactie is verwijderd.',
    reply: 'Beantwoorden',
    replyTo: (name) => `${name} beantwoorden`,
    edit: 'Bewerken',
    editLabel: 'Bewerk je reactie',
    save: 'Opslaan',
    saving: 'Opslaan…',
    cancel: 'Annuleren',
    delete: 'Verwijderen',
    deleting: 'Verwijderen…',
    confirmDelete: 'Je reactie verwijderen? Dit kan niet ongedaan worden gemaakt.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'De tijd om deze reactie te wijzigen is voorbij.';
        case 'offline':
          return 'De verbinding is verbroken. Probeer het opnieuw.';
        case 'signed-out':
          return 'Alleen de schrijver kan deze reactie wijzigen, en je bent niet meer met dat account ingelogd.';
        default:
          return 'De reactie kon niet worden gewijzigd. Probeer het opnieuw.';
      }
    },
    held: 'Je reactie wacht op goedkeuring.',
    pinned: 'Vastgezet',
  },
  identity: {
    intro: 'Vul je gegevens hieronder in of klik op een icoon om in te loggen:',
    introAccountsOnly: 'Klik op een icoon om in te loggen:',
    logInWith: (provider) => `Inloggen met ${provider}`,
    connecting: (provider) => `Verbinden met ${provider}…`,
    cancel: 'Annuleren',
    retry: 'Opnieuw proberen',
    commentingUsing: (provider) => `Je reageert met je ${provider}-account.`,
    commentingAs: (name) => `Je reageert als ${name}.`,
    logOut: 'Uitloggen',
    change: 'Wijzigen',
    saveDetails: 'Mijn naam, e-mail en site opslaan in deze browser voor de volgende keer wanneer ik een reactie plaats.',
    accountNameHint: 'Wordt bij je reacties getoond.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Je kunt ook je gegevens invullen en als gast reageren.' : '';
      switch (code) {
        case 'popup-closed':
          return `Het venster van ${provider} werd gesloten voordat je was ingelogd. Je tekst staat er nog.`;
        case 'offline':
          return `${provider} is niet bereikbaar. Controleer je verbinding en probeer het opnieuw; je tekst staat er nog.`;
        case 'not-enabled':
          return `Inloggen met ${provider} is op deze site niet mogelijk.${orGuest}`;
        case 'storage-blocked':
          return `Je browser blokkeert het inloggen voor deze site, dus inloggen met ${provider} kan hier niet.${orGuest}`;
        case 'refused':
          return `${provider} liet je niet inloggen met dit account. Je tekst staat er nog.${orGuest}`;
        case 'invalid-link':
          return 'Deze inloglink is verlopen, al gebruikt of in een andere browser geopend. Vraag een nieuwe aan.';
        case 'unknown':
          return 'Er ging iets mis bij het inloggen. Je tekst staat er nog; probeer het opnieuw.';
      }
    },
    accountExists: (provider) =>
      `Met dit ${provider}-account is al gereageerd op deze site. Wil je ermee inloggen? ` +
      'Je reacties als gast blijven bij je gastidentiteit in deze browser.',
    useExisting: (provider) => `Inloggen met dat ${provider}-account`,
    stayGuest: 'Gast blijven',
    emailLinkLabel: 'E-mailadres voor de inloglink',
    sendLink: 'Stuur me een inloglink',
    linkSent: (email) => `Kijk in je e-mail: we hebben een inloglink gestuurd naar ${email}. Open hem in deze browser om in te loggen.`,
    signInFirst: 'Log in om je reactie te plaatsen. Je tekst staat er nog.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Geen reacties';
      return count.value === 1 ? '1 reactie' : `${count.formatted} reacties`;
    },
  },
  form: {
    title: 'Geef een reactie',
    replyTitle: (name) => `Reageer op ${name}`,
    cancelReply: 'Reactie annuleren',
    requiredNote: 'Je e-mailadres wordt niet gepubliceerd. Vereiste velden zijn gemarkeerd met *',
    commentLabel: 'Reactie',
    nameLabel: 'Naam',
    emailLabel: 'E-mail',
    emailHint: 'Wordt nooit gepubliceerd.',
    websiteLabel: 'Site',
    submit: 'Reactie plaatsen',
    submitting: 'Plaatsen…',
    required: {
      text: 'Typ je reactie.',
      name: 'Vul je naam in.',
      email: 'Vul je e-mailadres in.',
    },
    tooLong: (limit) => `Dit is te lang: de limiet is ${limit} tekens.`,
    tooManyLinks: (limit) => `Gebruik niet meer dan ${limit} links in een reactie.`,
    honeypotLabel: 'Laat dit veld leeg',
    invalidEmail: 'Vul een geldig e-mailadres in, zoals naam@example.com.',
    invalidWebsite: 'Vul een webadres in zoals https://example.com, of laat Site leeg.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Je reactie kon niet worden geplaatst: de verbinding is verbroken. Je tekst staat er nog; probeer het opnieuw.';
        case 'rejected':
          return 'De site heeft je reactie geweigerd. Je tekst staat er nog; controleer hem en probeer het opnieuw.';
        case 'misconfigured':
          return 'Op deze site kunnen nu geen reacties worden geplaatst. Je tekst staat er nog.';
        case 'signed-out':
          return 'Je werd uitgelogd voordat je reactie was verstuurd. Je tekst staat er nog; log opnieuw in.';
        case 'closed':
          return 'Reacties zijn gesloten. Je tekst staat er nog, maar kan niet worden geplaatst.';
        case 'too-soon':
          return 'Wacht een paar seconden voordat je opnieuw reageert. Je tekst staat er nog.';
        case 'blocked':
          return 'Je kunt niet meer reageren op deze site. Je tekst staat er nog.';
        case 'unknown':
          return 'Er ging iets mis bij het plaatsen van je reactie. Je tekst staat er nog; probeer het opnieuw.';
      }
    },
    stillSending:
      'Wachten op de verbinding. Je reactie is in deze browser bewaard en wordt geplaatst zodra de verbinding terug is.',
    posted: 'Je reactie is geplaatst.',
  },
};
