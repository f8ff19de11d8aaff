package io.casebook.application.port;

import io.casebook.application.CaseFilter;
import io.casebook.application.CaseQuery;
import io.casebook.application.StatusCounts;
import io.casebook.domain.Case;
import io.casebook.domain.User;

import java.util.List;

/** Read-side queries over the cases of one space: the case list and the values its filters offer. */
public interface CaseSearch {

    /** A page of cases matching the query, and how many match in all. */
    Page find(String space, CaseQuery query);

    /** How many cases matching the filter are in each status (the filter's own status values included). */
    StatusCounts countByStatus(String space, CaseFilter filter);

    /** Distinct tags of the cases of these owners (all owners when empty), sorted. */
    List<String> tags(String space, List<String> owners);

    /** Distinct categories of the cases of these owners (all owners when empty), sorted. */
    List<String> categories(String space, List<String> owners);

    /** One user per distinct creator username, as recorded on their latest case, sorted by username. */
    List<User> reporters(String space, List<String> owners);

    /** A page of cases and the number of cases matching in all. */
    record Page(List<Case> cases, long total) {
        public Page {
            cases = List.copyOf(cases);
        }
    }
}
