-- Baseline of bench/intake.sh, new dossiers: what the app writes for one new DVCQG record, one transaction each:
-- look for the code (row lock; nothing found), insert the dossier, its timeline event and its outbox row (the
-- statement trigger outbox_notify fires pg_notify). :k counts this client's transactions (-D k=0), :run keeps
-- codes of different runs apart; :agency and :proc are the ids the app resolves for the records it is sent.
\set k :k + 1
BEGIN;
SELECT id FROM dossier WHERE code = '000.00.22.H12-P' || :run::text || '-' || :client_id::text || '-' || :k::text FOR UPDATE;
INSERT INTO dossier (code, lookup_key, procedure_id, agency_id, applicant_name, applicant_type, applicant_phone,
                     summary, status, status_event_at, received_at, due_at, channel, result_delivery, source_system,
                     created_at, updated_at)
VALUES ('000.00.22.H12-P' || :run::text || '-' || :client_id::text || '-' || :k::text, '0000022H12P' || :run::text || 'C' || :client_id::text || 'K' || :k::text,
        :proc, :agency, 'Nguyễn Văn Bình', 1, '0912345678', 'Cấp giấy chứng nhận quyền sử dụng đất lần đầu', 2,
        now(), now(), now() + interval '42 days', 'desk', 'desk', 'bench-pgbench', now(), now())
RETURNING id AS dossier_id, due_at AS due_at \gset
INSERT INTO dossier_event (dossier_id, event_key, status, agency_name, occurred_at, recorded_at, applied)
VALUES (:dossier_id, 's:' || md5(:dossier_id::text), 2, 'UBND huyện Hàm Thuận Bắc', now(), now(), true)
RETURNING id AS event_id \gset
INSERT INTO outbox (dossier_id, event_id, kind, from_status, to_status, payload, created_at)
VALUES (:dossier_id, :event_id, 'STATUS_CHANGED', NULL, 2,
        json_build_object('code', '000.00.22.H12-P' || :run::text || '-' || :client_id::text || '-' || :k::text, 'dueAt', :due_at::text,
                          'fromStatus', NULL, 'toStatus', 2)::text, now());
END;
