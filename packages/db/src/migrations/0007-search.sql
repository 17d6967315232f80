-- Search over the public text of measures and KPIs (docs/decisions/0007-search-with-fts5.md).
-- Only columns every reader may see are indexed (never risk, notes or history); who sees which
-- measure or KPI is decided by the queries, as before. The index holds text folded by
-- search_fold() and search_words(), the functions of packages/domain/src/search.ts that
-- openDatabase registers, so index, query and highlight fold the same way. rowid = the entity's id.
--   code … department, title … unit: folded without spaces, for substring search (trigrams);
--   head_words, body_words: folded words between spaces, for whole-word search of 1–2 letters.
CREATE VIRTUAL TABLE measure_search USING fts5(
  code, title, summary, description, department, head_words, body_words,
  tokenize = 'trigram'
);

CREATE TRIGGER measures_search_insert AFTER INSERT ON measures BEGIN
  INSERT INTO measure_search (rowid, code, title, summary, description, department, head_words, body_words)
  VALUES (new.id, search_fold(new.code), search_fold(new.title), search_fold(new.summary),
          search_fold(new.description), search_fold(new.department),
          search_words(new.code, new.title), search_words(new.summary, new.description, new.department));
END;

CREATE TRIGGER measures_search_update AFTER UPDATE OF id, code, title, summary, description, department ON measures BEGIN
  DELETE FROM measure_search WHERE rowid = old.id;
  INSERT INTO measure_search (rowid, code, title, summary, description, department, head_words, body_words)
  VALUES (new.id, search_fold(new.code), search_fold(new.title), search_fold(new.summary),
          search_fold(new.description), search_fold(new.department),
          search_words(new.code, new.title), search_words(new.summary, new.description, new.department));
END;

CREATE TRIGGER measures_search_delete AFTER DELETE ON measures BEGIN
  DELETE FROM measure_search WHERE rowid = old.id;
END;

-- Databases that hold measures already: index them now.
INSERT INTO measure_search (rowid, code, title, summary, description, department, head_words, body_words)
SELECT id, search_fold(code), search_fold(title), search_fold(summary), search_fold(description), search_fold(department),
       search_words(code, title), search_words(summary, description, department)
FROM measures;

CREATE VIRTUAL TABLE kpi_search USING fts5(
  title, description, unit, head_words, body_words,
  tokenize = 'trigram'
);

CREATE TRIGGER kpis_search_insert AFTER INSERT ON kpis BEGIN
  INSERT INTO kpi_search (rowid, title, description, unit, head_words, body_words)
  VALUES (new.id, search_fold(new.title), search_fold(new.description), search_fold(new.unit),
          search_words(new.title), search_words(new.description, new.unit));
END;

CREATE TRIGGER kpis_search_update AFTER UPDATE OF id, title, description, unit ON kpis BEGIN
  DELETE FROM kpi_search WHERE rowid = old.id;
  INSERT INTO kpi_search (rowid, title, description, unit, head_words, body_words)
  VALUES (new.id, search_fold(new.title), search_fold(new.description), search_fold(new.unit),
          search_words(new.title), search_words(new.description, new.unit));
END;

CREATE TRIGGER kpis_search_delete AFTER DELETE ON kpis BEGIN
  DELETE FROM kpi_search WHERE rowid = old.id;
END;

INSERT INTO kpi_search (rowid, title, description, unit, head_words, body_words)
SELECT id, search_fold(title), search_fold(description), search_fold(unit),
       search_words(title), search_words(description, unit)
FROM kpis;
