export * from './common';
export * from './user';
export * from './fields';
export * from './customer';
export * from './contact';
export * from './settings';
export * from './parse';
