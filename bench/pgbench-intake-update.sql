-- Baseline of bench/intake.sh, status updates: what the app writes for one status change of an existing dossier,
-- one transaction each: lock the dossier row by its code, update it, insert the timeline event and the outbox
-- row (the statement trigger outbox_notify fires pg_notify). bench_intake_code holds the codes the app's
-- workload created (1..:count).
\set n random(1, :count)
BEGIN;
SELECT d.id AS dossier_id, d.status AS from_status, d.code AS code, d.due_at AS due_at
  FROM bench_intake_code b JOIN dossier d ON d.code = b.code WHERE b.n = :n FOR UPDATE OF d \gset
UPDATE dossier SET status = CASE WHEN status = 4 THEN 9 ELSE 4 END, source_status = NULL, status_event_at = now(),
                   version = version + 1, updated_at = now()
 WHERE id = :dossier_id RETURNING status AS to_status \gset
INSERT INTO dossier_event (dossier_id, event_key, status, agency_name, occurred_at, recorded_at, applied)
VALUES (:dossier_id, 's:' || md5(random()::text), :to_status, 'UBND huyện Hàm Thuận Bắc', now(), now(), true)
RETURNING id AS event_id \gset
INSERT INTO outbox (dossier_id, event_id, kind, from_status, to_status, payload, created_at)
VALUES (:dossier_id, :event_id, 'STATUS_CHANGED', :from_status, :to_status,
        json_build_object('code', :code::text, 'dueAt', :due_at::text, 'fromStatus', :from_status::int,
                          'toStatus', :to_status::int)::text, now());
END;
