import { Icon } from "./icons";

/**
 * Marks a measure not marked public wherever a signed-in reader meets it in a list: a lock and the
 * word "intern", with "nicht öffentlich" for screen readers and as the tooltip. Renders nothing for
 * a public measure, which is all an anonymous reader ever gets. Starts with a space, so it can
 * follow a title directly.
 */
export function InternalBadge({ isPublic }: { isPublic: boolean }) {
  if (isPublic) return null;
  return (
    <>
      {" "}
      <span className="badge badge--internal badge--compact" title="nicht öffentlich">
        <Icon name="lock" />
        <span>intern</span>
        <span className="visually-hidden"> – nicht öffentlich</span>
      </span>
    </>
  );
}
