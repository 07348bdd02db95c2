// The whole database schema, for Drizzle and drizzle-kit. Each capability owns its tables.
export * from '../audit/schema';
export * from '../../registry/schema';
