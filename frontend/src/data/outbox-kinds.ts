// The device's list of features with outbox kinds, as the server's app module lists its modules:
// importing a feature's data module registers its kinds, so every answer finds its handler.
import './contact.js';
import './forum.js';
import './survey.js';
import './visit.js';
