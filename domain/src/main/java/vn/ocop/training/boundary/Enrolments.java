package vn.ocop.training.boundary;

import vn.ocop.geography.entity.IssuingBody;
import vn.ocop.geography.boundary.IssuingBodies;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.ocop.identity.boundary.Acting;
import vn.ocop.identity.boundary.Caller;
import vn.ocop.identity.entity.UserAccount;
import vn.ocop.registration.entity.Producer;
import vn.ocop.registration.entity.ProducerManager;
import vn.ocop.reports.Documents;
import vn.ocop.reports.Letterhead;
import vn.ocop.reports.TrainingCertificateDocument;
import vn.ocop.shared.control.BusinessException;
import vn.ocop.shared.control.Records;
import vn.ocop.shared.control.Roles;
import vn.ocop.shared.control.UniqueValues;
import vn.ocop.shared.control.VietnameseText;
import vn.ocop.shared.entity.IssuedFile;
import vn.ocop.training.control.CertificateNumbers;
import vn.ocop.training.control.EnrolmentImport;
import vn.ocop.training.control.Trainee;
import vn.ocop.training.entity.AttendanceStatus;
import vn.ocop.training.entity.CertificateCounter;
import vn.ocop.training.entity.Course;
import vn.ocop.training.entity.CourseSession;
import vn.ocop.training.entity.Enrolment;
import vn.ocop.training.entity.EnrolledPerson;
import vn.ocop.training.entity.Outcome;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The participants of courses: enrolment (by search, all managers of a commune's producers taking
 * part, or an Excel workbook, all or nothing), within the course's capacity and never twice;
 * attendance and outcome; numbered completion certificates, their PDF and their public
 * verification (a person's history is {@link TrainingRecords}'). The district office does
 * everything; a commune officer enrols the people of their own commune; leaders and
 * administrators read. Enrolments of one course are taken one at a time (the course row is locked).
 */
@Stateless
@RolesAllowed({Roles.OFFICER, Roles.COMMUNE, Roles.LEADER, Roles.ADMIN})
public class Enrolments {

    /** The public page where a certificate is verified; the number follows. */
    public static final String VERIFY_PAGE = "/ocop/verify/training.xhtml?number=";
    private static final int CANDIDATES = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    IssuingBodies bodies;

    @Inject
    Acting acting;

    @Inject
    Documents documents;

    // ---- enrolment ----

    /** People the course admits, in the caller's scope, not enrolled yet, whose name (or producer) has the text. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public List<Trainee> candidates(long courseId, String text) {
        Caller caller = acting.caller();
        Course course = course(courseId, LockModeType.NONE);
        Set<String> enrolled = enrolledKeys(course);
        return TraineePool.everybody(em).stream()
                .filter(t -> course.getAudience().admits(t.audience()) && caller.reaches(t.unitId())
                        && !enrolled.contains(t.key()) && t.matches(text))
                .sorted(Comparator.comparing(t -> VietnameseText.searchKey(t.name())))
                .limit(CANDIDATES).toList();
    }

    /** Enrols one person (a key of {@link Trainee}). */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public CourseDetails enrol(long courseId, String personKey) {
        Caller caller = acting.caller();
        Course course = course(courseId, LockModeType.PESSIMISTIC_WRITE);
        Trainee person = TraineePool.find(em, personKey);
        if (person == null) {
            throw Records.notFound();
        }
        enrolAll(course, List.of(person), caller);
        return CourseReads.details(em, course, caller);
    }

    /**
     * Enrols every manager of the producers taking part in a commune who is not enrolled yet: all
     * of them, or none when they do not fit in the places left. Answers how many were enrolled.
     */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public int enrolCommune(long courseId, long communeId) {
        Caller caller = acting.caller();
        if (!caller.reaches(communeId)) {
            throw new BusinessException("training.enrolment.outsideCommune", "");
        }
        Course course = course(courseId, LockModeType.PESSIMISTIC_WRITE);
        Set<String> enrolled = enrolledKeys(course);
        Set<Long> takingPart = TraineePool.takingPart(em);
        List<Trainee> people = TraineePool.managers(em, null).stream()
                .filter(t -> t.unitId() != null && communeId == t.unitId() && takingPart.contains(t.producerId()) && !enrolled.contains(t.key()))
                .toList();
        if (people.isEmpty()) {
            throw new BusinessException("training.enrolment.nobodyInCommune");
        }
        enrolAll(course, people, caller);
        return people.size();
    }

