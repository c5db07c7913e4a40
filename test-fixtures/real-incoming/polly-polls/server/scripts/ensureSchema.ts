#!/usr/bin/env npx tsx
/**
 * Ensures the database schema is complete.
 * Creates tables if missing, adds columns if missing.
 * This is the primary migration method for Docker deployments.
 */
import { Pool } from 'pg';
import * as fs from 'fs';
import * as path from 'path';

const REQUIRED_TABLES = ['users', 'polls', 'poll_options', 'votes', 'system_settings', 
  'password_reset_tokens', 'email_change_tokens', 'notification_logs',
  'test_runs', 'test_results', 'test_configurations', 'clamav_scan_logs', 'email_templates',
  'email_verification_tokens'];

const COLUMN_UPDATES: { table: string; column: string; definition: string }[] = [
  { table: 'users', column: 'calendar_token', definition: 'TEXT UNIQUE' },
  { table: 'users', column: 'username', definition: 'TEXT NOT NULL DEFAULT \'\'' },
  { table: 'users', column: 'is_test_data', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'users', column: 'is_initial_admin', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'users', column: 'deletion_requested_at', definition: 'TIMESTAMP' },
  { table: 'users', column: 'last_login_at', definition: 'TIMESTAMP' },
  { table: 'users', column: 'theme_preference', definition: 'TEXT DEFAULT \'system\'' },
  { table: 'users', column: 'language_preference', definition: 'TEXT DEFAULT \'de\'' },
  { table: 'users', column: 'keycloak_id', definition: 'TEXT UNIQUE' },
  { table: 'users', column: 'provider', definition: 'TEXT DEFAULT \'local\'' },
  { table: 'polls', column: 'allow_vote_withdrawal', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'polls', column: 'is_test_data', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'polls', column: 'enable_expiry_reminder', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'polls', column: 'expiry_reminder_hours', definition: 'INTEGER DEFAULT 24' },
  { table: 'polls', column: 'expiry_reminder_sent', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'polls', column: 'final_option_id', definition: 'INTEGER' },
  { table: 'votes', column: 'is_test_data', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'votes', column: 'voter_edit_token', definition: 'TEXT' },
  { table: 'votes', column: 'voter_key', definition: 'TEXT' },
  { table: 'votes', column: 'voter_source', definition: 'TEXT' },
  { table: 'votes', column: 'comment', definition: 'TEXT' },
  { table: 'users', column: 'email_verified', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'poll_options', column: 'is_free_text', definition: 'BOOLEAN NOT NULL DEFAULT FALSE' },
  { table: 'votes', column: 'free_text_answer', definition: 'TEXT' },
  { table: 'polls', column: 'video_conference_url', definition: 'TEXT' },
];

