package io.casebook.domain.security;

import io.casebook.domain.CasesException;
import io.casebook.domain.Owner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every cell of roles x spaces x owners x operations, as a table: each row is a caller (role names joined by
 * '+') in a space, and for each owner the operations allowed, one letter each in a fixed order, '.' for denied:
 * R read, C create, U update, P push, D delete, S settings, M create comment, O reopen, A assign.
 */
class AccessMatrixTest {

    private static final String ORDER = "RCUPDSMOA";
    private static final List<CaseOperation> OPERATIONS = List.of(CaseOperation.READ, CaseOperation.CREATE,
            CaseOperation.UPDATE, CaseOperation.PUSH, CaseOperation.DELETE, CaseOperation.SETTINGS,
            CaseOperation.CREATE_COMMENT, CaseOperation.REOPEN, CaseOperation.ASSIGN);

    private final RoleBook book = SecurityRoles.book();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # roles                                   | space   | cases     | observability | securitySolution
            superuser                                 | default | RCUPDSMOA | RCUPDSMOA     | RCUPDSMOA
            superuser                                 | soc     | RCUPDSMOA | RCUPDSMOA     | RCUPDSMOA
            superuser                                 | other   | RCUPDSMOA | RCUPDSMOA     | RCUPDSMOA
            viewer                                    | default | R........ | R........     | R........
            viewer                                    | soc     | R........ | R........     | R........
            viewer                                    | other   | R........ | R........     | R........
            soc_analyst                               | default | ......... | R........     | RCUP..MOA
            soc_analyst                               | soc     | ......... | R........     | RCUP..MOA
            soc_analyst                               | other   | ......... | .........     | .........
            observability_responder                   | default | ......... | RCUPDSMOA     | .........
            observability_responder                   | soc     | ......... | .........     | .........
            observability_responder                   | other   | ......... | .........     | .........
            cases_janitor                             | default | ......... | .........     | .........
            cases_janitor                             | soc     | R...D.... | .........     | .........
            cases_janitor                             | other   | ......... | .........     | .........
            space_only                                | default | ......... | .........     | .........
            space_only                                | other   | ......... | .........     | .........
            soc_analyst+observability_responder       | default | ......... | RCUPDSMOA     | RCUP..MOA
            soc_analyst+observability_responder       | soc     | ......... | R........     | RCUP..MOA
            viewer+cases_janitor                      | soc     | R...D.... | R........     | R........
            viewer+cases_janitor                      | other   | R........ | R........     | R........
            ghost                                     | default | ......... | .........     | .........
            ghost+soc_analyst                         | soc     | ......... | R........     | RCUP..MOA
            """)
    void casePrivileges(String roles, String space, String cases, String observability, String security) {
        Access access = book.access(Arrays.asList(roles.split("\\+")));
        assertThat(row(access, space, Owner.CASES)).as("cases").isEqualTo(cases);
        assertThat(row(access, space, Owner.OBSERVABILITY)).as("observability").isEqualTo(observability);
        assertThat(row(access, space, Owner.SECURITY_SOLUTION)).as("securitySolution").isEqualTo(security);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # roles                               | space   | visible | connectors | alerts | rules
            superuser                             | default | true    | ALL        | ALL    | ALL
            superuser                             | any-new | true    | ALL        | ALL    | ALL
            viewer                                | soc     | true    | READ       | READ   | READ
            soc_analyst                           | soc     | true    | READ       | READ   | READ
            soc_analyst                           | other   | false   | NONE       | NONE   | NONE
            observability_responder               | default | true    | READ       | ALL    | READ
            observability_responder               | soc     | false   | NONE       | NONE   | NONE
            cases_janitor                         | soc     | true    | ALL        | NONE   | NONE
            cases_janitor                         | default | false   | NONE       | NONE   | NONE
            space_only                            | other   | true    | NONE       | NONE   | NONE
            soc_analyst+cases_janitor             | soc     | true    | ALL        | READ   | READ
            ghost                                 | default | false   | NONE       | NONE   | NONE
            """)
    void spacesAndFeatures(String roles, String space, boolean visible, Level connectors, Level alerts,
                           Level rules) {
        Access access = book.access(Arrays.asList(roles.split("\\+")));
        assertThat(access.visible(space)).as("visible").isEqualTo(visible);
        assertThat(access.level(space, Feature.CONNECTORS)).as("connectors").isEqualTo(connectors);
        assertThat(access.level(space, Feature.ALERTS)).as("alerts").isEqualTo(alerts);
        assertThat(access.level(space, Feature.RULES)).as("rules").isEqualTo(rules);
    }

    @Test
    void readableOwnersAreTheOwnersWithRead() {
        Access analyst = book.access(List.of("soc_analyst"));
        assertThat(analyst.readableOwners("soc")).containsExactlyInAnyOrder(Owner.OBSERVABILITY,
                Owner.SECURITY_SOLUTION);
        assertThat(analyst.readableOwners("other")).isEmpty();
    }

    @Test
    void narrowingDropsUnreadableOwnersAndRefusesACallerWhoReadsNone() {
        Access analyst = book.access(List.of("soc_analyst"));
        assertThat(analyst.narrow("soc", CaseAction.FIND_CASES, List.of(Owner.CASES, Owner.SECURITY_SOLUTION)))
                .containsExactly(Owner.SECURITY_SOLUTION);
        assertThat(analyst.narrow("soc", CaseAction.FIND_CASES, List.of(Owner.CASES))).isEmpty();
        assertThatThrownBy(() -> book.access(List.of("space_only")).narrow("other", CaseAction.FIND_CASES, List.of()))
                .isInstanceOf(CasesException.class).hasMessage("Unauthorized to access cases of any owner");
    }

    @Test
    void aRefusalNamesEveryOwnerInvolvedInKibanasWords() {
        Access analyst = book.access(List.of("soc_analyst"));
        assertThatThrownBy(() -> analyst.ensure("soc", CaseAction.DELETE_CASE,
                List.of(Owner.SECURITY_SOLUTION, Owner.OBSERVABILITY, Owner.SECURITY_SOLUTION)))
                .isInstanceOf(CasesException.class)
                .hasMessage("Unauthorized to delete case with owners: \"securitySolution, observability\"")
                .extracting(e -> ((CasesException) e).reason()).isEqualTo(CasesException.Reason.FORBIDDEN);
        assertThatThrownBy(() -> analyst.ensure("soc", CaseAction.GET_CASE, Owner.CASES))
                .hasMessage("Unauthorized to access case with owners: \"cases\"");
        // Reopening is refused as an update, as in Kibana (the operations share their verbs).
        assertThatThrownBy(() -> book.access(List.of("viewer")).ensure("soc", CaseAction.REOPEN_CASE, Owner.CASES))
                .hasMessage("Unauthorized to update case with owners: \"cases\"");
    }

    @Test
    void subPrivilegesNeedABase() {
        assertThatThrownBy(() -> new CasePrivilege(Level.NONE, Set.of(CaseOperation.DELETE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CasePrivilege(Level.ALL, Set.of(CaseOperation.READ)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void superuserCannotBeRedefined() {
        assertThatThrownBy(() -> new RoleBook(List.of(SecurityRoles.VIEWER, new Role("superuser", Set.of("x"),
                java.util.Map.of(), java.util.Map.of())))).hasMessageContaining("superuser is built in");
    }

    private static String row(Access access, String space, Owner owner) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < OPERATIONS.size(); i++) {
            out.append(access.can(space, owner, OPERATIONS.get(i)) ? ORDER.charAt(i) : '.');
        }
        return out.toString();
    }
}
