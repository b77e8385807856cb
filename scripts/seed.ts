/**
 * Seeds the demo blog's review in the Firestore emulator, so `npm start` opens on a conversation
 * rather than an empty thread: replies several levels deep, readers signed in with a provider, an
 * edited reply, and a deleted comment whose replies keep their place. A WordPress export cannot say
 * any of that, so the review is written here. The other two threads (the notes, and the open thread
 * with enough top-level comments for its page size of 10) come from demo/wordpress-export.xml, which
 * scripts/start.ts imports with the command line's own importer, as a site owner moving from
 * WordPress would.
 *
 * Writes go straight to the emulator's REST API as the owner (`Authorization: Bearer owner`), which
 * bypasses the security rules: that is how the server timestamps in the past get in. Every document
 * still has exactly the fields the widget itself writes (src/data/documents.ts: a comment, its edit,
 * what a deletion leaves), and every guest's published comment has its private/contact document, so
 * the seeded data looks like real readers' comments. `checkedPlaces` refuses anything the rules would not
 * have let readers write at the time (a reply before its parent, an edit after the edit window…).
 *
 * Idempotent: the comment IDs are fixed and every write replaces its document, so seeding twice changes nothing.
 */
import { commentDocument, accountCommentDocument, commentEdit, contactDocument, deletedCommentDocument, type Place } from '../src/data/documents.js';
import type { AccountProvider } from '../src/model/identity.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import type { HostAndPort } from '../src/data/host-and-port.js';
import { writeAllAsOwner } from './firestore-rest.js';

export const DEMO_POSTS = {
  review: '/2026/11/the-lighthouse-keeper',
  notes: '/2026/11/a-rainy-week-at-the-rialto',
  /**
   * An open thread with many short comments, shown 10 at a time (`page-size="10"` on its page). It and
   * the notes are imported from demo/wordpress-export.xml, not seeded here.
   */
  yourTurn: '/2026/11/your-turn-the-best-film-you-saw-this-year',
} as const;

/** A guest: the details typed into the form. The uid is the anonymous account the browser kept. */
interface Guest {
  uid: string;
  name: string;
  website: string | null;
  email: string;
}

/** A reader signed in with a provider: name and photo as the provider gives them. */
interface SignedIn {
  uid: string;
  name: string;
  provider: AccountProvider;
  avatar: string | null;
}

interface Placed {
  id: string;
  /** The post's path without its trailing slash: the thread key the widget derives from the page. */
  thread: string;
  createdAt: string;
  /** The comment it answers (same thread); absent at the top level. */
  replyTo?: string;
}

interface Published extends Placed {
  by: Guest | SignedIn;
  text: string;
  /** When the author corrected it: `text` is the text after the edit. */
  editedAt?: string;
}

/** Deleted by its author: nothing of the author or the text is left, only the place. */
interface Deleted extends Placed {
  deletedAt: string;
}

type SeedComment = Published | Deleted;

/** The rules' edit window: edits and deletions happen within it. */
const EDIT_WINDOW_MS = 15 * 60_000;
/** The demo's "today": every seeded time is before it. */
const NOW = new Date('2026-11-28T00:00:00Z');

