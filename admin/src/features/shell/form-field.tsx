import type { InputHTMLAttributes } from 'react';

/** A labelled input with its error under it, tied together for screen readers. */
export function FormField(props: { id: string; label: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const { id, label, error, ...input } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A form's outcome under its fields: what went wrong (announced at once), or that it worked. */
export function FormOutcome({ error, notice }: { error?: string | null; notice?: string | null }) {
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (!notice) return null;
  return (
    <p className="notice" role="status">
      {notice}
    </p>
  );
}
