import { type FieldCipher, fieldCipher } from '../../../platform/crypto/field-encryption.ts';

// TOTP secrets at rest: encrypted with a key derived for this purpose alone from the installation
// key, and bound to the tenant and user they belong to (a sealed secret copied onto another user's
// row does not open there). Pending and active secrets share the binding, so confirming an enrolment
// moves the sealed value without opening it.

export const TOTP_KEY_PURPOSE = 'pathways totp';

/** Seals and opens TOTP secrets; made once per app from the installation key. */
export interface TotpSecrets {
  seal(owner: SecretOwner, secret: string): string;
  open(owner: SecretOwner, sealed: string): string;
}

export interface SecretOwner {
  tenantId: string;
  userId: string;
}

export function totpSecrets(installationKey: Buffer): TotpSecrets {
  const cipher: FieldCipher = fieldCipher(installationKey, TOTP_KEY_PURPOSE);
  const context = (owner: SecretOwner) => `totp:${owner.tenantId}:${owner.userId}`;
  return {
    seal: (owner, secret) => cipher.encrypt(secret, context(owner)),
    open: (owner, sealed) => cipher.decrypt(sealed, context(owner)),
  };
}
