export * from './enums';
export * from './primitives';
export * from './entities';
export * from './relations';
export * from './rules';
export * from './summaries';
export * from './history';
export * from './settings';
