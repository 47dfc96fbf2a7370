-- Access proofs are reserved before they are evaluated (one statement checks and counts), and a dossier whose
-- failure budget is spent is not locked for everyone: a slow lane still evaluates one proof per interval from a
-- client with few failures of its own on it. clients: who used this dossier's budget in the window (hashed
-- client addresses, one entry per proof, the latest 100); slow_at: when the slow lane last let a proof through.
alter table access_throttle
    add column clients  text[],
    add column slow_at  timestamptz;
create index access_throttle_window_idx on access_throttle(window_start);