async function ensureSchema(): Promise<void> {
  if (!process.env.DATABASE_URL) {
    console.error('❌ DATABASE_URL environment variable is not set');
    process.exit(1);
  }

  const pool = new Pool({
    connectionString: process.env.DATABASE_URL,
    ssl: process.env.DATABASE_SSL === 'true' ? { rejectUnauthorized: false } : undefined,
    connectionTimeoutMillis: 10000,
  });

  try {
    const client = await pool.connect();
    
    try {
      // Check if tables exist
      let tablesResult = await client.query(`
        SELECT table_name 
        FROM information_schema.tables 
        WHERE table_schema = 'public'
      `);
      let existingTables = tablesResult.rows.map(r => r.table_name);

      // If core tables don't exist, run initial migration
      if (!existingTables.includes('users') || !existingTables.includes('polls')) {
        console.log('📦 Running initial database migration...');
        const migrationPath = path.resolve(process.cwd(), 'migrations', '0000_old_vance_astro.sql');
        
        if (fs.existsSync(migrationPath)) {
          const migrationSQL = fs.readFileSync(migrationPath, 'utf-8');
          // Split by statement breakpoint and execute each statement
          const statements = migrationSQL.split('--> statement-breakpoint');
          
          for (const statement of statements) {
            const trimmed = statement.trim();
            if (trimmed && !trimmed.startsWith('--')) {
              try {
                await client.query(trimmed);
              } catch (err: any) {
                // Ignore "already exists" errors
                if (!err.message?.includes('already exists')) {
                  console.warn(`  ⚠️ Statement warning: ${err.message?.substring(0, 100)}`);
                }
              }
            }
          }
          console.log('✅ Initial migration complete');
        } else {
          console.log('⚠️ Migration file not found, creating tables manually...');
          await createCoreTables(client);
        }
        
        // Refresh table list after creating tables
        tablesResult = await client.query(`
          SELECT table_name 
          FROM information_schema.tables 
          WHERE table_schema = 'public'
        `);
        existingTables = tablesResult.rows.map(r => r.table_name);
      } else {
        console.log('✓ Core tables already exist');
      }

      // Ensure all columns exist
      console.log('🔧 Checking for missing columns...');
      
      for (const { table, column, definition } of COLUMN_UPDATES) {
        // Check if table exists first
        if (!existingTables.includes(table)) {
          continue;
        }

        const checkResult = await client.query(`
          SELECT column_name 
          FROM information_schema.columns 
          WHERE table_schema = 'public' 
            AND table_name = $1 
            AND column_name = $2
        `, [table, column]);

        if (checkResult.rows.length === 0) {
          console.log(`  Adding missing column: ${table}.${column}`);
          try {
            await client.query(`ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS "${column}" ${definition}`);
            console.log(`  ✅ Added ${table}.${column}`);
          } catch (err: any) {
            // Ignore duplicate column errors
            if (!err.message?.includes('already exists')) {
              console.warn(`  ⚠️ Could not add ${table}.${column}: ${err.message}`);
            }
          }
        }
      }

      console.log('✅ Schema check complete');

      await client.query(`
        CREATE TABLE IF NOT EXISTS "session" (
          "sid" varchar NOT NULL COLLATE "default",
          "sess" json NOT NULL,
          "expire" timestamp(6) NOT NULL,
          CONSTRAINT "session_pkey" PRIMARY KEY ("sid")
        )
      `);
      await client.query(`
        CREATE INDEX IF NOT EXISTS "IDX_session_expire" ON "session" ("expire")
      `);

      console.log('🔧 Ensuring indexes...');
      const indexStatements = [
        'CREATE INDEX IF NOT EXISTS "password_reset_tokens_token_idx" ON "password_reset_tokens" ("token")',
        'CREATE INDEX IF NOT EXISTS "password_reset_tokens_user_id_idx" ON "password_reset_tokens" ("user_id")',
        'CREATE INDEX IF NOT EXISTS "email_change_tokens_token_idx" ON "email_change_tokens" ("token")',
        'CREATE INDEX IF NOT EXISTS "email_change_tokens_user_id_idx" ON "email_change_tokens" ("user_id")',
        'CREATE INDEX IF NOT EXISTS "email_verification_tokens_token_idx" ON "email_verification_tokens" ("token")',
        'CREATE INDEX IF NOT EXISTS "email_verification_tokens_user_id_idx" ON "email_verification_tokens" ("user_id")',
        'CREATE INDEX IF NOT EXISTS "notification_logs_poll_id_idx" ON "notification_logs" ("poll_id")',
        'CREATE INDEX IF NOT EXISTS "notification_logs_type_idx" ON "notification_logs" ("type")',
        'CREATE INDEX IF NOT EXISTS "votes_voter_edit_token_idx" ON "votes" ("voter_edit_token")',
      ];
      for (const stmt of indexStatements) {
        try {
          await client.query(stmt);
        } catch (err: any) {
          if (!err.message?.includes('already exists')) {
            console.warn(`  ⚠️ Index warning: ${err.message?.substring(0, 100)}`);
          }
        }
      }
      console.log('✅ Indexes ensured');
    } finally {
      client.release();
    }
  } catch (error) {
    console.error('❌ Schema update failed:', error);
    process.exit(1);
  } finally {
    await pool.end();
  }
}

