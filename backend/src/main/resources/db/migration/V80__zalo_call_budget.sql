-- Zalo counts calls per app (4,000 a minute), not per instance: every instance takes its call slots from this
-- one row. next_slot is the earliest time the next call may go; an instance reserves a small block of slots
-- at once (UPDATE ... RETURNING), evenly spaced, so that no minute holds more than the rate whatever the
-- number of instances.
create table zalo_call_budget (
    id         smallint    primary key check (id = 1),
    next_slot  timestamptz not null default now()
);
insert into zalo_call_budget (id) values (1);
