import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Field encryption for secrets the server must read back (a TOTP secret; later, others). AES-256-GCM
// under a key derived with HKDF-SHA256 from the installation key, one derived key per purpose, so a
// key used for one kind of field can never open another. Each value is bound to a context (for
// example its tenant and user) as additional authenticated data: a ciphertext copied onto another
// row fails to decrypt there, so someone who can write the table still cannot swap secrets around.
//
// Stored form: "v1." + base64url(iv ‖ ciphertext ‖ tag). The version names the scheme and the key,
// so that a later key rotation can tell old values from new ones.

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export class FieldDecryptionError extends Error {
  override name = 'FieldDecryptionError';
}

/** Encrypts and decrypts the fields of one purpose. */
export interface FieldCipher {
  encrypt(plaintext: string, context: string): string;
  /** Throws FieldDecryptionError for a value that was changed, bound to another context, or made with another key. */
  decrypt(sealed: string, context: string): string;
}

/** A cipher for one purpose (HKDF `info`, e.g. "pathways totp") under the 32-byte installation key. */
export function fieldCipher(installationKey: Buffer, purpose: string): FieldCipher {
  if (installationKey.length !== KEY_BYTES) throw new TypeError('the installation key must be 32 bytes');
  if (purpose.length === 0) throw new TypeError('a field cipher needs a purpose');
  const key = Buffer.from(hkdfSync('sha256', installationKey, Buffer.alloc(0), purpose, KEY_BYTES));

  return {
    encrypt(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`;
    },
    decrypt(sealed, context) {
      const [version, payload, ...rest] = sealed.split('.');
      if (version !== VERSION || payload === undefined || rest.length > 0) {
        throw new FieldDecryptionError('not an encrypted field of a known version');
      }
      const bytes = Buffer.from(payload, 'base64url');
      if (bytes.length < IV_BYTES + TAG_BYTES)
        throw new FieldDecryptionError('the encrypted field is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
      try {
        const body = bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch (error) {
        // GCM says only "unable to authenticate": a changed value, another context or another key.
        throw new FieldDecryptionError('the encrypted field does not authenticate', { cause: error });
      }
    },
  };
}