async function createCoreTables(client: any): Promise<void> {
  // Create users table
  await client.query(`
    CREATE TABLE IF NOT EXISTS users (
      id SERIAL PRIMARY KEY,
      username TEXT NOT NULL UNIQUE DEFAULT '',
      email TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      role TEXT NOT NULL DEFAULT 'user',
      organization TEXT,
      password_hash TEXT,
      keycloak_id TEXT UNIQUE,
      provider TEXT DEFAULT 'local',
      theme_preference TEXT DEFAULT 'system',
      language_preference TEXT DEFAULT 'de',
      calendar_token TEXT UNIQUE,
      is_test_data BOOLEAN NOT NULL DEFAULT FALSE,
      is_initial_admin BOOLEAN NOT NULL DEFAULT FALSE,
      deletion_requested_at TIMESTAMP,
      last_login_at TIMESTAMP,
      created_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create polls table
  await client.query(`
    CREATE TABLE IF NOT EXISTS polls (
      id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
      title TEXT NOT NULL,
      description TEXT,
      type TEXT NOT NULL,
      user_id INTEGER,
      creator_email TEXT,
      admin_token TEXT NOT NULL UNIQUE,
      public_token TEXT NOT NULL UNIQUE,
      is_active BOOLEAN NOT NULL DEFAULT TRUE,
      is_anonymous BOOLEAN NOT NULL DEFAULT FALSE,
      allow_anonymous_voting BOOLEAN NOT NULL DEFAULT TRUE,
      allow_multiple_slots BOOLEAN NOT NULL DEFAULT TRUE,
      max_slots_per_user INTEGER,
      allow_vote_edit BOOLEAN NOT NULL DEFAULT FALSE,
      allow_vote_withdrawal BOOLEAN NOT NULL DEFAULT FALSE,
      results_public BOOLEAN NOT NULL DEFAULT TRUE,
      allow_maybe BOOLEAN NOT NULL DEFAULT TRUE,
      is_test_data BOOLEAN NOT NULL DEFAULT FALSE,
      expires_at TIMESTAMP,
      video_conference_url TEXT,
      final_option_id INTEGER,
      enable_expiry_reminder BOOLEAN NOT NULL DEFAULT FALSE,
      expiry_reminder_hours INTEGER DEFAULT 24,
      expiry_reminder_sent BOOLEAN NOT NULL DEFAULT FALSE,
      created_at TIMESTAMP NOT NULL DEFAULT NOW(),
      updated_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create poll_options table
  await client.query(`
    CREATE TABLE IF NOT EXISTS poll_options (
      id SERIAL PRIMARY KEY,
      poll_id UUID NOT NULL,
      text TEXT NOT NULL,
      image_url TEXT,
      alt_text TEXT,
      start_time TIMESTAMP,
      end_time TIMESTAMP,
      max_capacity INTEGER,
      "order" INTEGER NOT NULL DEFAULT 0,
      created_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create votes table
  await client.query(`
    CREATE TABLE IF NOT EXISTS votes (
      id SERIAL PRIMARY KEY,
      poll_id UUID NOT NULL,
      option_id INTEGER NOT NULL,
      voter_name TEXT NOT NULL,
      voter_email TEXT NOT NULL,
      user_id INTEGER,
      voter_key TEXT,
      voter_source TEXT,
      response TEXT NOT NULL,
      comment TEXT,
      voter_edit_token TEXT,
      is_test_data BOOLEAN NOT NULL DEFAULT FALSE,
      created_at TIMESTAMP NOT NULL DEFAULT NOW(),
      updated_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create system_settings table
  await client.query(`
    CREATE TABLE IF NOT EXISTS system_settings (
      id SERIAL PRIMARY KEY,
      key TEXT NOT NULL UNIQUE,
      value JSONB NOT NULL,
      description TEXT,
      updated_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create clamav_scan_logs table
  await client.query(`
    CREATE TABLE IF NOT EXISTS clamav_scan_logs (
      id SERIAL PRIMARY KEY,
      filename TEXT NOT NULL,
      file_size INTEGER NOT NULL,
      mime_type TEXT,
      scan_status TEXT NOT NULL,
      virus_name TEXT,
      error_message TEXT,
      action_taken TEXT NOT NULL,
      uploader_user_id INTEGER,
      uploader_email TEXT,
      request_ip TEXT,
      scan_duration_ms INTEGER,
      admin_notified_at TIMESTAMP,
      created_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create email_templates table
  await client.query(`
    CREATE TABLE IF NOT EXISTS email_templates (
      id SERIAL PRIMARY KEY,
      type TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      subject TEXT NOT NULL,
      json_content JSONB NOT NULL,
      html_content TEXT,
      text_content TEXT,
      variables JSONB NOT NULL DEFAULT '[]',
      is_default BOOLEAN NOT NULL DEFAULT FALSE,
      is_active BOOLEAN NOT NULL DEFAULT TRUE,
      updated_at TIMESTAMP NOT NULL DEFAULT NOW(),
      created_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  // Create email_verification_tokens table
  await client.query(`
    CREATE TABLE IF NOT EXISTS email_verification_tokens (
      id SERIAL PRIMARY KEY,
      user_id INTEGER NOT NULL,
      token TEXT NOT NULL UNIQUE,
      expires_at TIMESTAMP NOT NULL,
      created_at TIMESTAMP NOT NULL DEFAULT NOW()
    )
  `);

  console.log('✅ Core tables created');
}

ensureSchema().catch(err => {
  console.error('❌ Unexpected error:', err);
  process.exit(1);
});
