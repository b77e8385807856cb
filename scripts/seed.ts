/**
 * Seeds the demo blog's comment threads in the Firestore emulator, so `npm start` opens on a
 * conversation rather than an empty thread: the review has replies several levels deep, an edited
 * reply, and a deleted comment whose replies keep their place; the open thread has enough top-level
 * comments for its page size (10) to show "Load more comments".
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
import { createHash } from 'node:crypto';
import { commentDocument, accountCommentDocument, commentEdit, contactDocument, deletedCommentDocument, type Place } from '../src/data/documents.js';
import type { AccountProvider } from '../src/model/identity.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import type { HostAndPort } from '../src/data/host-and-port.js';
import { writeAllAsOwner } from './firestore-rest.js';

export const DEMO_POSTS = {
  review: '/2026/11/the-lighthouse-keeper',
  notes: '/2026/11/a-rainy-week-at-the-rialto',
  /** An open thread with many short comments, shown 10 at a time (`page-size="10"` on its page). */
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

// The people of the demo. The regulars appear under more than one post, always with the same uid.
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

const NOTES: SeedComment[] = [
  {
    id: 'seed-rialto-1',
    thread: DEMO_POSTS.notes,
    by: marion,
    text:
      'I was at the Thursday screening! The applause for Len was the best moment of the whole season. ' +
      'See you at the Friday late show, I hope.',
    createdAt: '2026-11-23T18:20:52Z',
  },
  {
    id: 'seed-rialto-1-1',
    thread: DEMO_POSTS.notes,
    replyTo: 'seed-rialto-1',
    by: nell,
    text: 'I will be there, second row, centre. Len has promised us the good print.',
    createdAt: '2026-11-23T21:05:14Z',
  },
];

/**
 * The open thread: 25 short answers to "the best film you saw this year", put together from a few
 * sentences by index (no randomness: the same text every run), with a few replies.
 */
