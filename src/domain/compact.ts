/**
 * A copy of `value` without members that are undefined or the empty string: in forms an
 * emptied field means "not given", and stored records must not distinguish the two.
 */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== ''),
  ) as T;
}
