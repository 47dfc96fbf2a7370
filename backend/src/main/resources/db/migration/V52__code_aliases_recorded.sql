-- Old codes resolve only through aliases recorded when the dossier was known under them (a receipt number, a
-- sender's other code, a code issued before a merger): never by rewriting an agency code onto its successor's,
-- which can land on a stranger's dossier with the same date and number.
alter table dossier_code_alias
    add column kind        varchar(20)  not null default 'previous-code'
        check (kind in ('previous-code', 'receipt-number', 'sender-code')),
    add column created_at  timestamptz  not null default now();
create index dossier_code_alias_dossier_idx on dossier_code_alias(dossier_id);
