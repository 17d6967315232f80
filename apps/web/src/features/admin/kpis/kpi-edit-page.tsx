import { useQuery } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "react-router";
import { kpiQuery } from "../../../api/queries";
import { QueryState } from "../../../components/query-state";
import { useDocumentTitle } from "../../../components/use-document-title";
import { draftFromKpi, emptyKpiDraft } from "./kpi-draft";
import { KpiEditor } from "./kpi-editor";

/** /verwaltung/kennzahlen/neu and /verwaltung/kennzahlen/:id */
export function KpiEditPage() {
  const { id } = useParams();
  return id ? <EditKpi key={id} id={id} /> : <CreateKpi />;
}

function Breadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Brotkrumenpfad" className="breadcrumb">
      <ol>
        <li>
          <Link to="/verwaltung/kennzahlen">Kennzahlen verwalten</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

function CreateKpi() {
  useDocumentTitle("Neue Kennzahl");
  return (
    <>
      <Breadcrumb current="Neue Kennzahl" />
      <h1>Neue Kennzahl</h1>
      <KpiEditor mode="create" initial={emptyKpiDraft()} />
    </>
  );
}

function EditKpi({ id }: { id: string }) {
  const kpi = useQuery(kpiQuery(id));
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  return (
    <QueryState query={kpi} pageTitle="Kennzahl bearbeiten">
      {(data) => (
        <>
          <Breadcrumb current={data.title} />
          <Title title={data.title} />
          <p>
            <Link to={`/kennzahlen/${id}`}>Seite der Kennzahl</Link>
          </p>
          <KpiEditor mode="edit" initial={draftFromKpi(data)} created={created} />
        </>
      )}
    </QueryState>
  );
}

function Title({ title }: { title: string }) {
  useDocumentTitle(`${title} bearbeiten`);
  return <h1>{title} bearbeiten</h1>;
}
