package io.casebook.application;

import io.casebook.domain.Case;
import io.casebook.domain.UserAction;

import java.util.List;

/** Told of every change to a case, inside its transaction, with the case as changed and its user actions. */
@FunctionalInterface
public interface CaseChangeListener {

    CaseChangeListener NONE = (c, actions) -> { };

    void changed(Case c, List<UserAction> actions);
}
