package io.casebook.adapter.in.security;

import io.casebook.domain.Owner;
import io.casebook.domain.security.CaseOperation;
import io.casebook.domain.security.CasePrivilege;
import io.casebook.domain.security.Feature;
import io.casebook.domain.security.Level;
import io.casebook.domain.security.Role;
import io.casebook.domain.security.RoleBook;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads roles.yaml into the {@link RoleBook}: every key, owner, level, sub-privilege and space is checked at
 * start, and whatever is wrong comes back as a {@link RolesFileException} with the file, the line and the
 * reason. A missing or empty file leaves only the built-in superuser.
 */
public final class RolesFileLoader {

    private static final Pattern ROLE_NAME = Pattern.compile("^[A-Za-z0-9_.\\-]+$");
    private static final Pattern SPACE_ID = Pattern.compile("^[a-z0-9_\\-]+$");
    private static final Set<String> ROLE_KEYS = Set.of("spaces", "cases", "connectors", "alerts", "rules");
    private static final Set<String> PRIVILEGE_KEYS = Set.of("base", "sub_privileges");

    public RoleBook read(Path file) {
        if (!Files.isRegularFile(file)) {
            return RoleBook.builtIn();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RolesFileException(file, 0, "cannot read the file: " + e);
        }
        return new RoleBook(roles(file, compose(file, text)));
    }

    private static Node compose(Path file, String text) {
        try {
            return new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark();
            throw new RolesFileException(file, mark == null ? 0 : mark.getLine() + 1,
                    "invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new RolesFileException(file, 0, "invalid YAML: " + e.getMessage());
        }
    }

    private static List<Role> roles(Path file, Node root) {
        YamlNodes yaml = new YamlNodes(file);
        if (root == null || root instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        Node roles = yaml.mapping(root, "the file", Set.of("roles")).get("roles");
        if (roles == null || roles instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        List<Role> out = new ArrayList<>();
        Map<String, Node> byName = yaml.mapping(roles, "roles", null);
        if (roles instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> {
                String name = yaml.text(tuple.getKeyNode(), "roles");
                if (!ROLE_NAME.matcher(name).matches()) {
                    throw yaml.error(tuple.getKeyNode(),
                            "roles: \"" + name + "\" is not a role name ([A-Za-z0-9_.-]+)");
                }
                if (name.equals(RoleBook.SUPERUSER)) {
                    throw yaml.error(tuple.getKeyNode(), "roles: \"superuser\" is built in and cannot be redefined");
                }
                out.add(role(yaml, name, byName.get(name)));
            });
        }
        return out;
    }

    private static Role role(YamlNodes yaml, String name, Node node) {
        String where = "roles." + name;
        Map<String, Node> keys = yaml.mapping(node, where, ROLE_KEYS);
        Node spacesNode = keys.get("spaces");
        if (spacesNode == null) {
            throw yaml.error(node, where + ": \"spaces\" is required (the spaces the role applies to, or [\"*\"])");
        }
        Set<String> spaces = yaml.texts(spacesNode, where + ".spaces");
        if (spaces.isEmpty()) {
            throw yaml.error(spacesNode, where + ".spaces: name at least one space, or \"*\" for every space");
        }
        for (String space : spaces) {
            if (!space.equals(Role.ANY_SPACE) && !SPACE_ID.matcher(space).matches()) {
                throw yaml.error(spacesNode,
                        where + ".spaces: \"" + space + "\" is not a space id ([a-z0-9_-]+) or \"*\"");
            }
        }
        Map<Owner, CasePrivilege> cases = new EnumMap<>(Owner.class);
        if (keys.containsKey("cases")) {
            yaml.mapping(keys.get("cases"), where + ".cases", null).forEach((owner, value) -> cases.put(
                    owner(yaml, keys.get("cases"), where, owner), privilege(yaml, value, where + ".cases." + owner)));
        }
        Map<Feature, Level> features = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            Node value = keys.get(feature.wire());
            if (value != null) {
                features.put(feature, level(yaml, value, where + "." + feature.wire()));
            }
        }
        return new Role(name, spaces, cases, features);
    }

    private static Owner owner(YamlNodes yaml, Node casesNode, String where, String owner) {
        return Owner.fromWire(owner).orElseThrow(() -> yaml.error(casesNode, where + ".cases: unknown owner \""
                + owner + "\" (expected one of: " + Arrays.stream(Owner.values()).map(Owner::wire)
                .collect(Collectors.joining(", ")) + ")"));
    }

    /** {@code all | read | none}, or {@code {base: all|read, sub_privileges: [...]}}. */
    private static CasePrivilege privilege(YamlNodes yaml, Node node, String where) {
        if (node instanceof ScalarNode) {
            return CasePrivilege.of(level(yaml, node, where));
        }
        Map<String, Node> keys = yaml.mapping(node, where, PRIVILEGE_KEYS);
        Node baseNode = keys.get("base");
        if (baseNode == null) {
            throw yaml.error(node, where + ": \"base\" is required (all or read)");
        }
        Level base = level(yaml, baseNode, where + ".base");
        if (!keys.containsKey("sub_privileges")) {
            return CasePrivilege.of(base);
        }
        if (base == Level.NONE) {
            throw yaml.error(keys.get("sub_privileges"), where + ": sub_privileges need a base of all or read");
        }
        Set<CaseOperation> subs = EnumSet.noneOf(CaseOperation.class);
        for (String name : yaml.texts(keys.get("sub_privileges"), where + ".sub_privileges")) {
            subs.add(CaseOperation.fromSubFeatureName(name).orElseThrow(() -> yaml.error(keys.get("sub_privileges"),
                    where + ".sub_privileges: unknown sub-privilege \"" + name + "\" (expected one of: "
                            + CaseOperation.subFeatures().stream().map(o -> o.subFeatureName().orElseThrow())
                            .collect(Collectors.joining(", ")) + ")")));
        }
        return new CasePrivilege(base, subs);
    }

    private static Level level(YamlNodes yaml, Node node, String where) {
        String text = yaml.text(node, where);
        return Level.fromWire(text).orElseThrow(() -> yaml.error(node, where + ": expected all, read or none, not \""
                + text + "\""));
    }
}
