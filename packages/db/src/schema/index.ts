export * from './audit';
export * from './organisations';
export * from './regions';
export * from './users';
