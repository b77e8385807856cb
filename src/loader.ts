/**
 * The script-tag entry, built into one file (dist/cdn/leave-a-reply.js) that a site owner hosts or
 * loads from a CDN. Today it registers the whole widget at once; roadmap item 5 makes it a ≤ 1 KB
 * loader that imports the rest when the comments come near the viewport.
 */
import './define.js';
