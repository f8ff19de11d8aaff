package io.casebook.adapter.in.rules.yaml;

/** Mustache text of a case template (title, description, a tag), already checked to compile. */
public record TemplateText(String text) {

    public TemplateText {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a template must not be empty");
        }
    }
}
