export { createCore, type Core } from './create-core';
export type { CoreOptions } from './context';
