import type { Messages } from './messages.js';

/** Spanish (Spain's WordPress: «comillas», tú). */
export const es: Messages = {
  widget: {
    unavailable: 'Los comentarios no están disponibles en esta página.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` a «${title}»` : '';
      if (count.value === 0) return `Aún no hay respuestas${on}`;
      return count.value === 1 ? `Una respuesta${on}` : `${count.formatted} respuestas${on}`;
    },
    loading: 'Cargando los comentarios…',
    waitingForConnection: 'Esperando la conexión para cargar los comentarios…',
    loadFailed: 'No se han podido cargar los comentarios.',
    liveFailed: 'Ahora mismo no se pueden mostrar los comentarios nuevos.',
    tryAgain: 'Reintentar',
    loadMore: 'Cargar más comentarios',
    loadingMore: 'Cargando más comentarios…',
    loadMoreFailed: 'No se han podido cargar más comentarios. Comprueba tu conexión e inténtalo de nuevo.',
    newComments: (count) => (count.value === 1 ? '1 comentario nuevo' : `${count.formatted} comentarios nuevos`),
    closed: 'Los comentarios están cerrados.',
  },
  comment: {
    says: 'dice:',
    pending: 'Pendiente',
    signedInWith: (provider) => `(conectado con ${provider})`,
    edited: 'Editado',
    deleted: 'Este comentario fue borrado.',
    reply: 'Responder',
    replyTo: (name) => `Responder a ${name}`,
    edit: 'Editar',
    editLabel: 'Edita tu comentario',
    save: 'Guardar',
    saving: 'Guardando…',
    cancel: 'Cancelar',
    delete: 'Borrar',
    deleting: 'Borrando…',
    confirmDelete: '¿Borrar tu comentario? No se puede deshacer.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'Ya ha pasado el tiempo para cambiar este comentario.';
        case 'offline':
          return 'Se ha perdido la conexión. Inténtalo de nuevo.';
        case 'signed-out':
          return 'Solo su autor puede cambiar este comentario, y ya no estás conectado con su cuenta.';
        default:
          return 'No se ha podido cambiar el comentario. Inténtalo de nuevo.';
      }
    },
    held: 'Tu comentario está pendiente de moderación.',
    pinned: 'Fijado',
  },
  identity: {
    intro: 'Introduce tus datos o haz clic en un icono para iniciar sesión:',
    introAccountsOnly: 'Haz clic en un icono para iniciar sesión:',
    logInWith: (provider) => `Iniciar sesión con ${provider}`,
    connecting: (provider) => `Conectando con ${provider}…`,
    cancel: 'Cancelar',
    retry: 'Reintentar',
    commentingUsing: (provider) => `Estás comentando usando tu cuenta de ${provider}.`,
    commentingAs: (name) => `Estás comentando como ${name}.`,
    logOut: 'Cerrar sesión',
    change: 'Cambiar',
    saveDetails: 'Guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que comente.',
    accountNameHint: 'Se muestra con tus comentarios.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Puedes rellenar tus datos y comentar como invitado.' : '';
      switch (code) {
        case 'popup-closed':
          return `Se cerró la ventana de ${provider} antes de iniciar sesión. Tu texto sigue aquí.`;
        case 'offline':
          return `No se ha podido contactar con ${provider}. Comprueba tu conexión e inténtalo de nuevo; tu texto sigue aquí.`;
        case 'not-enabled':
          return `Iniciar sesión con ${provider} no está disponible en este sitio.${orGuest}`;
        case 'storage-blocked':
          return `Tu navegador bloquea el inicio de sesión en este sitio, así que aquí no puedes usar ${provider}.${orGuest}`;
        case 'refused':
          return `${provider} no te ha dejado iniciar sesión con esta cuenta. Tu texto sigue aquí.${orGuest}`;
        case 'invalid-link':
          return 'Este enlace de acceso ha caducado, ya se usó o se abrió en otro navegador. Pide uno nuevo.';
        case 'unknown':
          return 'Algo ha fallado al iniciar sesión. Tu texto sigue aquí; inténtalo de nuevo.';
      }
    },
    accountExists: (provider) =>
      `Esta cuenta de ${provider} ya se ha usado para comentar en este sitio. ¿Quieres iniciar sesión con ella? ` +
      'Tus comentarios como invitado se quedan con tu identidad de invitado en este navegador.',
    useExisting: (provider) => `Iniciar sesión con esa cuenta de ${provider}`,
    stayGuest: 'Seguir como invitado',
    emailLinkLabel: 'Correo electrónico para el enlace de acceso',
    sendLink: 'Envíame un enlace de acceso',
    linkSent: (email) => `Revisa tu correo: hemos enviado un enlace de acceso a ${email}. Ábrelo en este navegador para iniciar sesión.`,
    signInFirst: 'Inicia sesión para publicar tu comentario. Tu texto sigue aquí.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Sin comentarios';
      return count.value === 1 ? '1 comentario' : `${count.formatted} comentarios`;
    },
  },
  form: {
    title: 'Deja una respuesta',
    replyTitle: (name) => `Responder a ${name}`,
    cancelReply: 'Cancelar la respuesta',
    requiredNote: 'Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *',
    commentLabel: 'Comentario',
    nameLabel: 'Nombre',
    emailLabel: 'Correo electrónico',
    emailHint: 'Nunca se publica.',
    websiteLabel: 'Web',
    submit: 'Publicar el comentario',
    submitting: 'Publicando…',
    required: {
      text: 'Escribe tu comentario.',
      name: 'Escribe tu nombre.',
      email: 'Escribe tu dirección de correo electrónico.',
    },
    tooLong: (limit) => `Es demasiado largo: el límite es de ${limit} caracteres.`,
    tooManyLinks: (limit) => `No pongas más de ${limit} enlaces en un comentario.`,
    honeypotLabel: 'Deja este campo vacío',
    invalidEmail: 'Escribe una dirección de correo electrónico válida, como nombre@example.com.',
    invalidWebsite: 'Escribe una dirección web como https://example.com, o deja la web vacía.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'No se ha podido publicar tu comentario: se perdió la conexión. Tu texto sigue aquí; inténtalo de nuevo.';
        case 'rejected':
          return 'El sitio ha rechazado tu comentario. Tu texto sigue aquí; revísalo e inténtalo de nuevo.';
        case 'misconfigured':
          return 'Ahora mismo no se pueden publicar comentarios en este sitio. Tu texto sigue aquí.';
        case 'signed-out':
          return 'Se cerró tu sesión antes de enviar el comentario. Tu texto sigue aquí; vuelve a iniciar sesión.';
        case 'closed':
          return 'Los comentarios están cerrados. Tu texto sigue aquí, pero no se puede publicar.';
        case 'too-soon':
          return 'Espera unos segundos antes de volver a publicar. Tu texto sigue aquí.';
        case 'blocked':
          return 'Ya no puedes comentar en este sitio. Tu texto sigue aquí.';
        case 'unknown':
          return 'Algo ha fallado al publicar tu comentario. Tu texto sigue aquí; inténtalo de nuevo.';
      }
    },
    stillSending:
      'Esperando la conexión. Tu comentario está guardado en este navegador y se publicará cuando vuelva la conexión.',
    posted: 'Tu comentario se ha publicado.',
  },
};
