package io.casebook.api.security;

import io.casebook.api.security.MatrixCell.Expect;
import io.casebook.support.Api;
import io.casebook.support.FakeJira;
import io.casebook.support.TestEngine;
import io.casebook.support.UsersYaml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static io.casebook.api.security.MatrixTable.OWNERS;
import static io.casebook.api.security.MatrixTable.SPACES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's matrix, end to end: one engine with a roles.yaml and a users.yaml written here, every user calling
 * with their real HTTP Basic credentials (and once with an API key of theirs), every endpoint in every space
 * on every owner's case. Each cell asserts the answer {@link MatrixTable}'s hand-written expectations give (2xx,
 * 403, or 404 for a space the user cannot see), that an allowed write did its change, and that a refused one
 * changed nothing.
 */
class AuthorizationMatrixTest {

    private static TestEngine engine;
    private static FakeJira jira;
    private static MatrixWorld world;
    private static final Map<String, Api> KEYS = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws IOException {
        jira = FakeJira.start();
        Path roles = Files.createTempFile("roles", ".yaml");
        Files.writeString(roles, MatrixTable.ROLES_YAML);
        List<String> users = new ArrayList<>();
        MatrixTable.USERS.forEach((name, granted) -> users.add(UsersYaml.user(name, "User " + name,
                name + "@example.com", MatrixTable.password(name), granted.toArray(String[]::new))));
        Map<String, String> settings = new HashMap<>(UsersYaml.file(users.toArray(String[]::new)));
        settings.put("casebook.auth.roles-file", roles.toString());
        // Pushes are about who may, not about pacing: no per-connector throttle between the cells.
        settings.put("casebook.connectors.calls-per-second", "1000");
        engine = TestEngine.start(settings);
        world = MatrixWorld.seed(engine.api(), jira);
    }

    @AfterAll
    static void stop() {
        if (engine != null) {
            engine.close();
        }
        jira.server().stop();
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointForEveryUserInEverySpaceOnEveryOwner() {
        List<DynamicNode> endpoints = new ArrayList<>();
        for (MatrixEndpoint endpoint : SpaceEndpoints.all(world, AuthorizationMatrixTest::withKey)) {
            endpoints.add(container(endpoint, false));
        }
        for (MatrixEndpoint endpoint : CaseEndpoints.all(world)) {
            endpoints.add(container(endpoint, true));
        }
        // The credentials are what decide: the same users with a wrong password get nowhere.
        endpoints.add(DynamicContainer.dynamicContainer("GET /api/cases/_find with a wrong password",
                MatrixTable.everyone().stream().map(user -> DynamicTest.dynamicTest(user + " → 401", () ->
                        assertThat(engine.api().as(user, "not-" + MatrixTable.password(user))
                                .get("/api/cases/_find").status()).isEqualTo(401)))));
        endpoints.add(DynamicContainer.dynamicContainer("POST /_security/api_key",
                MatrixTable.everyone().stream().map(user -> DynamicTest.dynamicTest(user + " → allowed",
                        () -> createsAKey(user)))));
        return endpoints.stream();
    }

    /** The endpoint's cells: every user in every space, and on every owner when {@code perOwner}. */
    private static DynamicContainer container(MatrixEndpoint endpoint, boolean perOwner) {
        List<DynamicTest> cells = new ArrayList<>();
        for (String user : MatrixTable.everyone()) {
            for (String space : SPACES) {
                for (String owner : perOwner ? OWNERS : Collections.<String>singletonList(null)) {
                    MatrixCell cell = cell(endpoint, user, space, owner);
                    cells.add(DynamicTest.dynamicTest(cell.displayName(), () -> run(endpoint, cell)));
                }
            }
        }
        return DynamicContainer.dynamicContainer(endpoint.name(), cells);
    }

    /** Runs the cell; a failure names it (build reports list dynamic tests by number). */
    private static void run(MatrixEndpoint endpoint, MatrixCell cell) {
        try {
            endpoint.probe().run(cell);
        } catch (AssertionError e) {
            throw new AssertionError(endpoint.name() + ", " + cell + ": " + e.getMessage(), e);
        }
    }

    /** The cell's expectation, from the table only. */
    private static MatrixCell cell(MatrixEndpoint endpoint, String user, String space, String owner) {
        MatrixTable.Grants grants = MatrixTable.grants(user, space);
        Expect expect = grants == null ? Expect.HIDDEN
                : endpoint.rule().allows(grants, owner) ? Expect.ALLOW : Expect.DENY;
        return new MatrixCell(user, as(user), space, owner, grants, expect);
    }

    private static Api as(String user) {
        return MatrixTable.ELASTIC.equals(user) ? engine.api() : engine.api().as(user, MatrixTable.password(user));
    }

    /** API keys are the caller's own, in no space: anyone who can log in may make one, roles or not. */
    private static void createsAKey(String user) {
        Api.Result created = as(user).post("/_security/api_key", Map.of("name", "own-" + user));
        assertThat(created.status()).as(created.raw()).isEqualTo(200);
        Api.Result listed = engine.api().get("/_security/api_key?id=" + created.text("id"));
        assertThat(listed.body().path("api_keys").findValuesAsText("username")).containsExactly(user);
    }

    /**
     * The cell's user calling with an API key they created for themselves (once): anyone who can log in may,
     * and the key acts with its owner's roles.
     */
    private static Api withKey(MatrixCell cell) {
        return KEYS.computeIfAbsent(cell.user(), user -> {
            Api.Result created = cell.caller().post("/_security/api_key", Map.of("name", "matrix-" + user));
            assertThat(created.status()).as(user + ": " + created.raw()).isEqualTo(200);
            return engine.api().withAuthorization("ApiKey " + created.text("encoded"));
        });
    }
}
