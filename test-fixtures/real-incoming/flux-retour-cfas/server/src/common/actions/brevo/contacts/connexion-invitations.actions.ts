import { ObjectId } from "bson";
import type { IConnexionInvitation } from "shared/models/data/connexionInvitations.model";

import { connexionInvitationsDb } from "@/common/model/collections";
import { generateKey } from "@/common/utils/cryptoUtils";

import { formatEmail } from "./formatters";

/**
 * Un même email = un même token tant que le document n'est pas supprimé.
 * Pas d'expiration : le token pré-remplit l'email côté UI mais n'authentifie
 * pas (le mot de passe reste requis).
 *
 * L'email est normalisé en lowercase + trim à l'écriture pour garantir un
 * unique mapping (email canonique ↔ token), quelle que soit la casse fournie.
 */
export const getOrCreateConnexionInvitationByEmail = async ({
  email,
  source,
}: {
  email: string;
  source?: string;
}): Promise<string> => {
  const normalizedEmail = formatEmail(email);
  const now = new Date();
  const tentativeToken = generateKey(50, "hex");

  const result = await connexionInvitationsDb().findOneAndUpdate(
    { email: normalizedEmail },
    {
      $setOnInsert: {
        _id: new ObjectId(),
        token: tentativeToken,
        email: normalizedEmail,
        created_at: now,
      },
      $set: {
        updated_at: now,
        ...(source ? { source } : {}),
      },
    },
    { upsert: true, returnDocument: "after" }
  );

  return result.value?.token ?? tentativeToken;
};

export const getConnexionInvitationByToken = async (token: string): Promise<IConnexionInvitation | null> => {
  return await connexionInvitationsDb().findOne({ token });
};

/**
 * Variante batch (1 find + éventuellement 1 insertMany + 1 updateMany) au lieu
 * de N findOneAndUpdate parallèles qui saturent le pool Mongo en prod.
 * Seuls les nouveaux emails consomment `generateKey()`.
 *
 * Les emails sont normalisés (lowercase + trim) et dédupliqués en entrée pour
 * garantir 1 token par email canonique. La Map retournée est indexée sur les
 * emails normalisés : les appelants doivent matcher en conséquence.
 *
 * `source` est commune au batch — l'updateMany rafraîchit cette valeur pour
 * tous les emails existants. Pour mélanger plusieurs sources, faire un appel
 * par source.
 */
export const getOrCreateConnexionInvitationsByEmails = async (
  emails: string[],
  options: { source?: string } = {}
): Promise<Map<string, string>> => {
  if (emails.length === 0) return new Map();
  const normalizedEmails = [...new Set(emails.map((e) => formatEmail(e)))];
  const now = new Date();
  const db = connexionInvitationsDb();
  const { source } = options;

  const existing = await db
    .find({ email: { $in: normalizedEmails } }, { projection: { email: 1, token: 1 } })
    .toArray();
  const existingByEmail = new Map<string, string>();
  for (const e of existing) existingByEmail.set(e.email, e.token);

  const newDocs = normalizedEmails
    .filter((email) => !existingByEmail.has(email))
    .map((email) => ({
      _id: new ObjectId(),
      token: generateKey(50, "hex"),
      email,
      ...(source ? { source } : {}),
      created_at: now,
      updated_at: now,
    }));

  // Indices des inserts qui ont raté à cause d'une race condition E11000.
  // Pour ces docs, le token local est INVALIDE — un autre process a gagné la
  // course et persisté son propre token. On les relit en DB plus bas.
  const failedIndices = new Set<number>();
  if (newDocs.length > 0) {
    try {
      await db.insertMany(newDocs as any, { ordered: false });
    } catch (err: any) {
      const writeErrors: Array<{ code?: number; index?: number }> = err.writeErrors ?? [];
      const allDupKey = err.code === 11000 || (writeErrors.length > 0 && writeErrors.every((e) => e.code === 11000));
      if (!allDupKey) throw err;
      for (const we of writeErrors) {
        if (typeof we.index === "number") failedIndices.add(we.index);
      }
    }
  }

  if (existing.length > 0) {
    await db.updateMany(
      { email: { $in: [...existingByEmail.keys()] } },
      { $set: { updated_at: now, ...(source ? { source } : {}) } }
    );
  }

  const byEmail = new Map<string, string>(existingByEmail);
  newDocs.forEach((d, i) => {
    if (failedIndices.has(i)) return;
    if (!byEmail.has(d.email)) byEmail.set(d.email, d.token);
  });

  // Filet de sécurité : récupère depuis la DB les tokens des emails perdus par
  // race condition (les `failedIndices`, intentionnellement non poussés ci-dessus).
  const missing = normalizedEmails.filter((e) => !byEmail.has(e));
  if (missing.length > 0) {
    const raced = await db.find({ email: { $in: missing } }, { projection: { email: 1, token: 1 } }).toArray();
    for (const r of raced) byEmail.set(r.email, r.token);
  }

  return byEmail;
};
