\set n random(1, :codes)
-- the app's own lookup query (LookupRepository.BY_KEY), to split the gap between the database and the app
select d.id, d.code, d.status, d.received_at, d.due_at, d.finished_at, d.applicant_name,
       d.result_delivery, d.token_generation, p.code, p.name, a.name, a.hotline,
       (select c.old_due_at from due_date_change c where c.dossier_id = d.id
         order by c.changed_at desc, c.id desc limit 1),
       d.timeline_at, d.timeline_status, d.timeline_agency,
       exists (select 1 from dossier_document r where r.dossier_id = d.id and r.kind = 'result'
                                                   and r.url is not null)
  from dossier d
  left join procedure p on p.id = d.procedure_id
  left join agency a on a.id = d.agency_id
 where d.lookup_key = (select lookup_key from bench_code where n = :n)
 order by (d.code = (select code from bench_code where n = :n)) desc
 limit 1;