function yourTurn(): SeedComment[] {
  const readers = [
    ['Aoife Brennan', null],
    ['Samir Haddad', 'https://samirhaddad.example/'],
    ['Ruth Ellingham', null],
    ['Kofi Mensah', null],
    ['Jenny Liddell', 'https://jennyliddell.example/blog/'],
    ['Mateus Carvalho', null],
    ['Elspeth Munro', null],
    ['Hannah Berg', 'https://hannahberg.example/'],
    ['Rory MacLeod', null],
    ['Yuki Tanabe', null],
    ['Beatriz Ortega', 'https://beatrizortega.example/'],
    ['Gareth Pryce', null],
    ['Leila Farahani', null],
    ['Oskar Lindqvist', 'https://oskarlindqvist.example/'],
    ['Fiona Gillies', null],
    ['Amrit Sandhu', null],
    ['Niamh Kearney', 'https://niamhkearney.example/'],
    ['Pete Dawson', null],
    ['Agnieszka Nowak', null],
    ['Callum Reid', 'https://callumreid.example/'],
    ['Sofia Marchetti', null],
    ['Tunde Adeyemi', null],
    ['Morag Sinclair', 'https://moragsinclair.example/'],
    ['Lucas Moreau', null],
    ['Eilidh Fraser', null],
  ] as const;
  const films = [
    'Salt Marsh',
    'The Ninth Platform',
    'A Winter Orchard',
    'Paper Harbour',
    'Halfway to Orkney',
    'Small Hours',
    'The Cartographer’s Daughter',
    'Nine Days of Rain',
    'The Last Tram to Leith',
    'Hollow Bay',
    'Blue Hour at Kessock',
  ];
  const places = [
    'at the Rialto',
    'in a village hall with a borrowed projector',
    'at the Regal, on a wet Tuesday afternoon',
    'at an outdoor screening in August',
    'at the film society, in a room above a pub',
    'at a festival, at nine in the morning',
  ];
  const openings = [
    (film: string, place: string) => `${film}, ${place}.`,
    (film: string, place: string) => `Mine has to be ${film}, ${place}.`,
    (film: string, place: string) => `${film}, without a doubt. I saw it ${place}.`,
    (film: string, place: string) => `Easy: ${film}, ${place}.`,
  ];
  const reasons = [
    'I went in knowing nothing about it and came out blinking at the daylight.',
    'The whole audience stayed in their seats through the credits.',
    'I have thought about the last shot most days since.',
    'It was the first film I took my daughter to, and she has not stopped talking about it.',
    'The projector broke halfway through, and nobody minded in the slightest.',
    'I saw it twice in one week, which I have not done since I was a student.',
    'It made me want to ring my brother, so I did.',
    'Not a perfect film, but the best time I had in a cinema all year.',
    'The sound of it has stayed with me more than the pictures.',
    'I laughed more than at anything else this year, and cried once, on the bus home.',
  ];
  const closings = ['', 'Looking forward to your list!', '', 'Thank you for asking, Nell.', '', 'Second row, centre, naturally.', ''];

  const guest = (index: number): Guest => {
    const [name, website] = readers[index % readers.length] as (typeof readers)[number];
    // A stable uid per reader, in the shape of a Firebase uid.
    const uid = createHash('sha256').update(`seed:${name}`).digest('base64url').replace(/[-_]/g, 'x').slice(0, 28);
    const email = `${name.toLowerCase().normalize('NFD').replace(/[^a-z ]/g, '').replace(' ', '.')}@example.net`;
    return { uid, name, website, email };
  };
  const start = Date.parse('2026-11-09T09:00:00Z');
  const comments: SeedComment[] = readers.map((_, i) => {
    const film = films[(i * 4) % films.length] as string;
    const opening = openings[i % openings.length] as (film: string, place: string) => string;
    const text = [opening(film, places[(i * 5) % places.length] as string), reasons[(i * 7) % reasons.length], closings[(i * 3) % closings.length]];
    // One or two a day for sixteen days, at waking hours, each later than the one before.
    const day = Math.floor((i * 2) / 3);
    const createdAt = new Date(start + day * 86_400_000 + ((i * 5) % 14) * 3_600_000 + ((i * 37) % 60) * 60_000 + ((i * 19) % 60) * 1000);
    return { id: `seed-your-turn-${String(i + 1).padStart(2, '0')}`, thread: DEMO_POSTS.yourTurn, by: guest(i), text: text.join(' ').trim(), createdAt: createdAt.toISOString() };
  });
  /** A reply to the `to`-th top-level comment (or to `replyTo`), `hoursLater` after its parent. */
  const reply = (to: number, suffix: string, by: Guest, text: string, hoursLater: number, replyTo = `seed-your-turn-${String(to).padStart(2, '0')}`) => {
    const parent = comments.find((comment) => comment.id === replyTo) as SeedComment;
    const createdAt = new Date(Date.parse(parent.createdAt) + hoursLater * 3_600_000 + 17 * 60_000);
    comments.push({ id: `seed-your-turn-${String(to).padStart(2, '0')}-${suffix}`, thread: DEMO_POSTS.yourTurn, replyTo, by, text, createdAt: createdAt.toISOString() });
  };
  reply(2, '1', guest(11), 'Seconding this. I went on the strength of a comment here last month, and it was worth every penny.', 5);
  reply(5, '1', guest(17), 'Oh, I missed that one. Is it still showing anywhere?', 3);
  reply(5, '2', guest(4), 'The Rialto has it again in December, I believe. Go!', 16, 'seed-your-turn-05-1');
  reply(9, '1', nell, 'This one is going on my list. Thank you!', 11);
  reply(15, '1', guest(21), 'Same here, and in the same week. Perhaps we were in the same row.', 7);
  reply(21, '1', guest(8), 'I have been trying to remember the name of that one for months. Thank you!', 4);
  reply(21, '2', nell, 'That is exactly what this thread is for.', 6, 'seed-your-turn-21-1');
  return comments;
}

const COMMENTS: SeedComment[] = [...REVIEW, ...NOTES, ...yourTurn()];

/** How many published comments the seed gives a thread (the count a reader sees). */
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
