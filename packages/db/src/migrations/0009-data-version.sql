-- One number that changes with every change of the data a reader can see, in the same transaction
-- as the change itself: triggers bump it, so no writer can forget to. Computed answers are kept
-- per version and served until it moves (apps/api/src/middleware/answer-cache.ts).
-- users is included because leads' names appear in answers for signed-in readers; a sign-in's
-- last_sign_in_at is not part of any answer and does not count.
CREATE TABLE data_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n INTEGER NOT NULL
);
INSERT INTO data_version (id, n) VALUES (1, 1);

CREATE TRIGGER strategy_insert_bumps_version AFTER INSERT ON strategy
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER strategy_update_bumps_version AFTER UPDATE ON strategy
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER strategy_delete_bumps_version AFTER DELETE ON strategy
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER target_groups_insert_bumps_version AFTER INSERT ON target_groups
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER target_groups_update_bumps_version AFTER UPDATE ON target_groups
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER target_groups_delete_bumps_version AFTER DELETE ON target_groups
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topics_insert_bumps_version AFTER INSERT ON topics
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topics_update_bumps_version AFTER UPDATE ON topics
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER topics_delete_bumps_version AFTER DELETE ON topics
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER fields_insert_bumps_version AFTER INSERT ON fields
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER fields_update_bumps_version AFTER UPDATE ON fields
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER fields_delete_bumps_version AFTER DELETE ON fields
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measures_insert_bumps_version AFTER INSERT ON measures
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measures_update_bumps_version AFTER UPDATE ON measures
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measures_delete_bumps_version AFTER DELETE ON measures
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_target_groups_insert_bumps_version AFTER INSERT ON measure_target_groups
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_target_groups_update_bumps_version AFTER UPDATE ON measure_target_groups
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_target_groups_delete_bumps_version AFTER DELETE ON measure_target_groups
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_topics_insert_bumps_version AFTER INSERT ON measure_topics
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_topics_update_bumps_version AFTER UPDATE ON measure_topics
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_topics_delete_bumps_version AFTER DELETE ON measure_topics
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_insert_bumps_version AFTER INSERT ON milestones
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_update_bumps_version AFTER UPDATE ON milestones
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestones_delete_bumps_version AFTER DELETE ON milestones
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_updates_insert_bumps_version AFTER INSERT ON measure_updates
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_updates_update_bumps_version AFTER UPDATE ON measure_updates
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_updates_delete_bumps_version AFTER DELETE ON measure_updates
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpis_insert_bumps_version AFTER INSERT ON kpis
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpis_update_bumps_version AFTER UPDATE ON kpis
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpis_delete_bumps_version AFTER DELETE ON kpis
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_measures_insert_bumps_version AFTER INSERT ON kpi_measures
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_measures_update_bumps_version AFTER UPDATE ON kpi_measures
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_measures_delete_bumps_version AFTER DELETE ON kpi_measures
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_targets_insert_bumps_version AFTER INSERT ON kpi_targets
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_targets_update_bumps_version AFTER UPDATE ON kpi_targets
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_targets_delete_bumps_version AFTER DELETE ON kpi_targets
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_values_insert_bumps_version AFTER INSERT ON kpi_values
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_values_update_bumps_version AFTER UPDATE ON kpi_values
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER kpi_values_delete_bumps_version AFTER DELETE ON kpi_values
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER committee_sessions_insert_bumps_version AFTER INSERT ON committee_sessions
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER committee_sessions_update_bumps_version AFTER UPDATE ON committee_sessions
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER committee_sessions_delete_bumps_version AFTER DELETE ON committee_sessions
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_plans_insert_bumps_version AFTER INSERT ON measure_plans
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_plans_update_bumps_version AFTER UPDATE ON measure_plans
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER measure_plans_delete_bumps_version AFTER DELETE ON measure_plans
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestone_plans_insert_bumps_version AFTER INSERT ON milestone_plans
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestone_plans_update_bumps_version AFTER UPDATE ON milestone_plans
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER milestone_plans_delete_bumps_version AFTER DELETE ON milestone_plans
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER users_insert_bumps_version AFTER INSERT ON users
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER users_update_bumps_version AFTER UPDATE OF email, name, role, is_active ON users
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER users_delete_bumps_version AFTER DELETE ON users
BEGIN UPDATE data_version SET n = n + 1 WHERE id = 1; END;
