-- Which dossier a conversation handed to an officer is about. It decides who sees the conversation in the
-- admin inbox: officers whose agency subtree holds that dossier; a conversation about no dossier goes to the
-- root agency's officers. The bot remembers the dossier the citizen last named (typed code, receipt photo,
-- follow) and copies it to dossier_id when it hands the conversation over.
alter table zalo_conversation
    add column last_dossier_id  bigint references dossier(id) on delete set null,
    add column last_dossier_at  timestamptz,
    add column dossier_id       bigint references dossier(id) on delete set null;
