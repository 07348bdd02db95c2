// The whole database schema, for Drizzle and drizzle-kit. Each capability owns its tables.
export * from '../audit/schema';
export * from '../auth/schema';
export * from '../mail/schema';
export * from '../../registry/schema';
export * from '../../lifecycle/schema';
export * from '../../terms/schema';
export * from '../../impersonation/schema';
