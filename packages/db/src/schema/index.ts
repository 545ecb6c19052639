export * from './audit';
export * from './cases';
export * from './consultations';
export * from './organisations';
export * from './persons';
export * from './programmes';
export * from './regions';
export * from './users';
