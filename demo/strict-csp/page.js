/* global document */
// The strict page's scripts, in a file: its policy refuses inline ones. What the other demo pages do
// inline: load the widget from source (see their comment), and use the demo's account chooser.
import '../../src/loader.ts';
import { useFakeAccountChooser } from '/fake-account-chooser.js';

useFakeAccountChooser(document.querySelector('leave-a-reply'));
