import { MIN_PASSPHRASE_LENGTH } from '../../../db/contract/groups/workspace';

export type PassphraseProblem = 'tooShort' | 'mismatch';

/** The same rule as the contract's, checked before anything is sent, plus the repeat matching. */
export function passphraseProblem(passphrase: string, repeat: string): PassphraseProblem | null {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return 'tooShort';
  if (passphrase !== repeat) return 'mismatch';
  return null;
}

export { MIN_PASSPHRASE_LENGTH };
