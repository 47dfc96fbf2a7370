-- The national format as real senders fill it: MaDoiTuong is the applicant's portal account (not an id number),
-- and the fields added in 2023 are kept where the product uses them.
alter table dossier
    add column applicant_portal_account varchar(200),
    add column submission_place         varchar(200),
    -- DuocThanhToanTrucTuyen: 0 not paid online, 1 on the national portal, 2 through the province's gateway
    add column online_payment           smallint check (online_payment between 0 and 2),
    add column digitised                boolean,
    add column vneid_verified           boolean,
    add column connected_databases      varchar(1100);
