-- A notice may be held until a time (a term's announcement embargo): the person's feed shows it only from then.
ALTER TABLE notice ADD COLUMN visible_from TIMESTAMP WITH TIME ZONE;
