package io.casebook.wiring;

import io.casebook.adapter.in.rest.ApiModule;
import io.casebook.adapter.in.rest.rules.RulesApi;
import io.casebook.adapter.in.rules.RulesFileLoader;
import io.casebook.adapter.in.rules.RulesFileWatcher;
import io.casebook.adapter.out.template.MustacheTemplateRenderer;
import io.casebook.application.port.TemplateRenderer;
import io.casebook.application.rules.RuleBook;
import io.casebook.application.rules.RuleCounters;
import io.casebook.config.Settings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The rules side of the engine: rules.yaml loaded into the {@link RuleBook} (a bad file throws
 * {@link io.casebook.adapter.in.rules.RulesFileException} from the constructor, stopping startup), the
 * watcher the reload route calls, the template renderer and counters the router uses, and GET /api/rules.
 */
public final class RulesWiring {

    public static final int DEFAULT_RELOAD_MS = 2000;

    private final TemplateRenderer renderer = new MustacheTemplateRenderer();
    private final RuleBook ruleBook = new RuleBook();
    private final RuleCounters counters = new RuleCounters();
    private final RulesFileWatcher watcher;
    private final int reloadMillis;

    public RulesWiring(Settings settings, Clock clock) {
        Path file = settings.find("casebook.rules.file").map(Path::of)
                .orElse(Path.of(settings.get("casebook.config.dir", "config"), "rules.yaml"));
        reloadMillis = settings.getInt("casebook.rules.reload-ms", DEFAULT_RELOAD_MS);
        if (reloadMillis < 1) {
            throw new IllegalStateException("casebook.rules.reload-ms must be positive, got " + reloadMillis);
        }
        watcher = new RulesFileWatcher(file, new RulesFileLoader(renderer), ruleBook, clock);
        watcher.loadAtStart();
    }

    public RuleBook ruleBook() {
        return ruleBook;
    }

    public RuleCounters counters() {
        return counters;
    }

    public TemplateRenderer renderer() {
        return renderer;
    }

    /** The bean the rules-reload route calls. */
    public RulesFileWatcher watcher() {
        return watcher;
    }

    /** What routes/rules.yaml reads ({@code {{casebook.rules.reload-ms}}}), with its default filled in. */
    public Map<String, String> placeholders() {
        return Map.of("casebook.rules.reload-ms", String.valueOf(reloadMillis));
    }

    public List<ApiModule> apiModules() {
        return List.of(new RulesApi(ruleBook, counters, watcher));
    }
}
