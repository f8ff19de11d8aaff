package io.casebook.application.security;

/** Which API keys a list or invalidate request is about; null fields do not restrict. */
public record ApiKeyQuery(String id, String name, String username) {

    public static final ApiKeyQuery ALL = new ApiKeyQuery(null, null, null);

    public ApiKeyQuery ownedBy(String owner) {
        return new ApiKeyQuery(id, name, owner);
    }
}
