import { Icon } from "../../components/icons";
import { projectionVerdict, type KpiProjection } from "./kpi-projection";

/** One line: where the trend of the reported values leads, as icon and text. */
export function ProjectionVerdict({ projection }: { projection: KpiProjection | null }) {
  const verdict = projectionVerdict(projection);
  return (
    <p className={`projection-verdict projection-verdict--${verdict.tone}`}>
      <Icon name={verdict.icon} />
      <span>
        <strong>{verdict.headline}</strong>
        {verdict.detail ? `. ${verdict.detail}.` : "."}
      </span>
    </p>
  );
}