// The review's people, each always with the same uid. Nell and Marion also comment in
// demo/wordpress-export.xml, with the same emails and websites (the import gives them `wordpress:` uids).
const nell: Guest = {
  uid: 'Ok3FaWn9RcL2tYe7HsQ1mVb5Xd8P',
  name: 'Nell Okafor',
  website: 'https://secondrowcentre.example/',
  email: 'nell@secondrowcentre.example',
};
const harriet: Guest = {
  uid: 'Qm7RcT2vXa9LpW4eHn8sKd1fGy3B',
  name: 'Harriet Quayle',
  website: 'https://harrietwatchesthings.example/',
  email: 'harriet@harrietwatchesthings.example',
};
const tomasz: Guest = { uid: 'Zc4NwP8kYb2TrE6uJm1vLs9hQx5D', name: 'Tomasz Wójcik', website: null, email: 'tomasz.wojcik@example.com' };
const priya: Guest = {
  uid: 'Hv6GtS3mRq8ZaK1nWc5yPe2jLu7F',
  name: 'Priya Raman',
  website: 'https://priyaraman.example/films/',
  email: 'priya@priyaraman.example',
};
const dougie: Guest = { uid: 'Bx1KpY7dWn4RsM9tCe6vHa3qZg8J', name: 'Dougie Anderson', website: null, email: 'dougie.anderson@example.org' };
const marion: Guest = {
  uid: 'Nw5ErL2xTc8VkQ4bYh7mGs1pDa6K',
  name: 'Marion Pike',
  website: 'https://marionpike.example/',
  email: 'marion@marionpike.example',
};
const ingrid: SignedIn = { uid: 'Gs8HkW3nTq6ZbP1xLe4vRy9cMa2J', name: 'Ingrid Solberg', provider: 'google', avatar: null };
const fenella: SignedIn = { uid: 'Rt2LmX7cVe5NqA9wKd3hBs6yPf1G', name: 'Fenella Grant', provider: 'github', avatar: null };

