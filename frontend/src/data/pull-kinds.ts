// The device's list of features that receive pulled content, as outbox-kinds.ts lists those with
// mutation kinds: importing a feature's data module registers its entities, so every change finds
// its table. sync-client.test.ts fails when an entity of the protocol has none.
import './content.js';
import './editorial.js';
import './phone-line.js';
import './qa.js';
import './survey.js';
