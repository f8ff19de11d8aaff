package io.casebook.application.security;

import java.util.List;

/** What an invalidate request did: keys invalidated now, and keys that already were. */
public record Invalidation(List<String> invalidated, List<String> previouslyInvalidated) {

    public Invalidation {
        invalidated = List.copyOf(invalidated);
        previouslyInvalidated = List.copyOf(previouslyInvalidated);
    }
}
