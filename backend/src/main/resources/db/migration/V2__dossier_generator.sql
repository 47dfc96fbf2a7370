-- Synthetic dossiers for demos and benchmarks: realistic codes (agency-YYMMDD-NNNN), a status mix close to
-- a real one-stop centre's, due dates from the procedure's processing time, and a timeline per dossier.
-- Used by the demo loader (a few hundred) and by bench/ (a million): one generator for both.
create or replace function motcua_generate_dossiers(n integer) returns integer
language plpgsql as $$
declare
    agency_ids   bigint[];
    agency_codes text[];
    agency_names text[];
    proc_ids     bigint[];
    proc_days    integer[];
    n_agencies   integer;
    n_procs      integer;
    first_k      bigint;
    last_id      bigint;
begin
    select array_agg(id order by id), array_agg(code order by id), array_agg(name order by id)
      into agency_ids, agency_codes, agency_names
      from agency where not placeholder and code ~ '^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}$';
    select array_agg(id order by id), array_agg(coalesce(processing_days, 10) order by id)
      into proc_ids, proc_days from procedure where not placeholder;
    if agency_ids is null or proc_ids is null then
        raise exception 'load agencies and procedures before generating dossiers';
    end if;
    n_agencies := array_length(agency_ids, 1);
    n_procs := array_length(proc_ids, 1);
    select count(*) into first_k from dossier where source_system = 'generator';
    select coalesce(max(id), 0) into last_id from dossier;

    insert into dossier (code, lookup_key, procedure_id, agency_id, applicant_name, applicant_type, applicant_phone,
                         status, status_event_at, received_at, due_at, finished_at, returned_at, channel,
                         result_delivery, notify_consent, source_system, created_at, updated_at)
    select s.code, replace(replace(s.code, '.', ''), '-', ''), s.proc_id, s.agency_id, s.applicant,
           case when s.k % 7 = 0 then 2 else 1 end, '849' || lpad((s.k % 100000000)::text, 8, '0'),
           s.status, coalesce(s.returned, s.finished, s.received), s.received,
           s.received + make_interval(days => ceil(s.days * 1.4)::int),
           s.finished, s.returned,
           (array['desk', 'online', 'post'])[1 + s.k % 3], case when s.k % 5 = 0 then 'post' else 'desk' end,
           s.k % 2 = 0, 'generator', now(), now()
      from (
        select g.k, g.status, g.proc_id, g.agency_id, g.days, g.received, g.code, g.applicant,
               case when g.status in (3, 8, 9, 10)
                    then g.received + make_interval(hours => (g.days * 24 * (0.5 + (g.k % 11) / 10.0))::int) end as finished,
               case when g.status = 10
                    then g.received + make_interval(hours => (g.days * 24 * (0.5 + (g.k % 11) / 10.0))::int + 48) end as returned
          from (
            select k,
                   st.status,
                   proc_ids[1 + (k * 7) % n_procs] as proc_id,
                   agency_ids[1 + k % n_agencies] as agency_id,
                   proc_days[1 + (k * 7) % n_procs] as days,
                   rcv.received,
                   agency_codes[1 + k % n_agencies] || '-' || to_char(rcv.received, 'YYMMDD') || '-' || rcv.seq as code,
                   (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi'])[1 + k % 10] || ' ' ||
                   (array['Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'Thanh'])[1 + (k / 10) % 6] || ' ' ||
                   (array['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Khoa', 'Lan', 'Mai', 'Nam', 'Oanh', 'Phúc'])[1 + (k / 60) % 12] as applicant
              from generate_series(first_k, first_k + n - 1) as k
              cross join lateral (select case
                    when k % 100 < 5 then 1 when k % 100 < 15 then 2 when k % 100 < 40 then 4
                    when k % 100 < 45 then 5 when k % 100 < 50 then 6 when k % 100 < 52 then 3
                    when k % 100 < 53 then 7 when k % 100 < 55 then 8 when k % 100 < 65 then 9
                    else 10 end as status) st
              -- open dossiers were received recently, closed ones over the years since 2019;
              -- the two keep disjoint sequence ranges so every code is unique
              cross join lateral (select case when st.status in (1, 2, 4, 5, 6, 7)
                    then (current_date - ((k / n_agencies) % 45)::int) + time '08:00' + make_interval(mins => (k % 480)::int)
                    else (date '2019-01-01' + ((k / n_agencies) % 2500)::int) + time '08:00' + make_interval(mins => (k % 480)::int)
                    end::timestamp at time zone 'Asia/Ho_Chi_Minh' as received,
                    case when st.status in (1, 2, 4, 5, 6, 7)
                    then lpad((5000 + ((k / n_agencies) / 45) % 5000)::text, 4, '0')
                    else lpad((1 + ((k / n_agencies) / 2500) % 5000)::text, 4, '0') end as seq) rcv
          ) g
      ) s;

    -- a timeline: reception, processing, then the current status
    insert into dossier_event (dossier_id, event_key, status, agency_name, occurred_at, recorded_at, applied)
    select d.id, 'gen:' || e.status, e.status, a.name, e.at, now(), true
      from dossier d
      join agency a on a.id = d.agency_id
      cross join lateral (
        select 2 as status, d.received_at as at where d.status <> 1
        union all select 4, d.received_at + interval '1 day' where d.status in (4, 5, 6, 8, 9, 10)
        union all select d.status, coalesce(d.returned_at, d.finished_at, d.received_at + interval '2 days')
                  where d.status not in (2, 4)
      ) e
     where d.id > last_id and d.source_system = 'generator';
    return n;
end $$;
