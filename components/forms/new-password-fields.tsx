import { TextField } from './text-field';

/** A new password and its repetition; the action compares the two. */
export function NewPasswordFields({
  name = 'password',
  label = 'Password',
  errors,
}: {
  name?: string;
  label?: string;
  errors: Record<string, string | undefined>;
}) {
  return (
    <>
      <TextField
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        hint="At least 12 characters."
        error={errors[name]}
      />
      <TextField
        label={`Repeat ${label.toLowerCase()}`}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
    </>
  );
}
