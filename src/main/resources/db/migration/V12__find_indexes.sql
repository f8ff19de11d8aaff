-- Case search by words (issue 7). Kibana searches analysed text: whole words, lower-cased, a trailing * for a
-- prefix. A LIKE '%term%' over every case's text cannot use an index; this table can: one row per distinct word
-- of a case's title (field 1) or description (field 2), split by Lucene's StandardTokenizer as Elasticsearch's
-- standard analyzer does (SearchWords). JdbcCaseStore keeps it in step; V13 fills it for existing cases.
CREATE TABLE case_words (
    case_id VARCHAR(64)  NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    field   SMALLINT     NOT NULL,
    word    VARCHAR(255) NOT NULL,
    PRIMARY KEY (case_id, field, word)
);
-- Word first: a search reads the ids of the cases with a word (or words starting with a prefix) from this
-- index alone.
CREATE INDEX ix_case_words_word ON case_words (word, field, case_id);
