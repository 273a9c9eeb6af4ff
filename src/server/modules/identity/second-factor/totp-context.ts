import { type TotpSecrets, totpSecrets } from './secret-sealing.ts';
import { epochSecondsNow } from './totp.ts';

/** What checking a TOTP code needs: the key that opens the sealed secrets, and the time to check at. */
export interface TotpContext {
  secrets: TotpSecrets;
  /** Now, in whole seconds since the epoch. */
  epochSeconds: () => number;
}

/** Made once per app; tests give their own clock so that each code is made for an exact step. */
export function totpContext(installationKey: Buffer, clock: () => number = epochSecondsNow): TotpContext {
  return { secrets: totpSecrets(installationKey), epochSeconds: clock };
}
