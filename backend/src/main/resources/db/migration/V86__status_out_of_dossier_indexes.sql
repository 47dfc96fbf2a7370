-- A dossier's status change updates its row in place, without touching any index (issue 17). PostgreSQL writes a
-- changed row's new version "heap-only" (HOT: on the same page, no index entry) only when no indexed column changed,
-- and a column used in an index's WHERE clause counts as indexed. The status was in two of dossier's seven indexes
-- (with the agency, and in the due-date index's condition), so every status change intake applied added an entry to
-- all seven, the fold of the applicant's name computed again for one of them. Without the status in any index, a
-- status change that keeps the agency, the due date, the phone and the name (nearly all of them) is one heap write;
-- V84's fillfactor keeps the room on the page for it.
--
-- What the two indexes served is still served:
-- - an officer's lists and counts (admin.ScopedDossierStore, performance.OnTimeFactStore) filter by the agencies in
--   scope, then by status: the agency index finds the rows, the status is checked on them, as the second column of
--   the old index was for every query that did not name one status;
-- - the reminders of dossiers due soon (outbox.OutboxStore) read a window of due dates, then keep the open ones:
--   the due-date index without a condition serves the window; the finished dossiers in it are skipped.
-- The indexes are built while writes wait (a few seconds for a million dossiers on the project's 2-core machine).
create index dossier_agency_idx on dossier(agency_id);
drop index dossier_agency_status_idx;
create index dossier_due_at_idx on dossier(due_at);
drop index dossier_due_idx;
