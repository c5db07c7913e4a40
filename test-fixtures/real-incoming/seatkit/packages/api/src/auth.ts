/**
 * Better Auth instance
 * Central authentication configuration.
 * Used by the Fastify plugin (index.ts) and programmatic API (auth-service.ts).
 */

import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { admin } from 'better-auth/plugins';
import { invite } from 'better-invite';

import { db } from './db/index.js';
import * as authSchema from './db/schema/auth.js';
import { sendInviteEmail } from './lib/mailer.js';

export const auth = betterAuth({
	database: drizzleAdapter(db, {
		provider: 'pg',
		schema: {
			user: authSchema.user,
			session: authSchema.session,
			account: authSchema.account,
			verification: authSchema.verification,
			// invite plugin tables
			invite: authSchema.invite,
			inviteUse: authSchema.inviteUse,
		},
	}),
	emailAndPassword: {
		enabled: true,
	},
	session: {
		expiresIn: 60 * 60 * 24 * 30,   // 30 days
		updateAge: 60 * 60 * 24,          // refresh if older than 24h
		cookieCache: {
			enabled: true,
			maxAge: 60 * 5,               // 5-min client-side cache
		},
	},
	plugins: [
		admin({
			defaultRole: 'staff',
			adminRoles: ['admin'],
		}),
		invite({
			async sendUserInvitation({ email, role, url }: { email: string; role: string; url: string }): Promise<void> {
				// Fire-and-forget: do not await so the invite response returns immediately
				// (avoids timing attacks and request delays). Errors are logged but not surfaced.
				sendInviteEmail({ to: email, role, inviteUrl: url }).catch(err => {
					// eslint-disable-next-line no-console
					console.error('[invite] Failed to send invite email:', err);
				});
			},
		}),
	],
	trustedOrigins: [
		process.env.CORS_ORIGIN ?? 'http://localhost:3000',
	],
});

export type Auth = typeof auth;
