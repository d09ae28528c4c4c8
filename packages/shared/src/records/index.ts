export * from './define';
export * from './customer';
export * from './schema';
