-- Who hears about a dossier, written once (issue 18: the rule was written in RecipientStore and again in
-- DueSoonReminders). One row per source:
--   'sub'     an active subscription (bot, Mini App, intake), proven when it came with a proof of being the
--             applicant, the applicant's own phone, or a Zalo user whose consented phone is the applicant's;
--   'optout'  a subscription its follower turned off (it silences that person's other sources too);
--   'linked'  a Zalo user who linked the applicant's phone with consent;
--   'consent' the applicant's phone, when the one-stop system sent the applicant's consent.
-- RecipientStore addresses messages from it; DueSoonReminders writes a reminder only when it would reach
-- someone. A filter on dossier_id reaches each branch's index (PostgreSQL pushes it into a UNION ALL view).
create view dossier_audience as
select s.dossier_id, s.zalo_user_id, s.phone, case when s.active then 'sub' else 'optout' end as source,
       s.applicant_proof is not null
       or (s.phone is not null and s.phone = d.applicant_phone)
       or exists (select 1 from zalo_user u where u.zalo_user_id = s.zalo_user_id
                    and u.phone_consent_at is not null and u.phone = d.applicant_phone) as proven
  from dossier_subscription s join dossier d on d.id = s.dossier_id
union all
select d.id, u.zalo_user_id, u.phone, 'linked', true
  from dossier d join zalo_user u on u.phone = d.applicant_phone and u.phone_consent_at is not null
 where d.applicant_phone is not null
union all
select d.id, null, d.applicant_phone, 'consent', true
  from dossier d where d.notify_consent and d.applicant_phone is not null;
