import type { Messages } from './messages.js';

/** Brazilian Portuguese (Brazil's WordPress: “aspas”, você), for every `pt` page. */
export const ptBR: Messages = {
  widget: {
    unavailable: 'Os comentários não estão disponíveis nesta página.',
  },
  thread: {
    heading(count, title) {
      const on = title ? ` sobre “${title}”` : '';
      if (count.value === 0) return `Ainda não há comentários${on}`;
      return count.value === 1 ? `Um comentário${on}` : `${count.formatted} comentários${on}`;
    },
    loading: 'Carregando comentários…',
    waitingForConnection: 'Aguardando uma conexão para carregar os comentários…',
    loadFailed: 'Não foi possível carregar os comentários.',
    liveFailed: 'Não é possível mostrar novos comentários agora.',
    tryAgain: 'Tentar novamente',
    loadMore: 'Carregar mais comentários',
    loadingMore: 'Carregando mais comentários…',
    loadMoreFailed: 'Não foi possível carregar mais comentários. Verifique sua conexão e tente novamente.',
    newComments: (count) => (count.value === 1 ? '1 novo comentário' : `${count.formatted} novos comentários`),
    closed: 'Comentários encerrados.',
  },
  comment: {
    says: 'disse:',
    pending: 'Pendente',
    signedInWith: (provider) => `(conectado com ${provider})`,
    edited: 'Editado',
    deleted: 'Este comentário foi excluído.',
    reply: 'Responder',
    replyTo: (name) => `Responder a ${name}`,
    edit: 'Editar',
    editLabel: 'Edite seu comentário',
    save: 'Salvar',
    saving: 'Salvando…',
    cancel: 'Cancelar',
    delete: 'Excluir',
    deleting: 'Excluindo…',
    confirmDelete: 'Excluir seu comentário? Isso não pode ser desfeito.',
    changeFailed(code) {
      switch (code) {
        case 'too-late':
          return 'O prazo para alterar este comentário já passou.';
        case 'offline':
          return 'A conexão caiu. Tente novamente.';
        case 'signed-out':
          return 'Só o autor pode alterar este comentário, e você não está mais conectado com a conta dele.';
        default:
          return 'Não foi possível alterar o comentário. Tente novamente.';
      }
    },
    held: 'Seu comentário está aguardando moderação.',
    pinned: 'Fixado',
  },
  identity: {
    intro: 'Preencha seus dados abaixo ou clique em um ícone para fazer login:',
    introAccountsOnly: 'Clique em um ícone para fazer login:',
    logInWith: (provider) => `Fazer login com ${provider}`,
    connecting: (provider) => `Conectando a ${provider}…`,
    cancel: 'Cancelar',
    retry: 'Tentar novamente',
    commentingUsing: (provider) => `Você está comentando utilizando sua conta ${provider}.`,
    commentingAs: (name) => `Você está comentando como ${name}.`,
    logOut: 'Sair',
    change: 'Alterar',
    saveDetails: 'Salvar meus dados neste navegador para a próxima vez que eu comentar.',
    accountNameHint: 'Exibido com seus comentários.',
    failed(code, provider, guestOffered) {
      const orGuest = guestOffered ? ' Você pode preencher seus dados e comentar como visitante.' : '';
      switch (code) {
        case 'popup-closed':
          return `A janela do ${provider} foi fechada antes do login. Seu texto continua aqui.`;
        case 'offline':
          return `Não foi possível acessar o ${provider}. Verifique sua conexão e tente novamente; seu texto continua aqui.`;
        case 'not-enabled':
          return `O login com ${provider} não está disponível neste site.${orGuest}`;
        case 'storage-blocked':
          return `Seu navegador está bloqueando o login neste site, então o login com ${provider} não está disponível aqui.${orGuest}`;
        case 'refused':
          return `O ${provider} não permitiu o login com esta conta. Seu texto continua aqui.${orGuest}`;
        case 'invalid-link':
          return 'Este link de acesso expirou, já foi usado ou foi aberto em outro navegador. Peça um novo.';
        case 'unknown':
          return 'Algo deu errado durante o login. Seu texto continua aqui; tente novamente.';
      }
    },
    accountExists: (provider) =>
      `Esta conta ${provider} já foi usada para comentar neste site. Fazer login nela? ` +
      'Seus comentários como visitante ficam com sua identidade de visitante neste navegador.',
    useExisting: (provider) => `Fazer login nessa conta ${provider}`,
    stayGuest: 'Continuar como visitante',
    emailLinkLabel: 'E-mail para o link de acesso',
    sendLink: 'Enviar um link de acesso',
    linkSent: (email) => `Confira seu e-mail: enviamos um link de acesso para ${email}. Abra-o neste navegador para fazer login.`,
    signInFirst: 'Faça login para publicar seu comentário. Seu texto continua aqui.',
  },
  count: {
    comments(count) {
      if (count.value === 0) return 'Nenhum comentário';
      return count.value === 1 ? '1 comentário' : `${count.formatted} comentários`;
    },
  },
  form: {
    title: 'Deixe um comentário',
    replyTitle: (name) => `Responder a ${name}`,
    cancelReply: 'Cancelar resposta',
    requiredNote: 'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *',
    commentLabel: 'Comentário',
    nameLabel: 'Nome',
    emailLabel: 'E-mail',
    emailHint: 'Nunca é publicado.',
    websiteLabel: 'Site',
    submit: 'Publicar comentário',
    submitting: 'Publicando…',
    required: {
      text: 'Escreva seu comentário.',
      name: 'Informe seu nome.',
      email: 'Informe seu endereço de e-mail.',
    },
    tooLong: (limit) => `Está longo demais: o limite é de ${limit} caracteres.`,
    tooManyLinks: (limit) => `Use no máximo ${limit} links em um comentário.`,
    honeypotLabel: 'Deixe este campo em branco',
    invalidEmail: 'Informe um endereço de e-mail válido, como nome@example.com.',
    invalidWebsite: 'Informe um endereço como https://example.com ou deixe Site em branco.',
    postFailed(code) {
      switch (code) {
        case 'offline':
          return 'Não foi possível publicar seu comentário: a conexão caiu. Seu texto continua aqui; tente novamente.';
        case 'rejected':
          return 'O site recusou seu comentário. Seu texto continua aqui; revise-o e tente novamente.';
        case 'misconfigured':
          return 'Não é possível publicar comentários neste site agora. Seu texto continua aqui.';
        case 'signed-out':
          return 'Você saiu da conta antes de o comentário ser enviado. Seu texto continua aqui; faça login novamente.';
        case 'closed':
          return 'Os comentários estão encerrados. Seu texto continua aqui, mas não pode ser publicado.';
        case 'too-soon':
          return 'Aguarde alguns segundos antes de publicar de novo. Seu texto continua aqui.';
        case 'blocked':
          return 'Você não pode mais comentar neste site. Seu texto continua aqui.';
        case 'unknown':
          return 'Algo deu errado ao publicar seu comentário. Seu texto continua aqui; tente novamente.';
      }
    },
    stillSending:
      'Aguardando a conexão. Seu comentário está salvo neste navegador e será publicado quando a conexão voltar.',
    posted: 'Seu comentário foi publicado.',
  },
};
