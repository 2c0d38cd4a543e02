import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { appError } from '../errors/app-error';

const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 256;

/**
 * OWASP ASVS 6.2.4: a chosen password is checked against the most common ones. The list is
 * @zxcvbn-ts/language-common's `passwords-common` (MIT), ranked by how often each appears in
 * leaked password dumps; its first entries are the most common.
 */
const COMMON_PASSWORDS_REFUSED = 10_000;
let commonPasswords: Set<string> | undefined;

/** Decompressed on first use, not at start: only createAdmin and changePassword need it. */
function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common'].slice(0, COMMON_PASSWORDS_REFUSED).map((common) => common.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}

/** Stable words a console translates: `extensions.reason` of the refusal. */
export type PasswordRefusal = 'PASSWORD_LENGTH' | 'PASSWORD_COMMON';

/** What is wrong with a password an agent chooses, or null when it is acceptable. */
export function passwordProblem(password: string): { reason: PasswordRefusal; message: string } | null {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    return { reason: 'PASSWORD_LENGTH', message: `The password must have ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.` };
  }
  if (isCommonPassword(password)) {
    return {
      reason: 'PASSWORD_COMMON',
      message: 'This password is one of the most common ones, which attackers try first. Choose another.',
    };
  }
  return null;
}

/** The rule for a password an agent chooses (createAdmin, changePassword); `field` names the input. */
export function requireAcceptablePassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw appError('BAD_USER_INPUT', problem.message, { field, reason: problem.reason });
}

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against this when the email is unknown makes both failures cost the same time.
let decoyHash: Promise<string> | undefined;

export async function verifyPassword(hash: string | undefined, password: string): Promise<boolean> {
  decoyHash ??= hashPassword('decoy-password-for-unknown-emails');
  const ok = await argon2.verify(hash ?? (await decoyHash), password).catch(() => false);
  return ok && hash !== undefined;
}
