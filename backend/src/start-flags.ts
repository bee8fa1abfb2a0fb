/**
 * Node flags every launcher of the server gives `node` before `dist/main.js`: `npm start`,
 * `npm run serve -w backend`, the e2e server, the HTTP bench and the stress tests
 * (start-flags.spec.ts checks that each does). V8 fixes the young generation's largest size when it
 * makes the heap, before any of our code runs, so this cannot join the settings v8-settings.ts
 * applies at run time.
 *
 * --max-semi-space-size=2: young-generation semi-spaces of up to 2 MB (V8's own limit here is
 * 16 MB; v8-settings.ts keeps them at their 1 MB start size when this flag is missing). Under 50
 * concurrent requests about 0.4 MB of the young generation is still alive at each collection (the
 * requests in flight), so each collection copies about as much whatever its size: twice the size
 * halves the collections and what they promote, for 2 MB more memory. Measured in the HTTP bench:
 * see the README's Benchmarks.
 */
export const START_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
