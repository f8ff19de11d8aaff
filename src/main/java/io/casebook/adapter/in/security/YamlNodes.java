package io.casebook.adapter.in.security;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads SnakeYAML's node tree (which keeps every value's line) in the file's words: a mapping with known keys,
 * a list, a text; anything else is a {@link RolesFileException} at the line of the offending value.
 */
final class YamlNodes {

    private final Path file;

    YamlNodes(Path file) {
        this.file = file;
    }

    RolesFileException error(Node at, String reason) {
        return new RolesFileException(file, at == null ? 0 : at.getStartMark().getLine() + 1, reason);
    }

    /** The mapping's entries by key, in file order; refuses duplicate keys and keys not in {@code known}. */
    Map<String, Node> mapping(Node node, String where, Set<String> known) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(node, where + ": expected a mapping" + got(node));
        }
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode(), where + " key");
            if (known != null && !known.contains(key)) {
                throw error(tuple.getKeyNode(), where + ": unknown key \"" + key + "\" (expected one of: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
            if (out.put(key, tuple.getValueNode()) != null) {
                throw error(tuple.getKeyNode(), where + ": \"" + key + "\" is given twice");
            }
        }
        return out;
    }

    List<Node> list(Node node, String where) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error(node, where + ": expected a list" + got(node));
        }
        return sequence.getValue();
    }

    /** The list's texts, each once. */
    Set<String> texts(Node node, String where) {
        Set<String> out = new HashSet<>();
        for (Node item : list(node, where)) {
            if (!out.add(text(item, where))) {
                throw error(item, where + ": \"" + ((ScalarNode) item).getValue() + "\" is listed twice");
            }
        }
        return out;
    }

    String text(Node node, String where) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isEmpty()) {
            throw error(node, where + ": expected text" + got(node));
        }
        return scalar.getValue();
    }

    private static String got(Node node) {
        if (node instanceof MappingNode) {
            return ", not a mapping";
        }
        if (node instanceof SequenceNode) {
            return ", not a list";
        }
        return node instanceof ScalarNode s && !s.getValue().isEmpty()
                ? ", not \"" + s.getValue() + "\"" : ", not nothing";
    }
}
