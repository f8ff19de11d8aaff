package io.casebook.adapter.in.security;

import io.casebook.domain.security.Role;
import io.casebook.domain.security.RoleBook;
import io.casebook.domain.security.SecurityRoles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** roles.yaml: the shipped file means what the matrix test assumes, and every mistake is named at its line. */
class RolesFileLoaderTest {

    private final RolesFileLoader loader = new RolesFileLoader();

    @TempDir
    Path dir;

    @Test
    void theShippedRolesAreTheOnesTheMatrixChecks() {
        RoleBook book = loader.read(Path.of("config", "roles.yaml"));
        assertThat(book.names()).containsExactlyInAnyOrder("superuser", "viewer", "soc_analyst",
                "observability_responder");
        for (Role expected : SecurityRoles.SHIPPED) {
            assertThat(book.role(expected.name())).contains(expected);
        }
    }

    @Test
    void aMissingOrEmptyFileLeavesOnlyTheSuperuser() throws IOException {
        assertThat(loader.read(dir.resolve("absent.yaml")).names()).containsExactly("superuser");
        assertThat(loader.read(write("")).names()).containsExactly("superuser");
        assertThat(loader.read(write("roles:\n")).names()).containsExactly("superuser");
    }

    @Test
    void readWithSubPrivilegesAndAllNarrowedToSome() throws IOException {
        RoleBook book = loader.read(write("""
                roles:
                  janitor:
                    spaces: [soc]
                    cases:
                      cases: {base: read, sub_privileges: [delete]}
                      securitySolution: {base: all, sub_privileges: []}
                """));
        Role janitor = book.role("janitor").orElseThrow();
        assertThat(janitor.privilege(io.casebook.domain.Owner.CASES).subFeatures())
                .containsExactly(io.casebook.domain.security.CaseOperation.DELETE);
        assertThat(janitor.privilege(io.casebook.domain.Owner.SECURITY_SOLUTION).subFeatures()).isEmpty();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void mistakesAreNamedAtTheirLine(String text, String expected) throws IOException {
        Path file = write(text);
        assertThatThrownBy(() -> loader.read(file)).isInstanceOf(RolesFileException.class)
                .hasMessage(file + ":" + expected);
    }

    /** A file's text, and what the loader says about it after {@code <file>:}. */
    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("roles:\n  a:\n    spaces: [default]\n    case: {}",
                        "4: roles.a: unknown key \"case\" (expected one of: alerts, cases, connectors, rules, spaces)"),
                Arguments.of("roles:\n  a:\n    cases: {cases: all}",
                        "3: roles.a: \"spaces\" is required (the spaces the role applies to, or [\"*\"])"),
                Arguments.of("roles:\n  a:\n    spaces: []",
                        "3: roles.a.spaces: name at least one space, or \"*\" for every space"),
                Arguments.of("roles:\n  a:\n    spaces: [Default]",
                        "3: roles.a.spaces: \"Default\" is not a space id ([a-z0-9_-]+) or \"*\""),
                Arguments.of("roles:\n  a:\n    spaces: default",
                        "3: roles.a.spaces: expected a list, not \"default\""),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    cases:\n      siem: all",
                        "5: roles.a.cases: unknown owner \"siem\""
                        + " (expected one of: cases, observability, securitySolution)"),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    cases:\n      cases: write",
                        "5: roles.a.cases.cases: expected all, read or none, not \"write\""),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    cases:\n      cases: {sub_privileges: []}",
                        "5: roles.a.cases.cases: \"base\" is required (all or read)"),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    cases:\n"
                        + "      cases: {base: none, sub_privileges: [delete]}",
                        "5: roles.a.cases.cases: sub_privileges need a base of all or read"),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    cases:\n"
                        + "      cases: {base: all, sub_privileges: [push]}",
                        "5: roles.a.cases.cases.sub_privileges: unknown sub-privilege \"push\""
                        + " (expected one of: delete, settings, create_comment, reopen, assign)"),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    connectors: yes",
                        "4: roles.a.connectors: expected all, read or none, not \"yes\""),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n    alerts: [all]",
                        "4: roles.a.alerts: expected text, not a list"),
                Arguments.of("roles:\n  superuser:\n    spaces: [\"*\"]",
                        "2: roles: \"superuser\" is built in and cannot be redefined"),
                Arguments.of("roles:\n  a b:\n    spaces: [\"*\"]",
                        "2: roles: \"a b\" is not a role name ([A-Za-z0-9_.-]+)"),
                Arguments.of("roles:\n  a:\n    spaces: [\"*\"]\n  a:\n    spaces: [x]",
                        "4: roles: \"a\" is given twice"),
                Arguments.of("users: {}",
                        "1: the file: unknown key \"users\" (expected one of: roles)"),
                Arguments.of("roles: [a]",
                        "1: roles: expected a mapping, not a list"),
                Arguments.of("roles:\n  a:\n    spaces: [default",
                        "3: invalid YAML: expected ',' or ']', but got <stream end>"));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("roles-" + System.nanoTime() + ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