    /** The empty workbook of people to enrol. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public byte[] importTemplate() {
        return EnrolmentImport.template();
    }

    /** Every row of the workbook and every problem in it; enrols nobody. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public EnrolmentImport.Plan preview(long courseId, byte[] workbook) {
        return plan(course(courseId, LockModeType.NONE), workbook, acting.caller());
    }

    /** Checks the workbook again and enrols every person in it, or nobody when any row has a problem. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public int importAll(long courseId, byte[] workbook) {
        Caller caller = acting.caller();
        Course course = course(courseId, LockModeType.PESSIMISTIC_WRITE);
        EnrolmentImport.Plan plan = plan(course, workbook, caller);
        if (!plan.valid()) {
            throw BusinessException.onField("file", "registration.import.hasErrors", plan.problems().size());
        }
        enrolAll(course, plan.people(), caller);
        return plan.people().size();
    }

    private EnrolmentImport.Plan plan(Course course, byte[] workbook, Caller caller) {
        List<Trainee> admitted = TraineePool.everybody(em).stream().filter(t -> course.getAudience().admits(t.audience())).toList();
        long enrolled = em.createNamedQuery(Enrolment.COUNT_OF_COURSE, Long.class).setParameter("course", course).getSingleResult();
        return EnrolmentImport.check(workbook, new EnrolmentImport.Reference(admitted, enrolledKeys(course),
                Math.max(0, course.getCapacity() - enrolled), caller.onlyUnits()));
    }

    /** Enrols the people in one go, on the locked course: in scope, admitted, in the places left, once. */
    private void enrolAll(Course course, List<Trainee> people, Caller caller) {
        long enrolled = em.createNamedQuery(Enrolment.COUNT_OF_COURSE, Long.class).setParameter("course", course).getSingleResult();
        course.checkRoomFor(enrolled, people.size());
        Set<String> already = enrolledKeys(course);
        LocalDateTime at = acting.now();
        List<Enrolment> added = new ArrayList<>();
        for (Trainee person : people) {
            if (!caller.reaches(person.unitId())) {
                throw new BusinessException("training.enrolment.outsideCommune", person.name());
            }
            if (already.contains(person.key())) {
                throw new BusinessException("training.enrolment.twice", person.name());
            }
            course.checkAdmits(person.audience());
            Enrolment enrolment;
            if (person.isManager()) {
                ProducerManager manager = em.find(ProducerManager.class, person.id());
                enrolment = Enrolment.ofManager(course, manager, em.find(Producer.class, person.producerId()), at, caller.username());
            } else {
                enrolment = Enrolment.ofUser(course, em.find(UserAccount.class, person.id()), person.audience(), at,
                        caller.username());
            }
            enrolment.review();
            em.persist(enrolment);
            added.add(enrolment);
        }
        UniqueValues.flush(em, new BusinessException("training.enrolment.twice", people.size() == 1 ? people.get(0).name() : ""));
        added.forEach(e -> acting.audit("TRAINING_ENROLLED", e, null, null));
    }

    /** Takes a participant off a course, while nothing was recorded for them. */
    @RolesAllowed({Roles.OFFICER, Roles.COMMUNE})
    public CourseDetails withdraw(long enrolmentId, long version) {
        Caller caller = acting.caller();
        Enrolment enrolment = visible(enrolmentId, caller);
        Course course = course(enrolment.getCourse().getId(), LockModeType.PESSIMISTIC_WRITE);
        Records.requireVersion(enrolment.getVersion(), version);
        enrolment.checkRemovable();
        acting.audit("TRAINING_WITHDRAWN", enrolment, enrolment.auditState(), null);
        em.remove(enrolment);
        Records.flush(em);
        return CourseReads.details(em, course, caller);
    }

    // ---- attendance, outcome, certificates ----

    /** Records a participant at a session (null clears the mark); saved at once, as the grid is ticked. */
    @RolesAllowed(Roles.OFFICER)
    public EnrolmentView mark(long enrolmentId, long sessionId, AttendanceStatus status) {
        Enrolment enrolment = visible(enrolmentId, acting.caller());
        CourseSession session = enrolment.getCourse().getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(Records::notFound);
        String before = enrolment.auditState();
        enrolment.mark(session, status);
        Records.flush(em);
        acting.audit("TRAINING_ATTENDANCE", enrolment, before, null);
        return EnrolmentView.of(enrolment);
    }

    @RolesAllowed(Roles.OFFICER)
    public EnrolmentView record(long enrolmentId, Outcome outcome) {
        Enrolment enrolment = visible(enrolmentId, acting.caller());
        String before = enrolment.auditState();
        enrolment.record(outcome);
        Records.flush(em);
        acting.audit("TRAINING_OUTCOME", enrolment, before, null);
        return EnrolmentView.of(enrolment);
    }

    /**
     * Issues the certificates of every participant who completed the course and has none yet,
     * numbered in the year of the course's last day in the order of enrolment. Answers how many.
     */
    @RolesAllowed(Roles.OFFICER)
    public int issueCertificates(long courseId) {
        return issueCertificates(courseId, acting.today());
    }

