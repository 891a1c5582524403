// The SDK: one typed function per operation of the merged OpenAPI document, its request and response types, and
// the fetch client they share (configure it once: client.setConfig({ baseUrl, auth })).
export * from './generated/index.js';
export { client } from './generated/client.gen.js';