const REVIEW: SeedComment[] = [
  {
    id: 'seed-lighthouse-1',
    thread: DEMO_POSTS.review,
    by: harriet,
    text:
      'Saw this at a festival screening in the summer and it has stayed with me ever since. You are right ' +
      'about the gallery scene: I think it is the moment the film teaches you how to watch it. And Tomas Rehn ' +
      'is <em>so</em> good with those hands.',
    createdAt: '2026-11-16T19:42:07Z',
  },
  {
    id: 'seed-lighthouse-1-1',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-1',
    by: nell,
    text:
      'Thank you, Harriet. After that minute on the gallery I stopped waiting for the film to do anything, ' +
      'and then it did everything. Which festival was it, if you don’t mind me asking?',
    createdAt: '2026-11-17T09:12:40Z',
  },
  {
    id: 'seed-lighthouse-1-2',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-1-1',
    by: harriet,
    text:
      'The one in Lerwick, in a hall with about eighty folding chairs. Half the audience had a relative who ' +
      'once kept a light somewhere. You can imagine the silence.',
    createdAt: '2026-11-17T18:31:05Z',
  },
  {
    id: 'seed-lighthouse-2',
    thread: DEMO_POSTS.review,
    by: tomasz,
    text:
      '<blockquote>It is a film about the last winter of a job, and it knows that every last winter is also ' +
      'a first one.</blockquote>\n' +
      'That line stopped me. My dad worked the Aberdeen ferries until the route was sold, and he said almost ' +
      'the same thing about his last crossing.\n' +
      'Going to see it again on Saturday, with him this time.',
    createdAt: '2026-11-18T08:15:31Z',
  },
  {
    id: 'seed-lighthouse-2-1',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-2',
    by: nell,
    text: 'That is about the kindest thing anyone has said about something I wrote. Do tell us what he thinks, if he will let you.',
    createdAt: '2026-11-18T10:02:19Z',
  },
  {
    id: 'seed-lighthouse-2-2',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-2-1',
    by: tomasz,
    text:
      'We went. He did not say a word all the way through, or on the bus home. Then, at his door, he said the ' +
      'engine room was wrong but the kitchen was right, and the kitchen is what matters.\n\n' +
      'From him, that is a rave.',
    createdAt: '2026-11-22T20:47:53Z',
  },
  {
    id: 'seed-lighthouse-2-3',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-2-2',
    by: dougie,
    text: '“The kitchen is what matters.” My grandfather would have said exactly that, and then put the kettle on.',
    createdAt: '2026-11-23T12:41:02Z',
    // A slip of the thumb, corrected three minutes later: the widget shows "Edited".
    editedAt: '2026-11-23T12:44:30Z',
  },
  {
    id: 'seed-lighthouse-3',
    thread: DEMO_POSTS.review,
    by: priya,
    text:
      'Lovely review. I agree about the storm: it felt like a different film for ten minutes. But the cribbage ' +
      'games more than made up for it.\n\n' +
      'Does anyone know where it was filmed? The cliffs did not look like Shetland to me.',
    createdAt: '2026-11-20T21:03:44Z',
  },
  // A conversation five levels deep: with max-depth 5, the last reply shows beside its parent.
  {
    id: 'seed-lighthouse-3-1',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-3',
    by: ingrid,
    text:
      'The end credits thank the Faroese film commission, so I think the cliffs are on the Faroes. The tower ' +
      'itself looked a lot like the one on Mykines to me.',
    createdAt: '2026-11-21T07:55:31Z',
  },
  {
    id: 'seed-lighthouse-3-2',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-3-1',
    by: priya,
    text: 'Mykines! That would explain the puffins in the supply-boat scene, which I was sure were a mistake in December. Have you been?',
    createdAt: '2026-11-21T08:40:12Z',
  },
  {
    id: 'seed-lighthouse-3-3',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-3-2',
    by: ingrid,
    text:
      'Twice. The second time the ferry did not run for three days, and I lived on crispbread and tinned ' +
      'mackerel. I understood Ruth very well.',
    createdAt: '2026-11-21T12:18:47Z',
  },
  {
    id: 'seed-lighthouse-3-4',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-3-3',
    by: priya,
    text: 'That settles it: it is going on the list. Crispbread and all.',
    createdAt: '2026-11-21T13:02:09Z',
  },
  {
    id: 'seed-lighthouse-3-5',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-3-4',
    by: harriet,
    text: 'Take a cribbage board. On the evidence of the film, it is the only way through the weather.',
    createdAt: '2026-11-21T19:26:33Z',
  },
  {
    id: 'seed-lighthouse-3-6',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-3',
    by: nell,
    text:
      'I am glad it was not only me about the storm. I wondered whether I was being unfair to it: ten minutes ' +
      'of noise in a film that otherwise trusts silence.',
    createdAt: '2026-11-21T09:30:58Z',
  },
  // A spoiler, taken down by its author; the replies keep their place under "This comment was deleted."
  {
    id: 'seed-lighthouse-5',
    thread: DEMO_POSTS.review,
    createdAt: '2026-11-21T22:06:12Z',
    deletedAt: '2026-11-21T22:17:40Z',
  },
  {
    id: 'seed-lighthouse-5-1',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-5',
    by: marion,
    text: 'Could you take that down, please? Some of us are not seeing it until next week!',
    createdAt: '2026-11-21T22:11:58Z',
  },
  {
    id: 'seed-lighthouse-5-2',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-5-1',
    by: nell,
    text:
      'It has gone, thank you both. I know how hard it is not to talk about the last ten minutes. I will put ' +
      'up a post for spoilers once the film has been out a while.',
    createdAt: '2026-11-22T08:03:26Z',
  },
  {
    id: 'seed-lighthouse-4',
    thread: DEMO_POSTS.review,
    by: dougie,
    text:
      'My grandfather kept a light on one of the northern islands in the fifties, and the kitchen could have ' +
      'been his. He would have liked Eilif very much. Thank you for writing about it so kindly, Nell.',
    createdAt: '2026-11-23T12:30:18Z',
  },
  // A reply its author thought better of a minute later: deleted with no replies, it does not show.
  {
    id: 'seed-lighthouse-4-1',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-4',
    createdAt: '2026-11-23T15:20:14Z',
    deletedAt: '2026-11-23T15:21:02Z',
  },
  {
    id: 'seed-lighthouse-4-2',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-4',
    by: nell,
    text: 'Dougie, thank you. If you ever want to write about him, I would read every word, and I suspect a lot of people here would too.',
    createdAt: '2026-11-23T15:19:51Z',
  },
  {
    id: 'seed-lighthouse-4-3',
    thread: DEMO_POSTS.review,
    replyTo: 'seed-lighthouse-4-2',
    by: dougie,
    text:
      'My mother still has his log books: wind, weather and visibility every four hours for eleven years, and ' +
      'one line on the day I was born. “Telegram. A boy.” Maybe I will.',
    createdAt: '2026-11-24T10:47:36Z',
  },
  {
    id: 'seed-lighthouse-6',
    thread: DEMO_POSTS.review,
    by: fenella,
    text:
      'Went on Tuesday on the strength of this review. The night the generator fails is one of the best things ' +
      'I have seen in a cinema in years. Thank you for the nudge.',
    createdAt: '2026-11-26T17:48:22Z',
  },
];

