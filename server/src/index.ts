// The server's public surface for tests, benchmarks and tools.
export * from './db/client.ts';
export * as tables from './db/schema.ts';
export { createApp, createApollo } from './app.ts';
export { createContext, type Context } from './graphql/context.ts';
export { loadDemo } from './demo/index.ts';
