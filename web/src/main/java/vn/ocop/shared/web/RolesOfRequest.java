package vn.ocop.shared.web;

import jakarta.enterprise.context.RequestScoped;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The caller's roles as asked during one request: a page asks the same question for every row it renders, and the
 * server's answer (an authorisation policy look-up) costs more than the rendering of the row.
 */
@RequestScoped
public class RolesOfRequest {

    private final Map<String, Boolean> answers = new HashMap<>();
    private String principal;

    boolean inRole(Principal caller, String role, Predicate<String> ask) {
        String name = caller == null ? null : caller.getName();
        if (name == null ? principal != null : !name.equals(principal)) {
            answers.clear();
            principal = name;
        }
        return answers.computeIfAbsent(role, ask::test);
    }
}
