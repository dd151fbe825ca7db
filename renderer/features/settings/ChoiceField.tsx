import { useId } from 'react';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** How a figure or date looks with this choice, e.g. "1 234,5". */
  example: string;
}

/** A group of radio buttons, each with an example of what it changes on screen. */
export function ChoiceField<V extends string>({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange: (value: V) => void;
}) {
  const name = useId();
  return (
    <fieldset className="settings-choice">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
          <span>{choice.label}</span>
          <bdi className="settings-example">{choice.example}</bdi>
        </label>
      ))}
    </fieldset>
  );
}
