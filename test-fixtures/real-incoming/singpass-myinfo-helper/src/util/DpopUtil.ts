import * as crypto from "crypto";
import * as jose from "node-jose";
import { Key } from "./KeyUtil";
import { SingpassMyInfoError } from "./error/SingpassMyinfoError";

export interface DpopProofInput {
	htm: string;
	htu: string;
	key: Key;
	accessToken?: string;
}

// ref: https://docs.developer.singpass.gov.sg/docs/technical-specifications/technical-concepts/demonstrating-proof-of-possession-dpop#jwt-payload
export interface DpopProofPayload {
	htm: string;
	htu: string;
	iat: number;
	exp?: number;
	jti: string;
	ath?: string;
}

export interface DpopProofResult {
	proof: string;
}

/**
 * Create a DPoP proof JWT
 *
 * The proof is used in 3 places in the Singpass FAPI 2.0 flow:
 * 1. PAR request (htm: "POST", htu: pushed_authorization_request_endpoint)
 * 2. Token exchange (htm: "POST", htu: token_endpoint)
 * 3. Userinfo request (htm: "GET", htu: userinfo_endpoint, with accessToken for ath claim)
 *
 */
export async function createDpopProof(input: DpopProofInput): Promise<DpopProofResult> {
	const { htm, htu, key, accessToken } = input;

	if (!key) throw new SingpassMyInfoError("Missing key for DPoP proof generation.");
	if (!key.alg || key.alg !== "ES256") {
		throw new SingpassMyInfoError("DPoP key must use ES256 algorithm.");
	}

	const joseKey = await jose.JWK.asKey(key.key, key.format);
	const publicJwk = joseKey.toJSON() as Record<string, unknown>;

	const normalizedHtu = normalizeHtu(htu);

	const payload: DpopProofPayload = {
		jti: crypto.randomUUID(),
		htm: htm.toUpperCase(),
		htu: normalizedHtu,
		iat: Math.floor(Date.now() / 1000),
		...(accessToken ? { ath: computeAth(accessToken) } : {}),
	};

	const header = {
		typ: "dpop+jwt",
		alg: "ES256",
		jwk: publicJwk,
	};

	const signingKey = { key: joseKey, reference: false } as unknown as jose.JWK.Key;
	const proofJwt = await jose.JWS.createSign({ format: "compact", fields: header }, signingKey)
		.update(JSON.stringify(payload))
		.final();

	return {
		proof: proofJwt as unknown as string,
	};
}

export function computeAth(accessToken: string): string {
	const hash = crypto.createHash("sha256").update(accessToken, "ascii").digest();
	return base64urlEncode(hash);
}

export function normalizeHtu(uri: string): string {
	try {
		const parsed = new URL(uri);
		// Remove query string and fragment
		parsed.search = "";
		parsed.hash = "";
		return parsed.toString();
	} catch {
		// If URL parsing fails, return as-is (caller's responsibility)
		return uri;
	}
}

function base64urlEncode(buffer: Buffer): string {
	return buffer.toString("base64url");
}
