/**
 * Seeds the demo blog's comment threads in the Firestore emulator, so `npm start` opens on a
 * conversation rather than an empty thread.
 *
 * Writes go straight to the emulator's REST API as the owner (`Authorization: Bearer owner`), which
 * bypasses the security rules: that is how the server timestamps in the past get in. Every document
 * still has exactly the fields the widget itself writes (see FirestoreStore.postComment), and every
 * comment has its private/contact document, so the seeded data looks like real readers' comments.
 *
 * Idempotent: the comment IDs are fixed and PATCH overwrites, so seeding twice changes nothing.
 */
import { commentDocument, contactDocument } from '../src/data/documents.js';
import { threadDocumentId } from '../src/data/thread-id.js';
import type { HostAndPort } from '../src/data/host-and-port.js';
import { writeAsOwner } from './firestore-rest.js';

interface SeedComment {
  id: string;
  /** The post's path without its trailing slash: the thread key the widget derives from the page. */
  thread: string;
  uid: string;
  name: string;
  website: string | null;
  email: string;
  text: string;
  createdAt: string;
}

export const DEMO_POSTS = {
  review: '/2026/11/the-lighthouse-keeper',
  notes: '/2026/11/a-rainy-week-at-the-rialto',
} as const;

const COMMENTS: SeedComment[] = [
  {
    id: 'seed-lighthouse-1',
    thread: DEMO_POSTS.review,
    uid: 'Qm7RcT2vXa9LpW4eHn8sKd1fGy3B',
    name: 'Harriet Quayle',
    website: 'https://harrietwatchesthings.example/',
    email: 'harriet@harrietwatchesthings.example',
    text:
      'Saw this at a festival screening in the summer and it has stayed with me ever since. You are right ' +
      'about the gallery scene: I think it is the moment the film teaches you how to watch it. And Tomas Rehn ' +
      'is <em>so</em> good with those hands.',
    createdAt: '2026-11-16T19:42:07Z',
  },
  {
    id: 'seed-lighthouse-2',
    thread: DEMO_POSTS.review,
    uid: 'Zc4NwP8kYb2TrE6uJm1vLs9hQx5D',
    name: 'Tomasz Wójcik',
    website: null,
    email: 'tomasz.wojcik@example.com',
    text:
      '<blockquote>It is a film about the last winter of a job, and it knows that every last winter is also ' +
      'a first one.</blockquote>\n' +
      'That line stopped me. My dad worked the Aberdeen ferries until the route was sold, and he said almost ' +
      'the same thing about his last crossing.\n' +
      'Going to see it again on Saturday, with him this time.',
    createdAt: '2026-11-18T08:15:31Z',
  },
  {
    id: 'seed-lighthouse-3',
    thread: DEMO_POSTS.review,
    uid: 'Hv6GtS3mRq8ZaK1nWc5yPe2jLu7F',
    name: 'Priya Raman',
    website: 'https://priyaraman.example/films/',
    email: 'priya@priyaraman.example',
    text:
      'Lovely review. I agree about the storm: it felt like a different film for ten minutes. But the cribbage ' +
      'games more than made up for it.\n\n' +
      'Does anyone know where it was filmed? The cliffs did not look like Shetland to me.',
    createdAt: '2026-11-20T21:03:44Z',
  },
  {
    id: 'seed-lighthouse-4',
    thread: DEMO_POSTS.review,
    uid: 'Bx1KpY7dWn4RsM9tCe6vHa3qZg8J',
    name: 'Dougie Anderson',
    website: null,
    email: 'dougie.anderson@example.org',
    text:
      'My grandfather kept a light on one of the northern islands in the fifties, and the kitchen could have ' +
      'been his. He would have liked Eilif very much. Thank you for writing about it so kindly, Nell.',
    createdAt: '2026-11-23T12:30:18Z',
  },
  {
    id: 'seed-rialto-1',
    thread: DEMO_POSTS.notes,
    uid: 'Nw5ErL2xTc8VkQ4bYh7mGs1pDa6K',
    name: 'Marion Pike',
    website: 'https://marionpike.example/',
    email: 'marion@marionpike.example',
    text:
      'I was at the Thursday screening! The applause for Len was the best moment of the whole season. ' +
      'See you at the Friday late show, I hope.',
    createdAt: '2026-11-23T18:20:52Z',
  },
];

export async function seedDemo(firestore: HostAndPort, projectId: string): Promise<void> {
  for (const comment of COMMENTS) {
    const path = ['threads', threadDocumentId(comment.thread), 'comments', comment.id];
    // The widget's own documents, only dated in the past.
    const draft = { text: comment.text, name: comment.name, email: comment.email, website: comment.website ?? '' };
    await writeAsOwner(firestore, projectId, path, commentDocument(comment.uid, draft, new Date(comment.createdAt)));
    await writeAsOwner(firestore, projectId, [...path, 'private', 'contact'], contactDocument(comment.uid, draft));
  }
}
