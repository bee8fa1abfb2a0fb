import type { FastifyCompressOptions } from '@fastify/compress';

/**
 * Response compression, registered before any route (the plugin only sees routes added after it).
 * Brotli or gzip above 1 KB. Every buffered answer up to 64 KB (all JSON the API sends) is
 * compressed in one synchronous zlib call: the plugin's own default on a 2-core machine is 8 KB,
 * above which it builds a zlib stream per response, which costs more CPU than the compression. Files
 * (streams) keep the stream path. The benchmark's fair peer registers the same options.
 */
export const COMPRESSION_OPTIONS: FastifyCompressOptions = {
  global: true,
  encodings: ['br', 'gzip'],
  threshold: 1024,
  syncThreshold: 64 * 1024,
};
