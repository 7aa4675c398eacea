-- A session also ends after a while without use (the idle limit in `jsaudit serve` options); existing sessions end
-- with this upgrade (their users sign in again), so that the new column needs no made-up value.
DELETE FROM desk_session;
ALTER TABLE desk_session ADD COLUMN last_seen TIMESTAMP WITH TIME ZONE NOT NULL;
CREATE INDEX desk_session_expiry ON desk_session (expires_at);

-- Browsers that have signed in to an account (their cookie's hash): the sign-in throttle does not hold them by the
-- account's failures, so that someone guessing a reviewer's password cannot lock the reviewer out.
CREATE TABLE desk_device (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES desk_user (id),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A submission whose screening could not be completed (its result could not be stored for minutes on end, or the
-- screener failed): state 审核失败 with the reason on the page; its files are kept and a reviewer can queue it again.
ALTER TABLE submission ADD COLUMN failure VARCHAR(2000);
ALTER TABLE batch ADD COLUMN failed INTEGER DEFAULT 0 NOT NULL;
