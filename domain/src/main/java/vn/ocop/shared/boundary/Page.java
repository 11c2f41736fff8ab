package vn.ocop.shared.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.List;

/** One page of a list that the database paged: the rows and the total count of the whole list. */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The conditions of a list, built with the builder given on a root of a query (the query given for subqueries). */
    @FunctionalInterface
    public interface Conditions<X> {

        Predicate[] on(CriteriaBuilder cb, CriteriaQuery<?> query, Root<X> root);
    }

    /** How many records of the type meet the conditions of a list: the total of its pages. */
    public static <X> long count(EntityManager em, Class<X> type, Conditions<X> where) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<X> counted = count.from(type);
        count.select(cb.count(counted)).where(where.on(cb, count, counted));
        return em.createQuery(count).getSingleResult();
    }
}
