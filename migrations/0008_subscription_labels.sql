-- A filter as the subscriber typed it ("Hà Giang"), beside its key ("province:Tuyên Quang"), so /settings can show both.
ALTER TABLE subscriptions ADD COLUMN label TEXT;
