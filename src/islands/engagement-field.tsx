import type { FieldSpec } from '../lib/engagements/form';

/** One labelled field, its hint and the schema's message for it. */
export function FormField({
  f,
  id: fid,
  value,
  error,
  onInput,
  onChange,
  onBlur,
}: {
  f: FieldSpec;
  id: string;
  value: string;
  error: string | undefined;
  onInput: (e: Event) => void;
  onChange: (() => void) | undefined;
  onBlur: () => void;
}) {
  const described = [f.hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id: fid,
    name: f.key,
    value,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
    onInput,
    onChange,
    onBlur,
  };
  return (
    <div class={`field field-${f.type}`}>
      <label for={fid}>
        {f.label}
        {f.optional && <span class="optional"> (optional)</span>}
      </label>
      {f.hint && (
        <span class="hint" id={`${fid}-hint`}>
          {f.hint}
        </span>
      )}
      {f.type === 'textarea' ? (
        <textarea {...common} rows={3} maxLength={f.max} />
      ) : f.type === 'date' ? (
        <input {...common} type="date" min="2000-01-01" max="2099-12-31" />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={f.type === 'number' ? 'decimal' : undefined}
          maxLength={f.max}
          autoComplete="off"
        />
      )}
      {error && (
        <span class="field-error" id={`${fid}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
