-- An integration API key is bound to its source system and an agency subtree: it may change only dossiers of its
-- own source or of that subtree. Null is the whole province (the root agency), as for keys made before.
alter table api_key add column agency_id bigint references agency(id);
