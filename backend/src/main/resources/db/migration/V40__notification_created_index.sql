-- The admin's dashboard counts notifications created in a period (per channel and outcome, with their cost).
create index notification_created_idx on notification(created_at);
