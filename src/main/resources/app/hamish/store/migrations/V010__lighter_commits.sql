-- Hamish workspace schema, version 10: two pages fewer written by every new annotation (decision 0042). A commit's
-- cost is SQLite's COMMIT, which writes each page the transaction changed twice, into the WAL and then into the main
-- file at the checkpoint after every commit (decision 0011); each index an entry goes into is one page more.

-- No query reads the audit log through this index: the log is read whole, in order, or filtered by a scan (the audit
-- of one article included). Each audited change put an entry into it at its article's place, a page of its own.
DROP INDEX audit_by_article;

-- The index by annotator served only the open check's distinct annotators and the count per annotator. The index by
-- article now holds the annotator after the id, so those read it instead, while every query that reads an article's
-- annotations in order of place and id still reads them in index order, without a sort.
DROP INDEX annotations_by_annotator;
DROP INDEX annotations_by_article;
CREATE INDEX annotations_by_article ON annotations (article_id, start_cp, end_cp, id, annotator_id);
