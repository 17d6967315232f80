import { formatDate, type KpiSummary } from "@sm/domain/web";
import { KpiFigure } from "./kpi-figure";
import { attainmentProvenance, valueProvenance } from "./value-provenance";

type Kpi = Pick<KpiSummary, "id" | "unit" | "decimals" | "baseline" | "target" | "latest" | "attainment">;

/** "Letzter Wert 549 [Beispieldaten] am 30.09.2026, Ziel 650 [Planwert] bis 31.12.2027": a KPI in one line, each figure marked. */
export function KpiStatus({ kpi, className = "" }: { kpi: Kpi; className?: string }) {
  const target = (
    <>
      Ziel <KpiFigure kpi={kpi} date={kpi.target.date} value={kpi.target.value} provenance={{ kind: "target" }} /> bis{" "}
      {formatDate(kpi.target.date)}
    </>
  );
  if (!kpi.latest) return <p className={`kpi-status ${className}`.trim()}>Noch kein Wert gemeldet, {target}</p>;
  return (
    <p className={`kpi-status ${className}`.trim()}>
      Letzter Wert <KpiFigure kpi={kpi} date={kpi.latest.date} value={kpi.latest.value} provenance={valueProvenance(kpi.latest)} /> am{" "}
      {formatDate(kpi.latest.date)}, {target}
    </p>
  );
}

/** "Zielerreichung: 58 % [aus Beispieldaten]" */
export function KpiAttainment({ kpi }: { kpi: Kpi }) {
  return (
    <p className="muted">
      Zielerreichung:{" "}
      {kpi.attainment === null || !kpi.latest ? (
        "–"
      ) : (
        <KpiFigure kpi={kpi} date={kpi.latest.date} value={kpi.attainment} provenance={attainmentProvenance(kpi)} />
      )}
    </p>
  );
}
