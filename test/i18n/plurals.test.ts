/**
 * Every counted sentence of every shipped locale at 0, 1, 2, 5, 11, 21 and 101, written out as a
 * reader of that language expects it: the heading, the new-comments button, <leave-a-reply-count>
 * and the moderators' queue. Plural forms come from Intl.PluralRules (CLDR): one/other in most
 * languages, one/few/many in Polish and Russian, six forms in Arabic, one form in Japanese and Chinese.
 */
import { expect } from '@open-wc/testing';
import { countedIn, loaded, moderationOf, type Shipped } from './locale-support.js';

const COUNTS = [0, 1, 2, 5, 11, 21, 101];

interface Expected {
  heading: string[];
  newComments: string[];
  comments: string[];
  queue: string[];
}

/** Expected at COUNTS, in order, with the post titled "Post". */
const EXPECTED: Record<Shipped, Expected> = {
  en: {
    heading: ['No thoughts yet on “Post”', 'One thought on “Post”', '2 thoughts on “Post”', '5 thoughts on “Post”', '11 thoughts on “Post”', '21 thoughts on “Post”', '101 thoughts on “Post”'],
    newComments: ['0 new comments', '1 new comment', '2 new comments', '5 new comments', '11 new comments', '21 new comments', '101 new comments'],
    comments: ['No Comments', '1 Comment', '2 Comments', '5 Comments', '11 Comments', '21 Comments', '101 Comments'],
    queue: ['Pending (0)', 'Pending (1)', 'Pending (2)', 'Pending (5)', 'Pending (11)', 'Pending (21)', 'Pending (101)'],
  },
  es: {
    heading: ['Aún no hay respuestas a «Post»', 'Una respuesta a «Post»', '2 respuestas a «Post»', '5 respuestas a «Post»', '11 respuestas a «Post»', '21 respuestas a «Post»', '101 respuestas a «Post»'],
    newComments: ['0 comentarios nuevos', '1 comentario nuevo', '2 comentarios nuevos', '5 comentarios nuevos', '11 comentarios nuevos', '21 comentarios nuevos', '101 comentarios nuevos'],
    comments: ['Sin comentarios', '1 comentario', '2 comentarios', '5 comentarios', '11 comentarios', '21 comentarios', '101 comentarios'],
    queue: ['Pendientes (0)', 'Pendientes (1)', 'Pendientes (2)', 'Pendientes (5)', 'Pendientes (11)', 'Pendientes (21)', 'Pendientes (101)'],
  },
  fr: {
    heading: [
      'Pas encore de réflexion sur «\u00a0Post\u00a0»',
      'Une réflexion sur «\u00a0Post\u00a0»',
      '2 réflexions sur «\u00a0Post\u00a0»',
      '5 réflexions sur «\u00a0Post\u00a0»',
      '11 réflexions sur «\u00a0Post\u00a0»',
      '21 réflexions sur «\u00a0Post\u00a0»',
      '101 réflexions sur «\u00a0Post\u00a0»',
    ],
    // French counts zero in the singular.
    newComments: ['0 nouveau commentaire', '1 nouveau commentaire', '2 nouveaux commentaires', '5 nouveaux commentaires', '11 nouveaux commentaires', '21 nouveaux commentaires', '101 nouveaux commentaires'],
    comments: ['Aucun commentaire', '1 commentaire', '2 commentaires', '5 commentaires', '11 commentaires', '21 commentaires', '101 commentaires'],
    queue: ['En attente (0)', 'En attente (1)', 'En attente (2)', 'En attente (5)', 'En attente (11)', 'En attente (21)', 'En attente (101)'],
  },
  de: {
    heading: ['Noch keine Gedanken zu „Post“', 'Ein Gedanke zu „Post“', '2 Gedanken zu „Post“', '5 Gedanken zu „Post“', '11 Gedanken zu „Post“', '21 Gedanken zu „Post“', '101 Gedanken zu „Post“'],
    newComments: ['0 neue Kommentare', '1 neuer Kommentar', '2 neue Kommentare', '5 neue Kommentare', '11 neue Kommentare', '21 neue Kommentare', '101 neue Kommentare'],
    comments: ['Keine Kommentare', '1 Kommentar', '2 Kommentare', '5 Kommentare', '11 Kommentare', '21 Kommentare', '101 Kommentare'],
    queue: ['Ausstehend (0)', 'Ausstehend (1)', 'Ausstehend (2)', 'Ausstehend (5)', 'Ausstehend (11)', 'Ausstehend (21)', 'Ausstehend (101)'],
  },
  it: {
    heading: ['Ancora nessun commento su «Post»', 'Un commento su «Post»', '2 commenti su «Post»', '5 commenti su «Post»', '11 commenti su «Post»', '21 commenti su «Post»', '101 commenti su «Post»'],
    newComments: ['0 nuovi commenti', '1 nuovo commento', '2 nuovi commenti', '5 nuovi commenti', '11 nuovi commenti', '21 nuovi commenti', '101 nuovi commenti'],
    comments: ['Nessun commento', '1 commento', '2 commenti', '5 commenti', '11 commenti', '21 commenti', '101 commenti'],
    queue: ['In attesa (0)', 'In attesa (1)', 'In attesa (2)', 'In attesa (5)', 'In attesa (11)', 'In attesa (21)', 'In attesa (101)'],
  },
  'pt-BR': {
    heading: ['Ainda não há comentários sobre “Post”', 'Um comentário sobre “Post”', '2 comentários sobre “Post”', '5 comentários sobre “Post”', '11 comentários sobre “Post”', '21 comentários sobre “Post”', '101 comentários sobre “Post”'],
    newComments: ['0 novos comentários', '1 novo comentário', '2 novos comentários', '5 novos comentários', '11 novos comentários', '21 novos comentários', '101 novos comentários'],
    comments: ['Nenhum comentário', '1 comentário', '2 comentários', '5 comentários', '11 comentários', '21 comentários', '101 comentários'],
    queue: ['Pendentes (0)', 'Pendentes (1)', 'Pendentes (2)', 'Pendentes (5)', 'Pendentes (11)', 'Pendentes (21)', 'Pendentes (101)'],
  },
  nl: {
    heading: ['Nog geen reacties op “Post”', 'Eén reactie op “Post”', '2 reacties op “Post”', '5 reacties op “Post”', '11 reacties op “Post”', '21 reacties op “Post”', '101 reacties op “Post”'],
    newComments: ['0 nieuwe reacties', '1 nieuwe reactie', '2 nieuwe reacties', '5 nieuwe reacties', '11 nieuwe reacties', '21 nieuwe reacties', '101 nieuwe reacties'],
    comments: ['Geen reacties', '1 reactie', '2 reacties', '5 reacties', '11 reacties', '21 reacties', '101 reacties'],
    queue: ['In afwachting (0)', 'In afwachting (1)', 'In afwachting (2)', 'In afwachting (5)', 'In afwachting (11)', 'In afwachting (21)', 'In afwachting (101)'],
  },
  pl: {
    heading: ['Nie ma jeszcze komentarzy do „Post”', 'Jeden komentarz do „Post”', '2 komentarze do „Post”', '5 komentarzy do „Post”', '11 komentarzy do „Post”', '21 komentarzy do „Post”', '101 komentarzy do „Post”'],
    newComments: ['0 nowych komentarzy', '1 nowy komentarz', '2 nowe komentarze', '5 nowych komentarzy', '11 nowych komentarzy', '21 nowych komentarzy', '101 nowych komentarzy'],
    comments: ['Brak komentarzy', '1 komentarz', '2 komentarze', '5 komentarzy', '11 komentarzy', '21 komentarzy', '101 komentarzy'],
    queue: ['Oczekujące (0)', 'Oczekujące (1)', 'Oczekujące (2)', 'Oczekujące (5)', 'Oczekujące (11)', 'Oczekujące (21)', 'Oczekujące (101)'],
  },
  ru: {
    heading: [
      'Пока нет комментариев к записи «Post»',
      'Один комментарий к записи «Post»',
      '2 комментария к записи «Post»',
      '5 комментариев к записи «Post»',
      '11 комментариев к записи «Post»',
      '21 комментарий к записи «Post»',
      '101 комментарий к записи «Post»',
    ],
    newComments: ['0 новых комментариев', '1 новый комментарий', '2 новых комментария', '5 новых комментариев', '11 новых комментариев', '21 новый комментарий', '101 новый комментарий'],
    comments: ['Комментариев нет', '1 комментарий', '2 комментария', '5 комментариев', '11 комментариев', '21 комментарий', '101 комментарий'],
    queue: ['На проверке (0)', 'На проверке (1)', 'На проверке (2)', 'На проверке (5)', 'На проверке (11)', 'На проверке (21)', 'На проверке (101)'],
  },
  ja: {
    heading: ['「Post」へのコメントはまだありません', '「Post」への1件のコメント', '「Post」への2件のコメント', '「Post」への5件のコメント', '「Post」への11件のコメント', '「Post」への21件のコメント', '「Post」への101件のコメント'],
    newComments: ['0件の新しいコメント', '1件の新しいコメント', '2件の新しいコメント', '5件の新しいコメント', '11件の新しいコメント', '21件の新しいコメント', '101件の新しいコメント'],
    comments: ['コメントはまだありません', '1件のコメント', '2件のコメント', '5件のコメント', '11件のコメント', '21件のコメント', '101件のコメント'],
    queue: ['承認待ち (0)', '承認待ち (1)', '承認待ち (2)', '承認待ち (5)', '承認待ち (11)', '承認待ち (21)', '承認待ち (101)'],
  },
  'zh-CN': {
    heading: ['《Post》还没有评论', '《Post》有1条评论', '《Post》有2条评论', '《Post》有5条评论', '《Post》有11条评论', '《Post》有21条评论', '《Post》有101条评论'],
    newComments: ['0条新评论', '1条新评论', '2条新评论', '5条新评论', '11条新评论', '21条新评论', '101条新评论'],
    comments: ['暂无评论', '1条评论', '2条评论', '5条评论', '11条评论', '21条评论', '101条评论'],
    queue: ['待审（0）', '待审（1）', '待审（2）', '待审（5）', '待审（11）', '待审（21）', '待审（101）'],
  },
  ar: {
    // zero, one, two, few (3–10), many (11–99), other (100–102): the noun alone says 0, 1 and 2.
    heading: ['لا توجد تعليقات على «Post»', 'تعليق واحد على «Post»', 'تعليقان على «Post»', '5 تعليقات على «Post»', '11 تعليقًا على «Post»', '21 تعليقًا على «Post»', '101 تعليق على «Post»'],
    newComments: ['لا توجد تعليقات جديدة', 'تعليق جديد واحد', 'تعليقان جديدان', '5 تعليقات جديدة', '11 تعليقًا جديدًا', '21 تعليقًا جديدًا', '101 تعليق جديد'],
    comments: ['لا توجد تعليقات', 'تعليق واحد', 'تعليقان', '5 تعليقات', '11 تعليقًا', '21 تعليقًا', '101 تعليق'],
    queue: ['بانتظار المراجعة (0)', 'بانتظار المراجعة (1)', 'بانتظار المراجعة (2)', 'بانتظار المراجعة (5)', 'بانتظار المراجعة (11)', 'بانتظار المراجعة (21)', 'بانتظار المراجعة (101)'],
  },
};

