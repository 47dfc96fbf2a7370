\set n random(1, :codes)
select d.id, d.code, d.status, d.received_at, d.due_at, d.applicant_name
  from dossier d where d.lookup_key = (select lookup_key from bench_code where n = :n);
