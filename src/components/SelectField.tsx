import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectFieldProps {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange: (value: string) => void;
  name: string;
  disabled?: boolean;
}

/** A labelled native select: keyboard, screen readers and touch work without extra code. */
export function SelectField({
  label,
  value,
  options,
  onChange,
  name,
  disabled = false,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={`select-field select-field-${name}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
