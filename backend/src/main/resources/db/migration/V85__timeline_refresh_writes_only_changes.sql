-- The public timeline's refresh (V82) writes a dossier row only when its arrays are not already right (issue 17).
-- Intake writes the changed dossiers with their timelines merged (the stored arrays and the entries it inserts next,
-- vn.motcua.dossier.TimelineAppend); the refresh after its entries' insert used to write each of those rows a second
-- time, with its index entries and foreign-key checks: pg_stat_statements put that refresh at 80 % of the entries'
-- insert and at about a third of intake's time in the database. The refresh still reads the entries of every dossier
-- whose entries change, whoever writes them, so a writer that gets the arrays wrong (or does not write them) is put
-- right in the same statement, as before.
create or replace function motcua_refresh_public_timeline() returns trigger
    language plpgsql as
$$
begin
    update dossier d
       set (timeline_at, timeline_status, timeline_agency) = (f.at, f.status, f.agency)
      from (select c.dossier_id, a.at, a.status, a.agency
              from (select distinct dossier_id from changed_events) c
                   cross join lateral (select array_agg(e.occurred_at order by e.occurred_at, e.id) as at,
                                              array_agg(e.status order by e.occurred_at, e.id) as status,
                                              array_agg(e.agency_name order by e.occurred_at, e.id) as agency
                                         from dossier_event e
                                        where e.dossier_id = c.dossier_id) a) f
     where d.id = f.dossier_id
       and (d.timeline_at, d.timeline_status, d.timeline_agency) is distinct from (f.at, f.status, f.agency);
    return null;
end
$$;
