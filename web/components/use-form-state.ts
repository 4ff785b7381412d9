import { useCallback, useState } from "react";
import { withoutError, type FieldErrors } from "./form-errors.ts";

/** Values of a controlled form and the errors shown beside its fields. */
export function useFormState<T extends object>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const set = useCallback(<K extends keyof T & string>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    // An edited field's old message no longer applies.
    setErrors((current) => withoutError(current, key));
  }, []);

  const reset = useCallback((next: T) => {
    setValues(next);
    setErrors({});
  }, []);

  return { values, setValues, set, errors, setErrors, reset };
}
