import { PasswordInput, type PasswordInputProps } from "@mantine/core";

/** Mantine's PasswordInput shows its error but does not mark the input invalid; screen readers need both. */
export function PasswordField(props: PasswordInputProps) {
  return <PasswordInput {...props} aria-invalid={props.error ? true : undefined} />;
}
