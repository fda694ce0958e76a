// Form controls: GC Design System inputs named by their input path, so API field errors land next to them
// (gcds error messages, aria-invalid and aria-describedby are set by the components).
import { GcdsCheckboxes, GcdsInput, GcdsRadios, GcdsSelect } from '@gcds-core/components-react';
import { fieldId } from '../lib/fields.ts';
import { useWords } from '../i18n.ts';

interface Base {
  /** Input path (`firstLanguage.speaking`): the control's id and the key of its API errors. */
  path: string;
  errors: ReadonlyMap<string, string>;
  hint?: string;
}

export function TextField(
  props: Base & {
    label: string;
    value: string;
    onChange: (value: string) => void;
    inputmode?: 'text' | 'numeric' | 'decimal' | 'search';
    size?: number;
    suggestions?: { label: string; value: string }[];
    autocomplete?: string;
  },
) {
  const { path, errors, hint, label, value, onChange, inputmode, size, suggestions, autocomplete } = props;
  const id = fieldId(path);
  return (
    <GcdsInput
      id={id}
      inputId={id}
      name={path}
      label={label}
      type="text"
      value={value}
      validateOn="other"
      autocomplete={autocomplete ?? 'off'}
      {...(inputmode ? { inputmode } : {})}
      {...(size ? { size } : {})}
      {...(hint ? { hint } : {})}
      {...(suggestions && suggestions.length > 0 ? { suggestions } : {})}
      errorMessage={errors.get(path) ?? ''}
      onGcdsInput={(e) => onChange(String(e.detail ?? ''))}
    />
  );
}

export function SelectField<V extends string>(
  props: Base & { label: string; value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void },
) {
  const { path, errors, hint, label, value, options, onChange } = props;
  const id = fieldId(path);
  return (
    <GcdsSelect
      id={id}
      selectId={id}
      name={path}
      label={label}
      value={value}
      validateOn="other"
      {...(hint ? { hint } : {})}
      errorMessage={errors.get(path) ?? ''}
      onGcdsChange={(e) => onChange(String(e.detail) as V)}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </GcdsSelect>
  );
}

/** A yes/no question as two radio buttons. */
export function YesNoField(props: Base & { legend: string; value: boolean; onChange: (value: boolean) => void }) {
  const { path, errors, hint, legend, value, onChange } = props;
  const { t } = useWords();
  const id = fieldId(path);
  return (
    <GcdsRadios
      id={id}
      name={id}
      legend={legend}
      value={value ? 'yes' : 'no'}
      validateOn="other"
      {...(hint ? { hint } : {})}
      errorMessage={errors.get(path) ?? ''}
      options={[
        { id: `${id}-yes`, label: t('web.yes'), value: 'yes' },
        { id: `${id}-no`, label: t('web.no'), value: 'no' },
      ]}
      onGcdsChange={(e) => onChange(e.detail === 'yes')}
    />
  );
}

/** One checkbox (a single GcdsCheckboxes option renders without a group legend). */
export function CheckboxField(props: Base & { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const { path, errors, hint, label, checked, onChange } = props;
  const id = fieldId(path);
  return (
    <GcdsCheckboxes
      id={`${id}-group`}
      name={id}
      legend={label}
      value={checked ? ['on'] : []}
      validateOn="other"
      errorMessage={errors.get(path) ?? ''}
      options={[{ id, label, value: 'on', ...(hint ? { hint } : {}) }]}
      onGcdsChange={(e) => {
        const detail = e.detail as unknown;
        onChange(Array.isArray(detail) ? detail.includes('on') : Boolean(detail));
      }}
    />
  );
}
