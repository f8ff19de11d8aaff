package io.casebook.adapter.out.jdbc;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The words of a text as Kibana's Elasticsearch indexes a case's title and description: the {@code standard}
 * analyzer, that is Lucene's {@link StandardTokenizer} (Unicode word boundaries, tokens of at most 255 chars)
 * then lower-casing. Indexing and searching both go through here, so a searched word matches exactly the words
 * that were stored for it.
 */
public final class SearchWords {

    private SearchWords() {
    }

    /** The distinct words of {@code text}, lower-cased, in order of first appearance; empty for null. */
    public static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(lowerCase(term.toString()));
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return words;
    }

    /**
     * Lower-cases code point by code point as Lucene's LowerCaseFilter does: no locale (a Turkish default would
     * turn "I" into a dotless i) and no context rules (String.toLowerCase turns a word-final sigma into final sigma).
     */
    public static String lowerCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
