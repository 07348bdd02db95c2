import type { ComponentChildren } from 'preact';

// Form parts that every staff page shares: a label tied to its field, a hint and an error read
// out with the field (aria-describedby), and a summary that links to each field with a problem.

export interface FieldError {
  field: string;
  message: string;
}

export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}

export function ErrorSummary(props: { title: string; errors: FieldError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{props.title}</h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The label, hint and error around one control, in the order a screen reader should meet them. */
function FieldFrame(props: { id: string; label: string; hint?: string | undefined; error?: string | undefined; children: ComponentChildren }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
      {props.children}
    </div>
  );
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function TextField(props: {
  id: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'date' | 'search';
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
}) {
  const { id } = props;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <input
        {...({ type: props.type ?? 'text' } as { type: 'text' })}
        id={id}
        name={id}
        value={props.type === 'password' ? undefined : props.value}
        autocomplete={props.autocomplete}
        required={props.required}
        maxLength={props.maxLength}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(id, props.hint, props.error)}
      />
    </FieldFrame>
  );
}

export function SelectField(props: {
  id: string;
  label: string;
  value?: string | null;
  options: { value: string; label: string }[];
  hint?: string;
  error?: string;
}) {
  const { id } = props;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <select id={id} name={id} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy(id, props.hint, props.error)}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === (props.value ?? '')}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function TextArea(props: { id: string; label: string; value: string; error?: string; hint?: string; rows?: number }) {
  const { id } = props;
  return (
    <FieldFrame id={id} label={props.label} hint={props.hint} error={props.error}>
      <textarea id={id} name={id} rows={props.rows ?? 3} cols={60} aria-invalid={props.error ? 'true' : undefined} aria-describedby={describedBy(id, props.hint, props.error)}>
        {props.value}
      </textarea>
    </FieldFrame>
  );
}

/** A form that posts back with its CSRF token. */
export function PostForm(props: { action: string; csrf: string; children: ComponentChildren; class?: string; novalidate?: boolean }) {
  return (
    <form method="post" action={props.action} class={props.class} noValidate={props.novalidate}>
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.children}
    </form>
  );
}
