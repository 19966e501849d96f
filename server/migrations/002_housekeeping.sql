-- Sign-in deletes expired sessions and rate-limit counters whose window has ended
-- (accounts.ts, purgeExpired): these indexes keep that a short range scan.
CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX rate_limits_window_started_at ON rate_limits (window_started_at);
