-- The rest of the public lookup on the dossier row (issue 17), after the timeline (V82): the procedure's code and
-- name, the agency's name and hotline, the due date before the last extension and whether a result document is
-- online. With them the lookup is one indexed read of one row, like pgbench's select by code; pgbench ran the
-- lookup's query at 12,839 a second with the two joins and 15,555 without them on the same database.
--
-- The database keeps the copies, in the writer's transaction, whoever writes (intake, officers, the settings'
-- renames, the catalogue import, merges, the generator): no Java class writes these columns, so none can forget
-- them. A dossier's own row takes the names when it is written with a new agency or procedure (row trigger);
-- a renamed agency or procedure updates its dossiers once per statement, only when a name really changed.
alter table dossier
    add column public_procedure_code  varchar(60),
    add column public_procedure_name  varchar(500),
    add column public_agency_name     varchar(300),
    add column public_agency_hotline  varchar(30),
    add column public_previous_due_at timestamptz,
    add column public_has_result      boolean not null default false;

-- the dossiers already there (before the triggers exist: one pass)
update dossier d
   set public_procedure_code = p.code, public_procedure_name = p.name
  from procedure p
 where p.id = d.procedure_id;
update dossier d
   set public_agency_name = a.name, public_agency_hotline = a.hotline
  from agency a
 where a.id = d.agency_id;
update dossier d
   set public_previous_due_at = (select c.old_due_at from due_date_change c where c.dossier_id = d.id
                                  order by c.changed_at desc, c.id desc limit 1)
 where exists (select 1 from due_date_change c where c.dossier_id = d.id);
update dossier d
   set public_has_result = true
 where exists (select 1 from dossier_document r where r.dossier_id = d.id and r.kind = 'result' and r.url is not null);

-- a dossier written with a new agency or procedure takes their names
create function motcua_dossier_public_names() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' or new.procedure_id is distinct from old.procedure_id then
        select p.code, p.name into new.public_procedure_code, new.public_procedure_name
          from procedure p where p.id = new.procedure_id;
    end if;
    if tg_op = 'INSERT' or new.agency_id is distinct from old.agency_id then
        select a.name, a.hotline into new.public_agency_name, new.public_agency_hotline
          from agency a where a.id = new.agency_id;
    end if;
    return new;
end
$$;
create trigger dossier_public_names before insert or update on dossier
    for each row execute function motcua_dossier_public_names();

-- a renamed agency or procedure: its dossiers, once per statement, only for the rows whose names changed
create function motcua_agency_public_names() returns trigger
    language plpgsql as
$$
begin
    update dossier d
       set public_agency_name = n.name, public_agency_hotline = n.hotline
      from new_agencies n join old_agencies o on o.id = n.id
     where d.agency_id = n.id
       and (n.name, n.hotline) is distinct from (o.name, o.hotline);
    return null;
end
$$;
create trigger agency_public_names after update on agency
    referencing old table as old_agencies new table as new_agencies
    for each statement execute function motcua_agency_public_names();

create function motcua_procedure_public_names() returns trigger
    language plpgsql as
$$
begin
    update dossier d
       set public_procedure_code = n.code, public_procedure_name = n.name
      from new_procedures n join old_procedures o on o.id = n.id
     where d.procedure_id = n.id
       and (n.code, n.name) is distinct from (o.code, o.name);
    return null;
end
$$;
create trigger procedure_public_names after update on procedure
    referencing old table as old_procedures new table as new_procedures
    for each statement execute function motcua_procedure_public_names();

-- the due date before the last extension, whoever extends (an officer, a sender's new due date, a merge)
create function motcua_refresh_public_previous_due() returns trigger
    language plpgsql as
$$
begin
    update dossier d
       set public_previous_due_at = (select c.old_due_at from due_date_change c where c.dossier_id = d.id
                                      order by c.changed_at desc, c.id desc limit 1)
     where d.id in (select distinct dossier_id from changed_due_dates);
    return null;
end
$$;
create trigger due_date_change_public_insert after insert on due_date_change
    referencing new table as changed_due_dates for each statement execute function motcua_refresh_public_previous_due();
create trigger due_date_change_public_update after update on due_date_change
    referencing new table as changed_due_dates for each statement execute function motcua_refresh_public_previous_due();
create trigger due_date_change_public_update_old after update on due_date_change
    referencing old table as changed_due_dates for each statement execute function motcua_refresh_public_previous_due();
create trigger due_date_change_public_delete after delete on due_date_change
    referencing old table as changed_due_dates for each statement execute function motcua_refresh_public_previous_due();

-- whether a result document can be opened online; the submitted documents a sync rewrites change nothing here,
-- so their statements update no dossier
create function motcua_refresh_public_has_result() returns trigger
    language plpgsql as
$$
begin
    update dossier d
       set public_has_result = exists (select 1 from dossier_document r where r.dossier_id = d.id
                                          and r.kind = 'result' and r.url is not null)
     where d.id in (select distinct dossier_id from changed_documents where kind = 'result');
    return null;
end
$$;
create trigger dossier_document_public_insert after insert on dossier_document
    referencing new table as changed_documents for each statement execute function motcua_refresh_public_has_result();
create trigger dossier_document_public_update after update on dossier_document
    referencing new table as changed_documents for each statement execute function motcua_refresh_public_has_result();
create trigger dossier_document_public_update_old after update on dossier_document
    referencing old table as changed_documents for each statement execute function motcua_refresh_public_has_result();
create trigger dossier_document_public_delete after delete on dossier_document
    referencing old table as changed_documents for each statement execute function motcua_refresh_public_has_result();
