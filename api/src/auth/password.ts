import argon2 from 'argon2';
import { badInput } from '../errors/app-error';

const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 256;

/** The rule for a password an agent chooses (createAdmin, changePassword); `field` names the input. */
export function requireAcceptablePassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw badInput(`The password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`, field);
  }
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against this when the email is unknown makes both failures cost the same time.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy-password-for-unknown-emails');
  const ok = await argon2.verify(hash ?? (await decoyHash), password).catch(() => false);
  return ok && hash !== undefined;
}