const COMMENTS: SeedComment[] = REVIEW;

/** How many published comments the seed gives a thread (the count a reader sees): the review's. */
export function seededCount(thread: string): number {
  return COMMENTS.filter((comment) => comment.thread === thread && 'by' in comment).length;
}

/**
 * Where each comment sits, from its parent's place, and a check that the rules would have let it be
 * written then: the parent in the same thread and published at the time, the reply after it, at most
 * 10 levels, IDs unique, edits and deletions within the edit window, everything before NOW.
 */
function checkedPlaces(comments: SeedComment[]): Map<string, Place & { rootCreatedAt: Date | null }> {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  if (byId.size !== comments.length) throw new Error('seed: two comments share an ID.');
  const placed = new Map<string, Place & { rootCreatedAt: Date | null }>();
  const place = (comment: SeedComment): Place & { rootCreatedAt: Date | null } => {
    const known = placed.get(comment.id);
    if (known) return known;
    const fail = (why: string) => new Error(`seed: ${comment.id} ${why}.`);
    const created = Date.parse(comment.createdAt);
    if (!(created < NOW.getTime())) throw fail('is not dated before the demo’s today');
    const later = 'editedAt' in comment ? comment.editedAt : 'deletedAt' in comment ? comment.deletedAt : undefined;
    if (later !== undefined && !(Date.parse(later) > created && Date.parse(later) < created + EDIT_WINDOW_MS)) throw fail('changes outside the edit window');
    let result: Place & { rootCreatedAt: Date | null };
    if (!comment.replyTo) {
      result = { parentId: null, depth: 0, rootCreatedAt: null };
    } else {
      const parent = byId.get(comment.replyTo);
      if (!parent || parent.thread !== comment.thread) throw fail('answers a comment that is not in its thread');
      if (!(created > Date.parse(parent.createdAt))) throw fail('is older than its parent');
      if ('deletedAt' in parent && !(created < Date.parse(parent.deletedAt))) throw fail('answers a comment already deleted');
      const above = place(parent);
      if (above.depth >= 9) throw fail('is deeper than 10 levels');
      result = { parentId: parent.id, depth: above.depth + 1, rootCreatedAt: above.rootCreatedAt ?? new Date(parent.createdAt) };
    }
    placed.set(comment.id, result);
    return result;
  };
  comments.forEach(place);
  return placed;
}

/** The documents of one seeded comment: its path, and what is stored there. */
function documentsOf(comment: SeedComment, place: Place): Array<[string[], Record<string, unknown>]> {
  const path = ['threads', threadDocumentId(comment.thread), 'comments', comment.id];
  const createdAt = new Date(comment.createdAt);
  // A deleted guest comment's contact document went in the deletion's batch: none is written.
  if ('deletedAt' in comment) return [[path, deletedCommentDocument({ ...place, createdAt }, new Date(comment.deletedAt))]];
  const { by } = comment;
  const edit = comment.editedAt ? commentEdit(comment.text, new Date(comment.editedAt)) : {};
  if ('provider' in by) return [[path, { ...accountCommentDocument(by, comment.text, createdAt, place), ...edit }]];
  const draft = { text: comment.text, name: by.name, email: by.email, website: by.website ?? '' };
  return [
    [path, { ...commentDocument(by.uid, draft, createdAt, null, place), ...edit }],
    [[...path, 'private', 'contact'], contactDocument(by.uid, draft)],
  ];
}

export async function seedDemo(firestore: HostAndPort, projectId: string): Promise<void> {
  const placed = checkedPlaces(COMMENTS);
  const writes = COMMENTS.flatMap((comment) => documentsOf(comment, placed.get(comment.id) as Place));
  await writeAllAsOwner(firestore, projectId, writes);
}
