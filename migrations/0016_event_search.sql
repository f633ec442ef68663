-- Full-text search over events that were announced (published, and cancelled ones, which a search shows as called off);
-- drafts are never indexed. Contentless: the text stays in events and this holds only the index.
-- unicode61 with remove_diacritics 2 folds tone marks (mode 1 misses letters with two marks: ộ, ự, ẫ), but never
-- đ/Đ/Ð, which have no decomposition: event_search_text folds those to d, and a search folds what people type the same
-- way. The search ranks with bm25, a match in the title weighing far above one in the summary (EventCatalog).
-- The last word of a search is matched as a prefix (someone still typing it); prefix indexes of 2 to 5 letters, which
-- cover nearly every Vietnamese syllable, make that a lookup instead of a merge of every word that starts so.
CREATE VIRTUAL TABLE event_search USING fts5 (
    title, place, topics, people, organizers, summary,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5'
);

-- The words of each event as the index takes them: topics, people (name and role) and organizers out of their JSON.
CREATE VIEW event_search_text AS
SELECT id, status,
       replace(replace(replace(title, 'đ', 'd'), 'Đ', 'D'), 'Ð', 'D') AS title,
       replace(replace(replace(concat_ws(' ', venue, province, current_province), 'đ', 'd'), 'Đ', 'D'), 'Ð', 'D') AS place,
       replace(replace(replace(
           (SELECT group_concat(value, ' ') FROM json_each(events.topics)), 'đ', 'd'), 'Đ', 'D'), 'Ð', 'D') AS topics,
       replace(replace(replace(
           (SELECT group_concat(concat_ws(' ', json_extract(value, '$.name'), json_extract(value, '$.role')), ' ')
            FROM json_each(events.people)), 'đ', 'd'), 'Đ', 'D'), 'Ð', 'D') AS people,
       replace(replace(replace(
           (SELECT group_concat(value, ' ') FROM json_each(events.organizers)), 'đ', 'd'), 'Đ', 'D'), 'Ð', 'D') AS organizers,
       replace(replace(replace(summary, 'đ', 'd'), 'Đ', 'D'), 'Ð', 'D') AS summary
FROM events;

CREATE TRIGGER event_search_insert AFTER INSERT ON events WHEN new.status <> 'draft'
BEGIN
    INSERT INTO event_search (rowid, title, place, topics, people, organizers, summary)
    SELECT id, title, place, topics, people, organizers, summary FROM event_search_text WHERE id = new.id;
END;

-- Publishing, an edit and a cancellation all pass through here, so the index never lags the row.
CREATE TRIGGER event_search_update AFTER UPDATE ON events WHEN old.status <> 'draft' OR new.status <> 'draft'
BEGIN
    DELETE FROM event_search WHERE rowid = old.id;
    INSERT INTO event_search (rowid, title, place, topics, people, organizers, summary)
    SELECT id, title, place, topics, people, organizers, summary FROM event_search_text WHERE id = new.id AND status <> 'draft';
END;

CREATE TRIGGER event_search_delete AFTER DELETE ON events WHEN old.status <> 'draft'
BEGIN
    DELETE FROM event_search WHERE rowid = old.id;
END;

INSERT INTO event_search (rowid, title, place, topics, people, organizers, summary)
SELECT id, title, place, topics, people, organizers, summary FROM event_search_text WHERE status <> 'draft';
