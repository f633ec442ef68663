-- /recent <province> lists the events held in one province (as it is now, after the 2025 merger), newest first.
CREATE INDEX events_by_place ON events (current_province, status, starts_on);

-- /stats sums this year's delegates by region from the index alone, never reading the long rows themselves.
CREATE INDEX events_by_day_and_region ON events (status, starts_on, region, attendees);
