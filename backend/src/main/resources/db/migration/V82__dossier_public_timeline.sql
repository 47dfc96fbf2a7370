-- The public lookup's timeline kept on the dossier row (issue 17). Reading it from dossier_event on every lookup
-- (an index scan, the events' heap pages, three ordered aggregates) was the largest part of the lookup's cost in
-- the database: pgbench ran the lookup's query at 6,800 a second with it and 9,300 with these columns read instead.
-- Statement triggers keep the columns in the same transaction as any write of dossier_event, whoever makes it
-- (intake, officers, merges, the generator), so the lookup never shows a timeline older than the events.
alter table dossier
    add column timeline_at     timestamptz[],
    add column timeline_status smallint[],
    add column timeline_agency varchar[];

create function motcua_refresh_public_timeline() returns trigger
    language plpgsql as
$$
begin
    update dossier d
       set (timeline_at, timeline_status, timeline_agency) =
           (select array_agg(e.occurred_at order by e.occurred_at, e.id),
                   array_agg(e.status order by e.occurred_at, e.id),
                   array_agg(e.agency_name order by e.occurred_at, e.id)
              from dossier_event e
             where e.dossier_id = d.id)
     where d.id in (select distinct dossier_id from changed_events);
    return null;
end
$$;

create trigger dossier_event_timeline_insert after insert on dossier_event
    referencing new table as changed_events for each statement execute function motcua_refresh_public_timeline();
create trigger dossier_event_timeline_update after update on dossier_event
    referencing new table as changed_events for each statement execute function motcua_refresh_public_timeline();
-- an event moved to another dossier (a merge) leaves its old dossier too
create trigger dossier_event_timeline_update_old after update on dossier_event
    referencing old table as changed_events for each statement execute function motcua_refresh_public_timeline();
create trigger dossier_event_timeline_delete after delete on dossier_event
    referencing old table as changed_events for each statement execute function motcua_refresh_public_timeline();

-- the dossiers already there
update dossier d
   set (timeline_at, timeline_status, timeline_agency) =
       (select array_agg(e.occurred_at order by e.occurred_at, e.id),
               array_agg(e.status order by e.occurred_at, e.id),
               array_agg(e.agency_name order by e.occurred_at, e.id)
          from dossier_event e
         where e.dossier_id = d.id)
 where exists (select 1 from dossier_event e where e.dossier_id = d.id);
