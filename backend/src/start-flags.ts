/**
 * Node flags every launcher of the server gives `node` before `dist/main.js`: `npm start`,
 * `npm run serve -w backend`, the e2e server, the HTTP bench and the stress tests
 * (start-flags.spec.ts checks that each does). V8 fixes the young generation's largest size when it
 * makes the heap, before any of our code runs, so this cannot join the settings v8-settings.ts
 * applies at run time.
 *
 * --max-semi-space-size=4: young-generation semi-spaces of up to 4 MB (V8's own limit here is
 * 16 MB; v8-settings.ts keeps them at their 1 MB start size when this flag is missing). Under 50
 * concurrent requests about 0.8 MB of the young generation is still alive at each collection (the
 * requests in flight), copied whatever the semi-space's size: at 2 MB a collection freed 1.2 MB,
 * at 4 MB it frees 3.2 MB, so there are under half as many collections (and less promoted to the
 * old generation) for 4 MB more memory at peak. 8 MB measured faster still but over the memory goal
 * (peak RSS 1.5× the fair peer's). Measured in the HTTP bench: see the README's Benchmarks.
 */
export const START_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
