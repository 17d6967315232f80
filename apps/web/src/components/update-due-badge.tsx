import { Badge } from "./badge";

/** Marks a measure whose update interval has passed without an update: icon and text. */
export function UpdateDueBadge() {
  return <Badge className="badge--update-due" icon="clock" text="Aktualisierung fällig" />;
}
