import type { Messages } from './messages.js';

/**
 * French (France's WordPress: « guillemets », vous). A no-break space (\u00a0) goes inside the
 * guillemets and before : ? and !, as French typography has it, so none starts a line.
 */
export const fr: Messages = {
  widget: {
    unavailable: 'Les commentaires ne sont pas disponibles sur cette page.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` sur «\u00a0${title}\u00a0»` : '';
      if (count.value === 0) return `Pas encore de réflexion${on}`;
      return count.value === 1 ? `Une réflexion${on}` : `${count.formatted} réflexions${on}`;
    },
    loading: 'Chargement des commentaires…',
    waitingForConnection: 'En attente d’une connexion pour charger les commentaires…',
    loadFailed: 'Les commentaires n’ont pas pu être chargés.',
    liveFailed: 'Les nouveaux commentaires ne peuvent pas être affichés pour le moment.',
    tryAgain: 'Réessayer',
    loadMore: 'Afficher plus de commentaires',
    loadingMore: 'Chargement d’autres commentaires…',
    loadMoreFailed: 'Les commentaires suivants n’ont pas pu être chargés. Vérifiez votre connexion et réessayez.',
    // French counts 0 and 1 in the singular ("one"), and 1,5 too; the rest in the plural.
    newComments: (count) =>
      count.plural === 'one' ? `${count.formatted} nouveau commentaire` : `${count.formatted} nouveaux commentaires`,
    closed: 'Les commentaires sont fermés.',
  },
  comment: {
    says: 'dit\u00a0:',
    pending: 'En attente',
    signedInWith: (provider) => `(connecté avec ${provider})`,
    edited: 'Modifié',
    deleted: 'Ce commentaire a été supprimé.',
    reply: 'Répondre',
    replyTo: (name) => `Répondre à ${name}`,
    edit: 'Modifier',
    editLabel: 'Modifiez votre commentaire',
    save: 'Enregistrer',
    saving: 'Enregistrement…',
    cancel: 'Annuler',
    delete: 'Supprimer',
    deleting: 'Suppression…',
    confirmDelete: 'Supprimer votre commentaire\u00a0? Cette action est irréversible.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'Le délai pour modifier ce commentaire est passé.';
        case 'offline':
          return 'La connexion a été perdue. Veuillez réessayer.';
        case 'signed-out':
          return 'Seul son auteur peut modifier ce commentaire, et vous n’êtes plus connecté avec son compte.';
        default:
          return 'Le commentaire n’a pas pu être modifié. Veuillez réessayer.';
      }
    },
    held: 'Votre commentaire est en attente de modération.',
    pinned: 'Épinglé',
  },
  identity: {
    intro: 'Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous connecter\u00a0:',
    introAccountsOnly: 'Cliquez sur une icône pour vous connecter\u00a0:',
    logInWith: (provider) => `Se connecter avec ${provider}`,
    connecting: (provider) => `Connexion à ${provider}…`,
    cancel: 'Annuler',
    retry: 'Réessayer',
    commentingUsing: (provider) => `Vous commentez à l’aide de votre compte ${provider}.`,
    commentingAs: (name) => `Vous commentez en tant que ${name}.`,
    logOut: 'Déconnexion',
    change: 'Modifier',
    saveDetails: 'Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain commentaire.',
    accountNameHint: 'Affiché avec vos commentaires.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Vous pouvez aussi saisir vos coordonnées et commenter en tant qu’invité.' : '';
      switch (code) {
        case 'popup-closed':
          return `La fenêtre ${provider} a été fermée avant la connexion. Votre texte est toujours là.`;
        case 'offline':
          return `${provider} est injoignable. Vérifiez votre connexion et réessayez\u00a0; votre texte est toujours là.`;
        case 'not-enabled':
          return `La connexion avec ${provider} n’est pas proposée sur ce site.${orGuest}`;
        case 'storage-blocked':
          return `Votre navigateur bloque la connexion pour ce site\u00a0: la connexion avec ${provider} n’y est pas possible.${orGuest}`;
        case 'refused':
          return `${provider} a refusé la connexion avec ce compte. Votre texte est toujours là.${orGuest}`;
        case 'invalid-link':
          return 'Ce lien de connexion a expiré, a déjà servi ou a été ouvert dans un autre navigateur. Demandez-en un nouveau.';
        case 'unknown':
          return 'Un problème est survenu lors de la connexion. Votre texte est toujours là\u00a0; veuillez réessayer.';
      }
    },
    accountExists: (provider) =>
      `Ce compte ${provider} a déjà servi à commenter sur ce site. Vous y connecter\u00a0? ` +
      'Vos commentaires d’invité restent liés à votre identité d’invité dans ce navigateur.',
    useExisting: (provider) => `Se connecter à ce compte ${provider}`,
    stayGuest: 'Rester invité',
    emailLinkLabel: 'Adresse e-mail pour le lien de connexion',
    sendLink: 'M’envoyer un lien de connexion',
    linkSent: (email) =>
      `Consultez vos e-mails\u00a0: un lien de connexion a été envoyé à ${email}. Ouvrez-le dans ce navigateur pour vous connecter.`,
    signInFirst: 'Connectez-vous pour publier votre commentaire. Votre texte est toujours là.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Aucun commentaire';
      return count.plural === 'one' ? `${count.formatted} commentaire` : `${count.formatted} commentaires`;
    },
  },
  form: {
    title: 'Laisser un commentaire',
    replyTitle: (name) => `Répondre à ${name}`,
    cancelReply: 'Annuler la réponse',
    requiredNote: 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *',
    commentLabel: 'Commentaire',
    nameLabel: 'Nom',
    emailLabel: 'E-mail',
    emailHint: 'Jamais publiée.',
    websiteLabel: 'Site web',
    submit: 'Publier le commentaire',
    submitting: 'Publication…',
    required: {
      text: 'Veuillez écrire votre commentaire.',
      name: 'Veuillez indiquer votre nom.',
      email: 'Veuillez indiquer votre adresse e-mail.',
    },
    tooLong: (limit) => `C’est trop long\u00a0: la limite est de ${limit} caractères.`,
    tooManyLinks: (limit) => `Veuillez mettre au plus ${limit} liens dans un commentaire.`,
    honeypotLabel: 'Laissez ce champ vide',
    invalidEmail: 'Veuillez saisir une adresse e-mail valide, par exemple nom@example.com.',
    invalidWebsite: 'Veuillez saisir une adresse web comme https://example.com, ou laisser Site web vide.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Votre commentaire n’a pas pu être publié\u00a0: la connexion a été perdue. Votre texte est toujours là\u00a0; veuillez réessayer.';
        case 'rejected':
          return 'Le site a refusé votre commentaire. Votre texte est toujours là\u00a0; vérifiez-le et réessayez.';
        case 'misconfigured':
          return 'Les commentaires ne peuvent pas être publiés sur ce site pour le moment. Votre texte est toujours là.';
        case 'signed-out':
          return 'Vous avez été déconnecté avant l’envoi de votre commentaire. Votre texte est toujours là\u00a0; veuillez vous reconnecter.';
        case 'closed':
          return 'Les commentaires sont fermés. Votre texte est toujours là, mais il ne peut pas être publié.';
        case 'too-soon':
          return 'Veuillez patienter quelques secondes avant de publier à nouveau. Votre texte est toujours là.';
        case 'blocked':
          return 'Vous ne pouvez plus commenter sur ce site. Votre texte est toujours là.';
        case 'unknown':
          return 'Un problème est survenu lors de la publication. Votre texte est toujours là\u00a0; veuillez réessayer.';
      }
    },
    stillSending:
      'En attente de la connexion. Votre commentaire est enregistré dans ce navigateur et sera publié au retour de la connexion.',
    posted: 'Votre commentaire a été publié.',
  },
};
