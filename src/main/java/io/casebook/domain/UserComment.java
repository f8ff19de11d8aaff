package io.casebook.domain;

/**
 * A user comment (Kibana type {@code user}): Markdown of 1..30,000 characters, counted after trim as
 * Kibana's {@code limitedStringSchema} does. The text is kept as sent.
 */
public record UserComment(String comment) implements AttachmentContent {

    public UserComment {
        FieldRules.requireText("comment", comment, CaseLimits.MAX_COMMENT_LENGTH);
    }

    @Override
    public AttachmentType type() {
        return AttachmentType.USER;
    }
}
