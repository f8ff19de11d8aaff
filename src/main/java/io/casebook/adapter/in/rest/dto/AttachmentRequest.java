package io.casebook.adapter.in.rest.dto;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.List;

/**
 * Body of {@code POST /api/cases/{caseId}/comments} (and of PATCH, less {@code id}/{@code version}): a user
 * comment {@code {type, comment, owner}} or alerts {@code {type, alertId, index, rule, owner}}, where
 * {@code alertId} and {@code index} may each be a string or an array, as Kibana accepts.
 */
public record AttachmentRequest(
        String type,
        String comment,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> alertId,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> index,
        AlertRuleDto rule,
        String owner) {
}
