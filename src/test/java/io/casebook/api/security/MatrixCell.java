package io.casebook.api.security;

import io.casebook.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One cell of the authorization matrix: {@code user} (calling through {@code caller} with their real
 * credentials) in {@code space}, on a case of {@code owner} (null for endpoints that are not about one case),
 * with what the table grants them there ({@code grants}, null for a space they cannot see) and so expects.
 */
record MatrixCell(String user, Api caller, String space, String owner, MatrixTable.Grants grants, Expect expect) {

    /** A cell's expected answer. */
    enum Expect {
        /** 2xx, and the change done. */
        ALLOW,
        /** 403 in Kibana's words, and nothing changed. */
        DENY,
        /** 404: the space does not exist for the caller, and nothing changed. */
        HIDDEN
    }

    boolean allowed() {
        return expect == Expect.ALLOW;
    }

    /** Asserts the answer the table expects: {@code ok} when allowed, else 403 or 404 as Kibana words them. */
    void answered(Api.Result result, int ok) {
        String what = "got " + result.status() + " " + result.raw();
        switch (expect) {
            case ALLOW -> assertThat(result.status()).as(what).isEqualTo(ok);
            case DENY -> {
                assertThat(result.status()).as(what).isEqualTo(403);
                assertThat(result.text("error")).as(what).isEqualTo("Forbidden");
                assertThat(result.text("message")).as(what).startsWith("Unauthorized to ");
            }
            case HIDDEN -> {
                assertThat(result.status()).as(what).isEqualTo(404);
                assertThat(result.text("message")).as(what).isEqualTo("Not Found");
            }
        }
    }

    /** How the cell is named in the report: {@code sam in soc, observability case → 403}. */
    String displayName() {
        String outcome = switch (expect) {
            case ALLOW -> "allowed";
            case DENY -> "403";
            case HIDDEN -> "404";
        };
        return user + " in " + space + (owner == null ? "" : ", " + owner + " case") + " → " + outcome;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
