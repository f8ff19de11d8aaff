package io.casebook.adapter.in.rest.dto;

/** One entry of {@code GET /api/cases/alerts/{alertId}}: a case holding the alert, with its totals. */
public record RelatedCaseResponse(String id, String title, String description, String status, String createdAt,
                                  Totals totals) {

    /** How many alerts and user comments the case holds. */
    public record Totals(int alerts, int userComments) {
    }
}
