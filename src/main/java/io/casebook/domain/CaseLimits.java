package io.casebook.domain;

/** Kibana's numeric limits (reference §2), enforced with Kibana's messages. */
public final class CaseLimits {
    public static final int MAX_TITLE_LENGTH = 160;
    public static final int MAX_DESCRIPTION_LENGTH = 30_000;
    public static final int MAX_COMMENT_LENGTH = 30_000;
    public static final int MAX_TAGS_PER_CASE = 200;
    public static final int MAX_LENGTH_PER_TAG = 256;
    public static final int MAX_CATEGORY_LENGTH = 50;
    public static final int MAX_ASSIGNEES_PER_CASE = 10;
    public static final int MAX_ALERTS_PER_CASE = 1000;
    public static final int MAX_CUSTOM_FIELDS_PER_CASE = 10;
    public static final int MAX_CUSTOM_FIELD_KEY_LENGTH = 36;
    public static final int MAX_CUSTOM_FIELD_LABEL_LENGTH = 50;
    public static final int MAX_CUSTOM_FIELD_TEXT_VALUE_LENGTH = 160;
    public static final int MAX_TEMPLATES_LENGTH = 10;
    public static final int MAX_TEMPLATE_KEY_LENGTH = 36;
    public static final int MAX_TEMPLATE_NAME_LENGTH = 50;
    public static final int MAX_TEMPLATE_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_TAGS_PER_TEMPLATE = 10;
    public static final int MAX_TEMPLATE_TAG_LENGTH = 50;
    public static final int MAX_USER_ACTIONS_PER_CASE = 10_000;
    public static final int MAX_DOCS_PER_PAGE = 10_000;
    public static final int MAX_CASES_PER_PAGE = 100;
    public static final int MAX_COMMENTS_PER_PAGE = 100;
    public static final int MAX_USER_ACTIONS_PER_PAGE = 100;
    public static final int MAX_CASES_TO_UPDATE = 100;
    public static final int MAX_DELETE_IDS_LENGTH = 100;
    public static final int MAX_FILTER_LENGTH = 100;
    public static final int MAX_CASES_PER_ALERT = 10;

    private CaseLimits() {
    }
}
