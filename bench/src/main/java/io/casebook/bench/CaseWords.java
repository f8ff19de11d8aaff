package io.casebook.bench;

import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The search words the engine stores in {@code case_words} for a text: the same rules as its {@code SearchWords}
 * (Lucene's StandardTokenizer, then lower-casing code point by code point). The bench cannot call the engine's
 * class (it only runs the packaged jar), so this copy must change whenever that one does.
 */
final class CaseWords {

    /** {@code case_words.field} of a title and of a description. */
    static final int TITLE = 1;
    static final int DESCRIPTION = 2;

    private CaseWords() {
    }

    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        try (StandardTokenizer tokenizer = new StandardTokenizer()) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                StringBuilder lower = new StringBuilder(term.length());
                term.toString().codePoints().map(Character::toLowerCase).forEach(lower::appendCodePoint);
                words.add(lower.toString());
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
