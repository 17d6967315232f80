import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { Link, useLocation, useParams } from "react-router";
import { adminMeasuresQuery, measureQuery } from "../../../api/queries";
import { QueryState } from "../../../components/query-state";
import { useDocumentTitle } from "../../../components/use-document-title";
import { draftFromMeasure, emptyMeasureDraft } from "./measure-draft";
import { MeasureEditor } from "./measure-editor";

/** /verwaltung/massnahmen/neu and /verwaltung/massnahmen/:code */
export function MeasureEditPage() {
  const { code } = useParams();
  return code ? <EditMeasure key={code} code={code} /> : <CreateMeasure />;
}

function Breadcrumb({ current }: { current: string }) {
  return (
    <nav aria-label="Brotkrumenpfad" className="breadcrumb">
      <ol>
        <li>
          <Link to="/verwaltung/massnahmen">Maßnahmen verwalten</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}

function CreateMeasure() {
  useDocumentTitle("Neue Maßnahme");
  return (
    <>
      <Breadcrumb current="Neue Maßnahme" />
      <h1>Neue Maßnahme</h1>
      <MeasureEditor mode="create" initial={emptyMeasureDraft()} complete version={0} notice={null} onNotice={() => {}} />
    </>
  );
}

function EditMeasure({ code }: { code: string }) {
  const list = useQuery(adminMeasuresQuery());
  const row = list.data?.items.find((m) => m.code === code);
  // The public read route leaves archived measures out, for administrators too.
  const detail = useQuery({ ...measureQuery(code), enabled: row !== undefined && !row.archived, retry: false });
  const created = (useLocation().state as { created?: boolean } | null)?.created === true;
  const [notice, setNotice] = useState<string | null>(created ? "Die Maßnahme wurde angelegt." : null);
  return (
    <QueryState query={list} pageTitle="Maßnahme bearbeiten">
      {() => {
        if (!row) return <NotFound code={code} />;
        if (!row.archived && detail.isPending) {
          return (
            <p role="status" className="loading">
              Wird geladen …
            </p>
          );
        }
        const { draft, complete } = draftFromMeasure(row, detail.data ?? null);
        return (
          <>
            <Breadcrumb current={code} />
            <Title code={code} title={row.title} />
            <p>
              <Link to={`/massnahmen/${code}`}>Öffentliche Seite der Maßnahme</Link>
              {row.isPublic ? "" : " (nur angemeldet sichtbar)"}
            </p>
            <MeasureEditor mode="edit" initial={draft} complete={complete} version={row.version} notice={notice} onNotice={setNotice} />
          </>
        );
      }}
    </QueryState>
  );
}

function Title({ code, title }: { code: string; title: string }) {
  useDocumentTitle(`${code} bearbeiten`);
  return (
    <>
      <p className="eyebrow">Maßnahme {code}</p>
      <h1>{title} bearbeiten</h1>
    </>
  );
}

function NotFound({ code }: { code: string }) {
  useDocumentTitle("Nicht gefunden");
  return (
    <>
      <h1>Nicht gefunden</h1>
      <p>
        Die Maßnahme „{code}“ gibt es nicht. <Link to="/verwaltung/massnahmen">Zur Liste der Maßnahmen</Link>
      </p>
    </>
  );
}
