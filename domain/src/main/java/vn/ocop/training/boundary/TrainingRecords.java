package vn.ocop.training.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.registration.control.ProducerScope;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.training.control.CompletionRule;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.Enrolment;
import vn.ocop.training.entity.ManagerCourse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training a person received: a person's history of courses, and the training of each manager of a producer.
 * Read in the caller's scope: a commune officer sees the people of their own commune.
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class TrainingRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    Acting acting;

    /** A person's training history (a key of {@link Trainee}). */
    public PersonHistory history(String personKey) {
        Caller caller = acting.caller();
        Trainee person = TraineePool.find(em, personKey);
        if (person == null || !caller.reaches(person.unitId())) {
            throw Records.notFound();
        }
        List<Enrolment> found = em.createNamedQuery(person.isManager() ? Enrolment.OF_MANAGER : Enrolment.OF_USER, Enrolment.class)
                .setParameter("id", person.id()).getResultList();
        return new PersonHistory(person, found.stream().map(e -> {
            CompletionRule.Standing standing = e.standing();
            Course c = e.getCourse();
            return new PersonHistory.Course(c.getId(), c.getCode(), c.getTitle(), c.getAudience(), c.getStartDate(),
                    c.getEndDate(), standing.percent(), e.getOutcome(), e.isCompleted(), e.getCertificateNumber(), e.getId());
        }).toList());
    }

    /** The training of each manager of a producer, for the producer page. */
    public List<ManagerTraining> ofProducer(long producerId) {
        ProducerScope.producer(em, producerId, acting.caller());
        List<Trainee> managers = TraineePool.managers(em, producerId);
        Map<Long, List<String>> enrolled = new LinkedHashMap<>();
        Map<Long, List<String>> completed = new LinkedHashMap<>();
        if (!managers.isEmpty()) {
            for (ManagerCourse row : em.createNamedQuery(Enrolment.OF_MANAGERS, ManagerCourse.class)
                    .setParameter("ids", managers.stream().map(Trainee::id).toList()).getResultList()) {
                enrolled.computeIfAbsent(row.managerId(), k -> new ArrayList<>()).add(row.courseCode());
                if (row.isCompleted()) {
                    completed.computeIfAbsent(row.managerId(), k -> new ArrayList<>()).add(row.courseCode());
                }
            }
        }
        return managers.stream().map(m -> new ManagerTraining(m.id(), m.name(), m.position(),
                enrolled.getOrDefault(m.id(), List.of()), completed.getOrDefault(m.id(), List.of()))).toList();
    }
}
