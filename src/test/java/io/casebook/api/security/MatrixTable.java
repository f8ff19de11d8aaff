package io.casebook.api.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The authorization matrix's world and its expectations, written by hand from the README's "Roles" section: the
 * roles file and the users the engine starts with, and a table of what each user may do in each space. The test
 * derives every cell's expected answer from this table alone, never from the production Access/RoleBook code,
 * so that a wrong decision there makes a cell fail.
 */
final class MatrixTable {

    static final List<String> SPACES = List.of("default", "soc", "ops");
    static final List<String> OWNERS = List.of("cases", "observability", "securitySolution");

    static final String ROLES_YAML = """
            roles:
              viewer:
                spaces: ["*"]
                cases: {cases: read, observability: read, securitySolution: read}
                connectors: read
                alerts: read
                rules: read
              soc_analyst:
                spaces: [default, soc]
                cases:
                  securitySolution: {base: all, sub_privileges: [create_comment, reopen]}
                  observability: read
                connectors: read
                alerts: read
                rules: read
              observability_responder:
                spaces: [default]
                cases: {observability: all}
                connectors: read
                alerts: all
                rules: read
              connectors_admin:
                spaces: ["*"]
                connectors: all
              case_janitor:
                spaces: ["*"]
                cases: {cases: {base: read, sub_privileges: [delete]}}
              soc_cases:
                spaces: [soc]
                cases: {cases: all, securitySolution: read}
                connectors: read
                alerts: read
                rules: read
            """;

    /** Users of users.yaml and their roles; {@code elastic} is the built-in superuser (not in the file). */
    static final Map<String, List<String>> USERS = users(
            "vera", List.of("viewer"),
            "sam", List.of("soc_analyst"),
            "oscar", List.of("observability_responder"),
            "connie", List.of("connectors_admin"),
            "dan", List.of("case_janitor"),
            "lena", List.of("soc_cases"),
            "max", List.of("soc_analyst", "observability_responder"),
            "nobody", List.of());

    static final String ELASTIC = "elastic";

    /**
     * What each user may do per space. A space a user has no row for is invisible to them (404); {@code *} is
     * every space. Per owner: {@code all} (base and every sub-privilege), {@code all[...]} (base and only the
     * sub-privileges listed), {@code read}, {@code read[...]} (read plus those listed) or {@code none}. Then the
     * connectors, alerts and rules levels. {@code max}'s rows are the sum of his two roles.
     */
    static final String EXPECTED = """
            # user   space    cases         observability  securitySolution            connectors  alerts  rules
            elastic  *        all           all            all                         all         all     all
            vera     *        read          read           read                        read        read    read
            sam      default  none          read           all[create_comment,reopen]  read        read    read
            sam      soc      none          read           all[create_comment,reopen]  read        read    read
            oscar    default  none          all            none                        read        all     read
            connie   *        none          none           none                        all         none    none
            dan      *        read[delete]  none           none                        none        none    none
            lena     soc      all           none           read                        read        read    read
            max      default  none          all            all[create_comment,reopen]  read        all     read
            max      soc      none          read           all[create_comment,reopen]  read        read    read
            """;

    private static final Map<String, Grants> TABLE = parse(EXPECTED);

    private MatrixTable() {
    }

    /** Every user the matrix acts as, elastic first. */
    static List<String> everyone() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(ELASTIC), USERS.keySet().stream())
                .toList();
    }

    static String password(String user) {
        return user + "-matrix-secret";
    }

    /** What {@code user} may do in {@code space}; null when the space does not exist for them. */
    static Grants grants(String user, String space) {
        return TABLE.get(user + "/" + space);
    }

    /** Operations on one owner's cases: the base ones and Kibana's sub-privileges. */
    enum Op {
        READ, CREATE, UPDATE, PUSH, DELETE, SETTINGS, CREATE_COMMENT, REOPEN, ASSIGN;

        static final Set<Op> SUB_PRIVILEGES = EnumSet.of(DELETE, SETTINGS, CREATE_COMMENT, REOPEN, ASSIGN);
    }

    /** One row of the table: per owner the operations allowed, and the three feature levels. */
    record Grants(Map<String, Set<Op>> owners, String connectors, String alerts, String rules) {

        boolean can(String owner, Op op) {
            return owners.get(owner).contains(op);
        }

        /** The owners whose cases lists show, in {@link #OWNERS} order. */
        Set<String> readable() {
            return OWNERS.stream().filter(o -> can(o, Op.READ)).collect(Collectors.toCollection(LinkedHashSet::new));
        }

        static boolean covers(String held, String needed) {
            List<String> order = List.of("none", "read", "all");
            return order.indexOf(held) >= order.indexOf(needed);
        }
    }

    private static Map<String, Grants> parse(String table) {
        Map<String, Grants> out = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.trim().split("\\s+");
            Map<String, Set<Op>> owners = new LinkedHashMap<>();
            for (int i = 0; i < OWNERS.size(); i++) {
                owners.put(OWNERS.get(i), ops(c[2 + i]));
            }
            Grants grants = new Grants(owners, c[5], c[6], c[7]);
            for (String space : c[1].equals("*") ? SPACES : List.of(c[1])) {
                out.put(c[0] + "/" + space, grants);
            }
        }
        return out;
    }

    /** {@code all}, {@code all[a,b]}, {@code read}, {@code read[a]} or {@code none} as the operations allowed. */
    private static Set<Op> ops(String cell) {
        String base = cell.contains("[") ? cell.substring(0, cell.indexOf('[')) : cell;
        Set<Op> ops = switch (base) {
            case "none" -> EnumSet.noneOf(Op.class);
            case "read" -> EnumSet.of(Op.READ);
            case "all" -> EnumSet.of(Op.READ, Op.CREATE, Op.UPDATE, Op.PUSH);
            default -> throw new IllegalArgumentException("unknown base " + cell);
        };
        if (cell.contains("[")) {
            Arrays.stream(cell.substring(cell.indexOf('[') + 1, cell.length() - 1).split(","))
                    .map(name -> Op.valueOf(name.trim().toUpperCase())).forEach(ops::add);
        } else if (base.equals("all")) {
            ops.addAll(Op.SUB_PRIVILEGES);
        }
        return ops;
    }

    private static Map<String, List<String>> users(Object... namesAndRoles) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRoles.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> roles = (List<String>) namesAndRoles[i + 1];
            out.put((String) namesAndRoles[i], roles);
        }
        return out;
    }
}
