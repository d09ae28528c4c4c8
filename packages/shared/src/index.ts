export * from './domain';
export * from './errors';
export * from './i18n';
export * from './validation';
export * from './vi';
export * from './state';
export * from './files';
export * from './sales';
