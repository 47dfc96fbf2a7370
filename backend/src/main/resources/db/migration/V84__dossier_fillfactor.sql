-- Room on each page of dossier for a changed row's next version (issue 17). Intake writes a changed dossier twice in
-- its transaction: its own update (a status change touches indexed columns, so every index gets an entry) and the
-- public timeline's refresh (V82), which touches no indexed column. On a full page the refresh's version goes to
-- another page and all seven indexes of dossier (one of them on an expression) get an entry for it once more; with
-- room left on the page it is a heap-only (HOT) update and no index is touched. Pages written from now on keep a
-- fifth free; pages already full keep their old behaviour until rewritten. The lock taken lets reads and writes go on.
alter table dossier set (fillfactor = 80);
