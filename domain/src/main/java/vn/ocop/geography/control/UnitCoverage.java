package vn.ocop.geography.control;

import vn.ocop.geography.entity.AdministrativeUnit;
import vn.ocop.geography.entity.UnitSuccession;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The units whose records an officer of a unit works with: the unit itself and every unit of its level that it
 * replaced, in whole or in part, directly or through earlier reorganisations. Since 01/07/2025 (Resolution
 * 1656/NQ-UBTVQH15 for Hà Nội) a commune that took over former communes answers for their producers, products,
 * dossiers and certificates; a commune that took over only a part of a former commune shares it with the other
 * successors, since the records do not say in which part a producer lies. A unit of another level it took a part of
 * (the former district) stays with the City.
 */
public final class UnitCoverage {

    private UnitCoverage() {
    }

    /**
     * The ids of the units covered by the officer's unit, the unit's own id first.
     *
     * @param own         the officer's unit
     * @param successions the successions of the reorganisations (any superset of those leading to {@code own})
     */
    public static Set<Long> covered(AdministrativeUnit own, Collection<UnitSuccession> successions) {
        Set<Long> covered = new LinkedHashSet<>();
        if (own == null || own.getId() == null) {
            return covered;
        }
        covered.add(own.getId());
        Deque<Long> open = new ArrayDeque<>(Set.of(own.getId()));
        while (!open.isEmpty()) {
            Long successor = open.pop();
            for (UnitSuccession succession : successions) {
                AdministrativeUnit predecessor = succession.getPredecessor();
                if (succession.getSuccessor().getId().equals(successor) && predecessor.getLevel() == own.getLevel()
                        && covered.add(predecessor.getId())) {
                    open.push(predecessor.getId());
                }
            }
        }
        return covered;
    }
}