describe('Plural forms of every shipped locale', () => {
  for (const [tag, expected] of Object.entries(EXPECTED)) {
    it(`${tag}: the heading, new comments, the comment count and the moderation queue at ${COUNTS.join(', ')}`, async () => {
      const l10n = await loaded(tag);
      const moderation = await moderationOf(l10n);
      expect(l10n.locale).to.equal(tag);
      expect(COUNTS.map((n) => l10n.heading(n, 'Post')), 'heading').to.deep.equal(expected.heading);
      expect(COUNTS.map((n) => l10n.newComments(n)), 'new comments').to.deep.equal(expected.newComments);
      expect(COUNTS.map((n) => l10n.commentCount(n)), 'comment count').to.deep.equal(expected.comments);
      expect(COUNTS.map((n) => moderation.queue(countedIn(l10n, n))), 'moderation queue').to.deep.equal(expected.queue);
    });
  }

  it('pl and ru: 22 takes the "few" form again, 112 the "many" one, and big numbers keep their own grouping', async () => {
    const pl = await loaded('pl');
    expect([22, 112, 1002].map((n) => pl.commentCount(n))).to.deep.equal(['22 komentarze', '112 komentarzy', '1002 komentarze']);
    expect(pl.heading(12345, '')).to.equal('12\u00a0345 komentarzy');
    const ru = await loaded('ru');
    expect([22, 111, 1001].map((n) => ru.commentCount(n))).to.deep.equal(['22 комментария', '111 комментариев', '1\u00a0001 комментарий']);
  });

  it('ar: 3 and 10 are "few", 99 is "many", 100 and 102 are "other"', async () => {
    const ar = await loaded('ar');
    expect([3, 10, 99, 100, 102].map((n) => ar.commentCount(n))).to.deep.equal(['3 تعليقات', '10 تعليقات', '99 تعليقًا', '100 تعليق', '102 تعليق']);
  });

  it('without a title, the heading is the count alone', async () => {
    const headings = await Promise.all(['de', 'ja', 'zh-CN', 'ar'].map(async (tag) => (await loaded(tag)).heading(1, '')));
    expect(headings).to.deep.equal(['Ein Gedanke', '1件のコメント', '1条评论', 'تعليق واحد']);
  });
});
