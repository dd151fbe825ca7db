import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Chord, Key } from './shortcuts';

/** Keys are printed left to right in every language: that is how they read on the keyboard. */
export function KeyChords({ chords, mac }: { chords: readonly Chord[]; mac: boolean }) {
  const { t } = useTranslation('app');
  const label = (key: Key): string => {
    switch (key) {
      case 'Mod':
        return mac ? '⌘' : t('keys.ctrl');
      case 'Alt':
        return mac ? '⌥' : t('keys.alt');
      case 'Shift':
        return t('keys.shift');
      case 'Escape':
        return t('keys.escape');
      case 'Enter':
        return t('keys.enter');
      case 'Tab':
        return t('keys.tab');
      case 'Space':
        return t('keys.space');
      default:
        return key;
    }
  };
  return (
    <span className="key-chords">
      {chords.map((chord, i) => (
        <Fragment key={chord.join('+')}>
          {i > 0 && <span className="key-or"> {t('shortcuts.or')} </span>}
          <span className="chord" dir="ltr">
            {chord.map((key, j) => (
              <Fragment key={key}>
                {j > 0 && '+'}
                <kbd>{label(key)}</kbd>
              </Fragment>
            ))}
          </span>
        </Fragment>
      ))}
    </span>
  );
}
