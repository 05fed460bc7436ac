export * from './profile';
export * from './builtin';
export * from './labels';
export * from './text-language';
export * from './print';
export * from './page-blocks';
export * from './print-notes';
export * from './page-furniture';
