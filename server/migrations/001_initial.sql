-- One account's whole state (the World of src/domain/world.ts) as JSON, without its orders,
-- which live in `orders`. `version` grows with every write; `generation` with every demo
-- reset or scenario, and names the orders the current demo holds.
CREATE TABLE accounts (
  id text PRIMARY KEY,
  name text NOT NULL,
  world text NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  generation integer NOT NULL DEFAULT 1,
  previous_world text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  email text NOT NULL UNIQUE,
  -- scrypt$N$r$p$salt$hash (node:crypto)
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'readonly')),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The cookie holds a random token; the table only its SHA-256.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user_id ON sessions (user_id);

-- Every order ever placed; one Idempotency-Key makes at most one order, whatever the
-- world's own (bounded) memory of keys holds.
CREATE TABLE orders (
  account_id text NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  id text NOT NULL,
  seq bigserial NOT NULL,
  generation integer NOT NULL,
  idempotency_key text,
  fingerprint text,
  type text NOT NULL,
  amount bigint NOT NULL,
  body jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (account_id, id),
  CONSTRAINT orders_account_idempotency_key UNIQUE (account_id, idempotency_key)
);
CREATE INDEX orders_account_generation_seq ON orders (account_id, generation, seq);

-- Fixed-window counters shared by every server process.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_started_at timestamptz NOT NULL,
  count integer NOT NULL
);
