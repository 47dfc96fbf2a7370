-- Following a dossier is open to anyone with its code; only a follower who proved to be the applicant hears the
-- private part of a change (missing papers, reasons, fees). The proof a follower gave when following:
--   qr-token  the signed access token of the receipt's QR code (Mini App)
--   intake    the one-stop system registered the follower
-- A consented phone equal to the applicant's phone is a proof too; it is checked when a message is made, so a
-- change of the applicant's phone takes effect at once.
alter table dossier_subscription add column applicant_proof varchar(20)
    check (applicant_proof in ('qr-token', 'intake'));

-- Whether the message may hold only what the public lookup shows (status, dates, procedure, agency, link).
alter table notification add column public_only boolean not null default false;
