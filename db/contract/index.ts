export * from './result';
export * from './list-query';
export * from './methods';
export * from './events';
export * from './handler-types';
export * from './prefixed';
export * from './method-spec';
export * from './print-route';
