package vn.ocop.training.control;

import vn.ocop.training.entity.Audience;

import vn.ocop.shared.control.Share;
import vn.ocop.shared.control.VietnameseText;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The coverage of the plan's training targets. For a year, an audience and a commune: the people
 * required (see the package description of {@code vn.ocop.training}), those trained (completed a
 * course that admits their audience and ended by the end of that year), the share in % to show
 * ({@link Share#percent()}: one decimal, half up, never 100.0 while somebody is untrained), the
 * target of that year and audience (100 % by default), met when the exact share reaches it
 * (2,000 of 2,001 does not reach 100 %), and the names of the people still untrained.
 */
public final class CoverageRules {

    public static final int DEFAULT_TARGET = 100;

    private CoverageRules() {
    }

    /** A completed course of a person: whose, the course's audience, its last day. */
    public record Completion(String personKey, Audience courseAudience, LocalDate endDate) {
    }

    /** One line of the coverage: a year, an audience and a commune (the district for district staff). */
    public record Line(int year, Audience audience, Long unitId, String unitName, int required, int trained,
                       BigDecimal percent, int target, List<String> untrained) implements Serializable {

        public Line {
            untrained = List.copyOf(untrained);
        }

        /** Whether the exact share reaches the target, not the rounded one. */
        public boolean targetMet() {
            return share().reaches(BigDecimal.valueOf(target));
        }

        public Share share() {
            return new Share(trained, required);
        }
    }

    /** The share trained in % to show ({@link Share#percent()}); 100 when nobody is required. */
    public static BigDecimal percent(int trained, int required) {
        return new Share(trained, required).percent();
    }

    /** Whether the person counts as trained at the end of the year. */
    public static boolean trained(Trainee person, Collection<Completion> theirs, int year) {
        return theirs.stream().anyMatch(c -> c.courseAudience().admits(person.audience()) && c.endDate().getYear() <= year);
    }

    /**
     * The lines of each year, audience and commune that has somebody required, ordered by year,
     * audience and commune name; the untrained by name.
     *
     * @param targets the target of a year and audience, as {@link #targetKey}; missing ones are 100 %
     */
    public static List<Line> lines(List<Trainee> required, List<Completion> completions, Collection<Integer> years,
                                   Map<String, Integer> targets) {
        Map<String, List<Completion>> byPerson = new HashMap<>();
        completions.forEach(c -> byPerson.computeIfAbsent(c.personKey(), k -> new ArrayList<>()).add(c));
        Map<String, List<Trainee>> groups = new LinkedHashMap<>();
        byAudienceCommuneAndName(required).stream()
                .forEach(t -> groups.computeIfAbsent(t.audience() + "|" + t.unitId(), k -> new ArrayList<>()).add(t));
        List<Line> lines = new ArrayList<>();
        for (int year : years.stream().sorted().distinct().toList()) {
            for (List<Trainee> group : groups.values()) {
                Trainee first = group.get(0);
                List<String> untrained = group.stream()
                        .filter(t -> !trained(t, byPerson.getOrDefault(t.key(), List.of()), year))
                        .map(Trainee::name).toList();
                int trained = group.size() - untrained.size();
                lines.add(new Line(year, first.audience(), first.unitId(), first.unitName(), group.size(), trained,
                        percent(trained, group.size()), targets.getOrDefault(targetKey(year, first.audience()), DEFAULT_TARGET),
                        untrained));
            }
        }
        return lines;
    }

    /** The lines of one year added up per audience (the whole district), in the order of the audiences. */
    public static List<Line> totals(List<Line> lines) {
        Map<String, List<Line>> byYearAndAudience = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparingInt(Line::year).thenComparing(Line::audience))
                .forEach(l -> byYearAndAudience.computeIfAbsent(targetKey(l.year(), l.audience()), k -> new ArrayList<>()).add(l));
        List<Line> totals = new ArrayList<>();
        for (List<Line> group : byYearAndAudience.values()) {
            int required = group.stream().mapToInt(Line::required).sum();
            int trained = group.stream().mapToInt(Line::trained).sum();
            Line first = group.get(0);
            totals.add(new Line(first.year(), first.audience(), null, null, required, trained, percent(trained, required),
                    first.target(), group.stream().flatMap(l -> l.untrained().stream()).toList()));
        }
        return totals;
    }

    /** The people still untrained at the end of the year, by audience, commune and name: the next course's list. */
    public static List<Trainee> untrained(List<Trainee> required, List<Completion> completions, int year) {
        Map<String, List<Completion>> byPerson = new HashMap<>();
        completions.forEach(c -> byPerson.computeIfAbsent(c.personKey(), k -> new ArrayList<>()).add(c));
        return byAudienceCommuneAndName(required.stream().filter(t -> !trained(t, byPerson.getOrDefault(t.key(), List.of()), year))
                .toList());
    }

    /**
     * The people ordered by audience, commune and name (diacritics aside). Each name's search key is
     * computed once, not at every comparison: a province has thousands of managers.
     */
    static List<Trainee> byAudienceCommuneAndName(List<Trainee> people) {
        Map<Trainee, String> keys = new java.util.IdentityHashMap<>();
        people.forEach(t -> keys.put(t, VietnameseText.searchKey(t.name())));
        return people.stream()
                .sorted(Comparator.comparing(Trainee::audience).thenComparing(t -> Objects.toString(t.unitName(), ""))
                        .thenComparing(keys::get))
                .toList();
    }

    public static String targetKey(int year, Audience audience) {
        return year + "|" + audience;
    }
}
