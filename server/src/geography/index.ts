// Public surface of the geography concept: what other concepts may use.
export { childPage, idOrCode } from './geography.resolvers.ts';
export { lazyGeometry, lazyRequiredGeometry } from './geography.loaders.ts';