    /**
     * As {@link #issueCertificates(long)}, dated the day they were really issued (records of a course held before the
     * portal): not in the future and not before the course's last day.
     */
    @RolesAllowed(Roles.OFFICER)
    public int issueCertificates(long courseId, LocalDate issuedOn) {
        Course course = course(courseId, LockModeType.PESSIMISTIC_WRITE);
        if (issuedOn == null || issuedOn.isAfter(acting.today()) || issuedOn.isBefore(course.getEndDate())) {
            throw new BusinessException("training.certificate.issuedOn");
        }
        List<Enrolment> due = em.createNamedQuery(Enrolment.OF_COURSE, Enrolment.class).setParameter("course", course)
                .getResultList().stream().filter(e -> e.isCompleted() && !e.isCertified()).toList();
        if (due.isEmpty()) {
            throw new BusinessException("training.certificate.noneDue");
        }
        CertificateCounter counter = counter(course.getEndDate().getYear());
        for (Enrolment enrolment : due) {
            String before = enrolment.auditState();
            enrolment.certify(counter.next(), issuedOn);
            acting.audit("TRAINING_CERTIFIED", enrolment, before, null);
        }
        UniqueValues.flush(em, new BusinessException("training.certificate.busy"));
        for (Enrolment enrolment : due) {
            IssuedFile print = IssuedFile.pdf(render(enrolment));
            em.persist(print);
            enrolment.certificatePrinted(print);
        }
        return due.size();
    }

    /** The year's counter, locked; created on the first certificate of the year. */
    private CertificateCounter counter(int year) {
        CertificateCounter counter = em.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new CertificateCounter(year);
            em.persist(counter);
            UniqueValues.flush(em, new BusinessException("training.certificate.busy"));
        }
        return counter;
    }

    /**
     * The certificate of a participant as a PDF: the print kept when it was issued, never rendered again (a
     * certificate issued before the prints were kept is kept at its first print).
     */
    public byte[] certificatePdf(long enrolmentId) {
        Enrolment e = visible(enrolmentId, acting.caller());
        if (!e.isCertified()) {
            throw new BusinessException("training.certificate.notIssued");
        }
        if (e.getCertificatePdf() == null) {
            IssuedFile print = IssuedFile.pdf(render(e));
            em.persist(print);
            e.certificatePrinted(print);
        }
        return e.getCertificatePdf().verifiedContent();
    }

    private byte[] render(Enrolment e) {
        Course c = e.getCourse();
        IssuingBody body = bodies.deployedBody();
        return documents.pdf(new TrainingCertificateDocument(new Letterhead(body.getHeaderLine1(), body.getHeaderLine2(), body.getPlace(),
                e.getCertifiedOn()), e.getCertificateNumber(), e.getName(),
                e.getProducer() != null ? e.getProducer().getName() : e.getUnit() == null ? null : e.getUnit().getName(),
                c.getTitle(), c.getCode(), c.getStartDate(), c.getEndDate(), c.getHours(), c.getOrganiser(),
                "Tra cứu giấy chứng nhận: " + VERIFY_PAGE + e.getCertificateNumber()));
    }

    /** What the public may learn about a certificate: the name on it and the course; empty for an unknown number. */
    @PermitAll
    public Optional<VerifiedCertificate> verify(String number) {
        String canonical = CertificateNumbers.canonical(number);
        if (canonical == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(Enrolment.BY_CERTIFICATE, Enrolment.class).setParameter("number", canonical)
                .getResultStream().findFirst()
                .map(e -> new VerifiedCertificate(e.getCertificateNumber(), e.getName(), e.getCourse().getCode(),
                        e.getCourse().getTitle(), e.getCourse().getStartDate(), e.getCourse().getEndDate(),
                        e.getCourse().getHours(), e.getCourse().getOrganiser(), e.getCertifiedOn()));
    }

    // ---- helpers ----

    private Set<String> enrolledKeys(Course course) {
        Set<String> keys = new HashSet<>();
        for (EnrolledPerson row : em.createNamedQuery(Enrolment.PERSONS_OF_COURSE, EnrolledPerson.class).setParameter("course", course)
                .getResultList()) {
            if (row.managerId() != null) {
                keys.add(Trainee.managerKey(row.managerId()));
            }
            if (row.userId() != null) {
                keys.add(Trainee.userKey(row.userId()));
            }
        }
        return keys;
    }

    private Course course(long id, LockModeType lock) {
        return Records.find(em, Course.class, id, lock);
    }

    /** The enrolment, if the caller may see it: a commune officer sees only their commune's. */
    private Enrolment visible(long id, Caller caller) {
        Enrolment enrolment = em.find(Enrolment.class, id);
        if (enrolment == null || !caller.reaches(enrolment.getUnit() == null ? null : enrolment.getUnit().getId())) {
            throw Records.notFound();
        }
        return enrolment;
    }
}
