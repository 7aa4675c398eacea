-- A reviewer's confirmation that a unit's submissions of the year before are filed under another name
-- (the unit was renamed, or last year's header wrote it differently): the cross-year checks then use that name.
CREATE TABLE unit_link (
    unit_key       VARCHAR(300) PRIMARY KEY,
    prior_unit_key VARCHAR(300) NOT NULL,
    confirmed_by   BIGINT NOT NULL REFERENCES desk_user (id),
    confirmed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
