import { forwardRef, type ChangeEvent, type HTMLAttributes } from "react";
import { Input } from "zmp-ui";
import type { InputRef } from "zmp-ui/input";

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  helperText?: string;
  error?: string | null;
  placeholder?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  enterKeyHint?: HTMLAttributes<HTMLInputElement>["enterKeyHint"];
  autoCapitalize?: string;
}

/**
 * zmp-ui Input with a real <label> and described help/error texts, so screen
 * readers (and tests) find the field by its Vietnamese label.
 */
export const TextField = forwardRef<InputRef, TextFieldProps>(function TextField(
  { id, label, value, onChange, helperText, error, placeholder, inputMode, enterKeyHint, autoCapitalize },
  ref,
) {
  const helpId = helperText ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, helpId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="text-field">
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      <Input
        ref={ref}
        id={id}
        value={value}
        size="large"
        type="text"
        placeholder={placeholder}
        inputMode={inputMode}
        enterKeyHint={enterKeyHint}
        autoCapitalize={autoCapitalize}
        autoComplete="off"
        autoCorrect="off"
        spellCheck={false}
        status={error ? "error" : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={onChange}
      />
      {error ? (
        <p id={errorId} className="text-field__error" role="alert">
          {error}
        </p>
      ) : null}
      {helperText ? (
        <p id={helpId} className="text-field__help">
          {helperText}
        </p>
      ) : null}
    </div>
  );
});
